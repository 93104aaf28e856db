import { useTranslation } from 'react-i18next'
import { useNow } from '../../balance/useNow'
import { elapsedSeconds, isStillWaiting, type SearchState } from './searchState'

/** A search in flight: its step and the seconds it has taken, "still waiting for FR24" after a while, and Stop. */
export function SearchProgress({ search, onCancel }: { search: Extract<SearchState, { kind: 'searching' }>; onCancel(): void }) {
  const { t } = useTranslation()
  const now = useNow(1_000)
  const seconds = elapsedSeconds(search, now)
  return (
    <div className="search-progress" role="status" aria-live="polite" data-testid="search-progress">
      <p>{t(`results.progress.${search.stage}`, { seconds })}</p>
      {isStillWaiting(search, now) && <p className="muted">{t('results.progress.stillWaiting')}</p>}
      <button type="button" onClick={onCancel} aria-keyshortcuts="Escape">
        {t('results.progress.cancel')}
      </button>
    </div>
  )
}
