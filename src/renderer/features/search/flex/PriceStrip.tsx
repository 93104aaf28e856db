import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { dayText, moneyText } from '../results/format'
import { dayBeside, isFlexBusy, type DayState, type FlexState } from './flexState'
import './flex.css'

/**
 * One cell per day with its cheapest total, filled in as each day's search lands. A radio group:
 * the arrow keys move the choice (and show that day), Enter or a click chooses.
 */
export function PriceStrip({ flex, onSelect, onCancel }: { flex: Extract<FlexState, { kind: 'flex' }>; onSelect(date: string): void; onCancel(): void }) {
  const { t, i18n } = useTranslation()
  const strip = useRef<HTMLDivElement>(null)
  const busy = isFlexBusy(flex)
  const landed = flex.days.filter((d) => d.state.kind === 'done' || d.state.kind === 'failed').length

  const move = (by: number) => {
    const date = dayBeside(flex, by)
    if (!date) return
    onSelect(date)
    strip.current?.querySelector<HTMLElement>(`[data-date="${date}"]`)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const by = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0
    const ends = event.key === 'Home' ? -flex.days.length : event.key === 'End' ? flex.days.length : 0
    if (!by && !ends) return
    event.preventDefault()
    move(by || ends)
  }

  const cell = (state: DayState) => {
    switch (state.kind) {
      case 'done':
        return state.cheapest ? moneyText(i18n.language, state.cheapest.amount, state.cheapest.currency) : t('flexDates.noOffers')
      case 'failed':
        return t('flexDates.failed')
      case 'running':
        return (
          <>
            <span className="flex-spinner" aria-hidden="true" />
            {t('flexDates.searching')}
          </>
        )
      case 'queued':
        return t('flexDates.queued')
      case 'cancelled':
        return t('flexDates.cancelled')
      default: {
        const unreachable: never = state
        return unreachable
      }
    }
  }

  return (
    <div className="flex-strip-wrap">
      <div ref={strip} className="flex-strip" role="radiogroup" aria-label={t('flexDates.strip')} aria-busy={busy} onKeyDown={onKeyDown}>
        {flex.days.map((day) => {
          const selected = day.date === flex.selected
          return (
            <button
              key={day.date}
              type="button"
              role="radio"
              aria-checked={selected}
              tabIndex={selected ? 0 : -1}
              data-date={day.date}
              data-day-state={day.state.kind}
              className={selected ? 'flex-day selected' : 'flex-day'}
              onClick={() => onSelect(day.date)}
            >
              <span className="flex-day-date">{dayText(i18n.language, `${day.date}T00:00`)}</span>
              <span className="flex-day-price">{cell(day.state)}</span>
            </button>
          )
        })}
      </div>
      <p className="muted small" role="status">
        {t('flexDates.progress', { done: landed, total: flex.days.length })}
      </p>
      {busy && (
        <button type="button" onClick={onCancel} aria-keyshortcuts="Escape">
          {t('flexDates.stop')}
        </button>
      )}
    </div>
  )
}
