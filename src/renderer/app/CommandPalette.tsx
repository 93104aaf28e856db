import { Command } from 'cmdk'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/domain/app'
import type { ProfileSummary } from '../../shared/domain/profile'
import type { RecentSearch } from '../../shared/domain/search'
import type { DeskError } from '../../shared/errors'
import { Confirm } from '../components/Confirm'
import { ErrorNotice } from '../components/ErrorNotice'
import { callDesk } from '../desk/client'
import { draftFromRequest } from '../features/search/form/draft'
import { recentText } from '../features/search/form/recent'
import { loadSearch, startNewSearch } from '../features/search/form/searchFormStore'
import { MAIN_SCREENS, type MainScreen } from '../navigation/routes'
import { navigate } from '../navigation/useRoute'
import { useProfileStore } from '../stores/profiles'
import { Modal } from './Modal'

/** What the palette did, so the frame knows where focus goes once it closes. */
export type PaletteOutcome = 'dismissed' | 'moved' | 'shortcuts'

/**
 * Ctrl/Cmd+K: type to find a command — a new search, one of the account's recent searches, a
 * screen, another account (a Production one asks first, as in Settings), the shortcut sheet.
 */
export function CommandPalette({ onClose }: { onClose(outcome: PaletteOutcome): void }) {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies Language
  const profiles = useProfileStore((s) => s.list)
  const setList = useProfileStore((s) => s.setList)
  const [recent, setRecent] = useState<readonly RecentSearch[]>([])
  const [confirming, setConfirming] = useState<ProfileSummary>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<DeskError>()
  const input = useRef<HTMLInputElement>(null)

  // After the dialog has opened (its own effect runs first and focuses its first focusable), the typing goes to the input.
  useEffect(() => {
    if (!confirming) input.current?.focus()
  }, [confirming])

  useEffect(() => {
    let current = true
    void callDesk('recentSearches').then((result) => {
      // No recent searches to offer is not worth a message here: the rest of the palette works.
      if (current && result.ok) setRecent(result.value.searches)
    })
    return () => {
      current = false
    }
  }, [])

  const profileName = (profile: ProfileSummary) => (profile.builtIn ? t('account.sandbox') : profile.name)

  function openScreen(screen: MainScreen) {
    navigate({ screen })
    onClose('moved')
  }

  function searchWith(run: () => void) {
    run()
    navigate({ screen: 'search' })
    onClose('moved')
  }

  async function switchTo(profile: ProfileSummary, confirmed = false) {
    const production = profile.environment === 'production'
    if (production && !confirmed) return setConfirming(profile)
    setBusy(true)
    const result = await callDesk('setActiveProfile', { id: profile.id, ...(production ? { confirmProduction: true } : {}) })
    setBusy(false)
    setConfirming(undefined)
    if (!result.ok) return setError(result.error)
    setList(result.value)
    onClose('dismissed')
  }

  return (
    <Modal label={t('palette.label')} className="palette" onClose={() => (confirming && !busy ? setConfirming(undefined) : onClose('dismissed'))}>
      {confirming ? (
        <Confirm
          production
          message={t('palette.confirmProduction', { name: profileName(confirming) })}
          confirmLabel={t('palette.confirmProductionButton')}
          cancelLabel={t('palette.cancel')}
          busy={busy}
          onConfirm={() => void switchTo(confirming, true)}
          onCancel={() => setConfirming(undefined)}
        />
      ) : (
        <Command label={t('palette.label')} loop vimBindings={false}>
          <Command.Input ref={input} placeholder={t('palette.placeholder')} />
          {error && <ErrorNotice error={error} onDismiss={() => setError(undefined)} />}
          <Command.List>
            <Command.Empty>{t('palette.empty')}</Command.Empty>
            <Command.Group heading={t('palette.groupSearch')}>
              <Command.Item value="new-search" keywords={[t('palette.newSearch')]} onSelect={() => searchWith(startNewSearch)}>
                {t('palette.newSearch')}
              </Command.Item>
            </Command.Group>
            {recent.length > 0 && (
              <Command.Group heading={t('palette.groupRecent')}>
                {recent.map((search, index) => {
                  const text = recentText(search.request, language, (key, params) => t(key, params))
                  return (
                    <Command.Item
                      key={`${search.at}-${index}`}
                      value={`recent-${index}`}
                      keywords={[text, t('palette.groupRecent')]}
                      onSelect={() => searchWith(() => loadSearch(draftFromRequest(search.request, language)))}
                    >
                      {text}
                    </Command.Item>
                  )
                })}
              </Command.Group>
            )}
            <Command.Group heading={t('palette.groupScreens')}>
              {MAIN_SCREENS.map((screen, index) => (
                <Command.Item key={screen} value={`screen-${screen}`} keywords={[t(`nav.${screen}`)]} onSelect={() => openScreen(screen)}>
                  {t('palette.open', { screen: t(`nav.${screen}`) })}
                  <kbd className="palette-keys">{t('nav.shortcut', { n: index + 1 })}</kbd>
                </Command.Item>
              ))}
            </Command.Group>
            {profiles && profiles.profiles.some((profile) => !profile.isActive) && (
              <Command.Group heading={t('palette.groupAccounts')}>
                {profiles.profiles
                  .filter((profile) => !profile.isActive)
                  .map((profile) => {
                    const text = t('palette.switchTo', { name: profileName(profile), environment: t(`account.${profile.environment}`) })
                    return (
                      <Command.Item
                        key={profile.id}
                        value={`profile-${profile.id}`}
                        keywords={[text]}
                        className={profile.environment === 'production' ? 'palette-production' : undefined}
                        disabled={busy}
                        onSelect={() => void switchTo(profile)}
                      >
                        {text}
                      </Command.Item>
                    )
                  })}
              </Command.Group>
            )}
            <Command.Group heading={t('palette.groupHelp')}>
              <Command.Item value="shortcuts" keywords={[t('palette.shortcuts'), '?']} onSelect={() => onClose('shortcuts')}>
                {t('palette.shortcuts')}
                <kbd className="palette-keys">?</kbd>
              </Command.Item>
            </Command.Group>
          </Command.List>
        </Command>
      )}
    </Modal>
  )
}
