import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { SearchRequest } from '../../../shared/domain/search'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFlexStore } from './flex/flexStore'
import { isFlexBusy, selectedDay } from './flex/flexState'
import { PriceStrip } from './flex/PriceStrip'
import { localToday } from './form/dates'
import { SearchForm } from './form/SearchForm'
import { dayText, warmFormatters } from './results/format'
import { ResultsArea } from './results/ResultsArea'
import { SearchProgress } from './results/SearchProgress'
import { useSearchStore } from './results/searchStore'
import { useResultsKeys } from './results/useResultsKeys'
import './results/results.css'

/** Where agents live: the search form above, the search in flight or its offers below. */
export function SearchScreen() {
  const { t, i18n } = useTranslation()
  const search = useSearchStore((s) => s.search)
  const { start, cancel } = useSearchStore.getState()
  const flex = useFlexStore((s) => s.flex)
  const flexStore = useFlexStore.getState()
  const busy = search.kind === 'searching' || isFlexBusy(flex)
  // Stop means every search in flight: the single one and all days of flexible dates.
  const stop = () => {
    flexStore.cancel()
    cancel()
  }
  const run = (request: SearchRequest, options: { flexibleDates: boolean }) => {
    if (options.flexibleDates) return flexStore.start(request, localToday(new Date()))
    flexStore.clear()
    start(request)
  }

  // While the agent fills the form: the results' formatters, so the first answer does not wait for them.
  const language = i18n.language
  useEffect(() => {
    const warm = () => warmFormatters(language)
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(warm, { timeout: 2000 })
      return () => cancelIdleCallback(id)
    }
    const id = setTimeout(warm, 0)
    return () => clearTimeout(id)
  }, [language])

  // Escape stops a search in flight from anywhere on the screen (the form handles its own fields).
  useResultsKeys((command) => {
    if (command.kind !== 'escape' || !busy) return false
    stop()
    return true
  })

  return (
    <section className="screen search-screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('search.title')}
      </h1>
      <SearchForm onSearch={run} busy={busy} onCancel={stop} />
      {flex.kind === 'flex' && <PriceStrip flex={flex} onSelect={flexStore.select} onCancel={stop} />}
      {flex.kind === 'flex' ? flexOutcome() : outcome()}
    </section>
  )

  /** The selected day: its offers once they are in (drawn by the search store), else where its search is. */
  function flexOutcome() {
    const day = selectedDay(flex)
    if (!day) return null
    const date = dayText(i18n.language, `${day.date}T00:00`)
    switch (day.state.kind) {
      case 'done':
        return outcome()
      case 'queued':
      case 'running':
        return (
          <p role="status" className="muted">
            {t('flexDates.daySearching', { date })}
          </p>
        )
      case 'failed':
        return <ErrorNotice error={day.state.error} />
      case 'cancelled':
        return (
          <p role="status" className="muted">
            {t('flexDates.dayCancelled', { date })}
          </p>
        )
      default: {
        const unreachable: never = day.state
        return unreachable
      }
    }
  }

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
