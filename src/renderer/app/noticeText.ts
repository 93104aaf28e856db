import type { TFunction } from 'i18next'
import type { StartupNotice } from '../../shared/domain/notices'

/** settings.json's section names → words in notices.section. */
const SECTION_KEYS: Readonly<Record<string, string>> = {
  profiles: 'profiles',
  'profiles.sandbox': 'sandboxKeys',
  preferences: 'preferences',
  balance: 'balance',
  sandbox: 'sandbox'
}

/** The sentence for one start-up notice, in the agent's language; the file path is quoted as it is. */
export function noticeText(notice: StartupNotice, t: TFunction): string {
  switch (notice.kind) {
    case 'settings-set-aside':
      return t('notices.settings-set-aside', { file: notice.file })
    case 'profile-dropped':
      return t('notices.profile-dropped', { name: notice.name, profileId: notice.profileId, reason: notice.reason, file: notice.file })
    case 'section-reset': {
      const key = SECTION_KEYS[notice.section]
      const section = key ? t(`notices.section.${key}`) : notice.section
      return t('notices.section-reset', { section, reason: notice.reason, file: notice.file })
    }
    case 'journal-set-aside':
      return t('notices.journal-set-aside', { reason: notice.reason, file: notice.file })
    default: {
      const unreachable: never = notice
      return unreachable
    }
  }
}
