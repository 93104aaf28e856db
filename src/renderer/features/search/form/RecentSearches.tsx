import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/domain/app'
import type { RecentSearch } from '../../../../shared/domain/search'
import type { DeskError } from '../../../../shared/errors'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { callDesk } from '../../../desk/client'
import { RECENT_KEYS } from './formKeys'
import { recentText } from './recent'

type Recent = { state: 'loading' } | { state: 'loaded'; searches: readonly RecentSearch[] } | { state: 'failed'; error: DeskError }

/**
 * The account's last searches (main keeps 20 per profile), one keystroke away: Alt+R or this
 * button opens the list with focus on the newest; ↑/↓ move, Enter puts that search in the form,
 * Escape closes and returns to where the agent was.
 */
export function RecentSearches({
  open,
  onOpenChange,
  onPick
}: {
  open: boolean
  onOpenChange(open: boolean): void
  onPick(search: RecentSearch): void
}) {
  const { t } = useTranslation()
  const toggle = useRef<HTMLButtonElement>(null)
  return (
    <div className="recent-searches">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? 'recent-searches' : undefined}
        aria-keyshortcuts={RECENT_KEYS}
        title={RECENT_KEYS}
        onClick={() => onOpenChange(!open)}
      >
        {t('searchForm.recent')}
      </button>
      {open && (
        <RecentPanel
          onClose={(backTo) => {
            onOpenChange(false)
            ;(backTo ?? toggle.current)?.focus()
          }}
          onPick={(search) => {
            onOpenChange(false)
            onPick(search)
          }}
        />
      )}
    </div>
  )
}

/** The open list: loads the account's recent searches when it opens, each time. */
function RecentPanel({ onClose, onPick }: { onClose(backTo: HTMLElement | null): void; onPick(search: RecentSearch): void }) {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies Language
  const [recent, setRecent] = useState<Recent>({ state: 'loading' })
  const list = useRef<HTMLUListElement>(null)
  /** Where focus was when the list opened (Alt+R from a field), to go back there on Escape. */
  const [openedFrom] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null))

  useEffect(() => {
    let current = true
    void callDesk('recentSearches').then((result) => {
      if (!current) return
      setRecent(result.ok ? { state: 'loaded', searches: result.value.searches } : { state: 'failed', error: result.error })
    })
    return () => {
      current = false
    }
  }, [])

  const closeButton = useRef<HTMLButtonElement>(null)

  // Focus into the list (the newest search), or onto Close when there is none, so ↑/↓ and Escape work here.
  useEffect(() => {
    if (recent.state === 'loading') return
    ;(list.current?.querySelector<HTMLButtonElement>('button') ?? closeButton.current)?.focus()
  }, [recent.state])

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose(openedFrom)
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (buttons.length === 0) return
    event.preventDefault()
    const next = event.key === 'ArrowDown' ? (at + 1) % buttons.length : (at - 1 + buttons.length) % buttons.length
    buttons[next]?.focus()
  }

  return (
    <div id="recent-searches" className="recent-panel" role="region" aria-label={t('searchForm.recent')} onKeyDown={onKeyDown}>
      {recent.state === 'failed' && <ErrorNotice error={recent.error} />}
      {recent.state === 'loaded' && recent.searches.length === 0 && <p className="muted">{t('searchForm.recentEmpty')}</p>}
      {recent.state === 'loaded' && recent.searches.length > 0 && (
        <ul ref={list} className="recent-list">
          {recent.searches.map((search) => (
            <li key={`${search.at}-${JSON.stringify(search.request.legs)}`}>
              <button type="button" onClick={() => onPick(search)}>
                {recentText(search.request, language, (key, params) => t(key, params))}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button ref={closeButton} type="button" className="link" onClick={() => onClose(openedFrom)}>
        {t('searchForm.recentClose')}
      </button>
    </div>
  )
}
