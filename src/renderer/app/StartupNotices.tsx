import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { callDesk } from '../desk/client'
import { noticeText } from './noticeText'
import { useNoticeStore } from './notices'

/**
 * What the desk found wrong with its files at start-up (a damaged settings file, an
 * account left out, a journal set aside) and where it kept the original. Each notice is
 * an alert with its own Dismiss button; dismissing one moves focus to the next, or back
 * to the screen, so a keyboard user is never left on a button that vanished. The frame's
 * notices feed keeps the list (app/notices.ts).
 */
export function StartupNotices() {
  const { t } = useTranslation()
  const notices = useNoticeStore((s) => s.notices)
  const setNotices = useNoticeStore((s) => s.setNotices)
  const list = useRef<HTMLDivElement>(null)

  if (notices.length === 0) return null

  const dismiss = (id: string, index: number) => {
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-dismiss]')
    const next = buttons?.[index + 1] ?? buttons?.[index - 1]
    if (next) next.focus()
    else document.getElementById('screen-title')?.focus()
    // The answer updates this window; other windows hear of it through noticesChanged.
    void callDesk('dismissNotice', { id }).then((result) => {
      if (result.ok) setNotices(result.value.notices)
    })
  }

  return (
    <section className="startup-notices" aria-label={t('notices.label')} ref={list}>
      {notices.map((notice, index) => (
        <div key={notice.id} role="alert" className="notice notice-warn" data-testid="startup-notice" data-kind={notice.kind}>
          <p className="notice-message">{noticeText(notice, t)}</p>
          <div className="notice-buttons">
            <button
              type="button"
              data-dismiss
              aria-label={t('notices.dismissLabel', { summary: t(`notices.summary.${notice.kind}`) })}
              onClick={() => dismiss(notice.id, index)}
            >
              {t('notices.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </section>
  )
}
