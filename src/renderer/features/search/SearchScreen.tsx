import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SearchForm } from './form/SearchForm'
import { ResultsArea } from './results/ResultsArea'
import { SearchProgress } from './results/SearchProgress'
import { useSearchStore } from './results/searchStore'
import { useResultsKeys } from './results/useResultsKeys'
import './results/results.css'

/** Where agents live: the search form above, the search in flight or its offers below. */
export function SearchScreen() {
  const { t } = useTranslation()
  const search = useSearchStore((s) => s.search)
  const { start, cancel } = useSearchStore.getState()
  const busy = search.kind === 'searching'

  // Escape stops a search in flight from anywhere on the screen (the form handles its own fields).
  useResultsKeys((command) => {
    if (command.kind !== 'escape' || !busy) return false
    cancel()
    return true
  })

  return (
    <section className="screen search-screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('search.title')}
      </h1>
      <SearchForm onSearch={start} busy={busy} onCancel={cancel} />
      {outcome()}
    </section>
  )

  function outcome() {
    switch (search.kind) {
      case 'idle':
        return <p className="muted">{t('results.idle')}</p>
      case 'searching':
        return <SearchProgress search={search} onCancel={cancel} />
      case 'results':
        return <ResultsArea request={search.request} results={search.results} />
      case 'failed':
        return <ErrorNotice error={search.error} />
      case 'cancelled':
        return (
          <p role="status" className="muted">
            {t('results.cancelled')}
          </p>
        )
      default: {
        const unreachable: never = search
        return unreachable
      }
    }
  }
}
