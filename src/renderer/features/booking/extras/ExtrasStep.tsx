import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { BagOption, BookSegment, OfferExtras, SeatMapView } from '../../../../shared/domain/booking'
import type { DeskError } from '../../../../shared/errors'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { moneyText } from '../../search/results/format'
import { BagsPicker } from './BagsPicker'
import {
  currentPassenger,
  currentSegment,
  extrasTotal,
  extrasView,
  pickSeat,
  seatOf,
  seatedPassengers,
  type ExtrasPart,
  type ExtrasState,
  type SeatAttempt,
  type Traveller
} from './extrasState'
import { SeatMap } from './SeatMap'
import { flightText } from './seatLabel'
import './extras.css'

export type { BagChoice, ExtrasState, ExtrasTotal, Traveller } from './extrasState'
export { emptyExtras, extrasTotal, reconcileExtras, toPicks } from './extrasState'

export interface ExtrasStepProps {
  /** Undefined while main is still asking FR24 (offerExtras). */
  extras: OfferExtras | undefined
  loadError?: DeskError
  /** The priced offer's flights, in flying order: one tab each. */
  segments: readonly BookSegment[]
  /** In the booking's order: SeatPick and BagPick name them by index. */
  passengers: readonly Traveller[]
  /** The fare's currency. */
  currency: string
  fareTotal: string
  state: ExtrasState
  onState(next: ExtrasState): void
  onContinue(): void
  onBack(): void
  onRetry(): void
  /** What the store's reconcileExtras took off after a new answer, to say so. */
  dropped?: { seats: number; bags: number }
}

/**
 * The seats and bags step. Controlled: the booking flow's store holds the state, so the picks
 * survive leaving the flow; this only draws it and hands every change back. Nothing here is
 * required: Continue with nothing picked books the fare alone.
 */
export function ExtrasStep(props: ExtrasStepProps) {
  const { extras, loadError, currency, fareTotal, state, onContinue, onBack, onRetry, dropped } = props
  const { t, i18n } = useTranslation()
  const titleId = useId()
  const view = extrasView(extras, loadError)
  const totals = extrasTotal(fareTotal, state)
  const money = (amount: string) => moneyText(i18n.language, amount, currency)

  return (
    <section className="xs-step" aria-labelledby={titleId} data-testid="extras-step">
      <h2 id={titleId} tabIndex={-1}>
        {t('extras.title')}
      </h2>
      <p className="muted">{t('extras.intro')}</p>
      {dropped && dropped.seats + dropped.bags > 0 && <p className="notice notice-warn">{t('extras.dropped', dropped)}</p>}
      {view.kind === 'loading' && (
        <>
          <p role="status" className="xs-loading">
            {t('extras.loading')}
          </p>
          <p className="muted">{t('extras.skipWhileLoading')}</p>
        </>
      )}
      {view.kind === 'failed' && (
        <div className="xs-failed">
          <ErrorNotice error={view.error} />
          <p>{t('extras.loadFailed')}</p>
          <button type="button" onClick={onRetry}>
            {t('extras.retry')}
          </button>
        </div>
      )}
      {view.kind === 'ready' && (
        <>
          <SeatsPart part={view.seats} {...props} />
          <BagsPart part={view.bags} {...props} />
        </>
      )}
      <p className="xs-total" aria-live="polite" aria-atomic="true" data-testid="extras-total" data-total={totals.total}>
        <span className="xs-total-label">{t('extras.total.label')}: </span>
        {t('extras.total.line', { fare: money(totals.fare), seats: money(totals.seats), bags: money(totals.bags), total: money(totals.total) })}
      </p>
      <div className="form-buttons xs-buttons">
        <button type="button" onClick={onBack}>
          {t('extras.back')}
        </button>
        <button type="button" className="primary" onClick={onContinue}>
          {t('extras.continue')}
        </button>
      </div>
    </section>
  )
}

type PartProps<T> = ExtrasStepProps & { part: ExtrasPart<T> }

function SeatsPart({ part, segments, passengers, currency, state, onState }: PartProps<SeatMapView>) {
  const { t } = useTranslation()
  const [said, setSaid] = useState('')
  const tabs = useRef<HTMLDivElement>(null)
  const base = useId()
  if (part.kind === 'gap') {
    return (
      <div className="xs-seats">
        <h3>{t('extras.seatsTitle')}</h3>
        <p className="xs-gap">{t(`extras.gap.seats.${part.gap}`)}</p>
      </div>
    )
  }

  const passenger = currentPassenger(state, passengers)
  const segmentIndex = currentSegment(state, segments.length)
  const segment = segments[segmentIndex]
  const map = segment && part.items.find((m) => m.segmentId === segment.segmentId)
  const hasInfants = passengers.some((p) => p.paxType === 'INF')
  const name = (i: number) => passengers[i]?.label ?? String(i + 1)

  const say = (attempt: SeatAttempt, seatNo: string) => {
    switch (attempt.kind) {
      case 'picked':
        onState(attempt.state)
        return setSaid(t('extras.picked.picked', { seat: seatNo, passenger: passenger === undefined ? '' : name(passenger) }))
      case 'unpicked':
        onState(attempt.state)
        return setSaid(t('extras.picked.unpicked', { seat: seatNo, passenger: passenger === undefined ? '' : name(passenger) }))
      case 'refused': {
        const reason = attempt.reason
        const extra = reason.kind === 'heldBy' ? { passenger: name(reason.passenger) } : reason.kind === 'otherCurrency' ? { currency: reason.currency } : {}
        return setSaid(t(`extras.picked.${reason.kind}`, { seat: seatNo, ...extra }))
      }
      default: {
        const unreachable: never = attempt
        return unreachable
      }
    }
  }

  const onPick = (seatMap: SeatMapView, seatNo: string) => {
    if (passenger === undefined) return setSaid(t('extras.picked.lap'))
    say(pickSeat(state, { map: seatMap, currency, passengers }, passenger, seatNo), seatNo)
  }

  const chooseTab = (index: number) => {
    onState({ ...state, segment: index })
    setSaid('')
    tabs.current?.querySelector<HTMLElement>(`[data-tab="${index}"]`)?.focus()
  }
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = segments.length - 1
    const next =
      event.key === 'ArrowRight' ? (segmentIndex + 1) % segments.length
      : event.key === 'ArrowLeft' ? (segmentIndex + last) % segments.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined
    if (next === undefined) return
    event.preventDefault()
    chooseTab(next)
  }

  const seated = seatedPassengers(passengers)
  return (
    <div className="xs-seats">
      <h3>{t('extras.seatsTitle')}</h3>
      {seated.length === 0 ? (
        <p className="xs-gap">{t('extras.gap.nobodySeated')}</p>
      ) : (
        <fieldset className="xs-who">
          <legend>{t('extras.who.label')}</legend>
          {seated.map((i) => {
            const seat = segment && seatOf(state, i, segment.segmentId)
            return (
              <label key={i}>
                <input type="radio" name={`${base}-who`} checked={i === passenger} onChange={() => onState({ ...state, passenger: i })} />
                {seat ? t('extras.who.seat', { passenger: name(i), seat: seat.seatNo }) : t('extras.who.noSeat', { passenger: name(i) })}
              </label>
            )
          })}
          {hasInfants && <p className="muted small">{t('extras.who.lap')}</p>}
        </fieldset>
      )}
      <div ref={tabs} role="tablist" aria-label={t('extras.flights')} className="xs-tabs" onKeyDown={onTabKey}>
        {segments.map((s, i) => (
          <button
            key={s.segmentId}
            type="button"
            role="tab"
            id={`${base}-tab-${i}`}
            aria-selected={i === segmentIndex}
            aria-controls={`${base}-panel`}
            tabIndex={i === segmentIndex ? 0 : -1}
            data-tab={i}
            onClick={() => chooseTab(i)}
          >
            {flightText(t, s)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${segmentIndex}`} className="xs-panel">
        {segment && map ? (
          <SeatMap key={map.segmentId} map={map} flight={flightText(t, segment)} currency={currency} state={state} passenger={passenger} passengers={passengers} onPick={(seatNo) => onPick(map, seatNo)} />
        ) : (
          <p className="xs-gap">{t('extras.gap.segment')}</p>
        )}
        <p role="status" className="xs-said">
          {said}
        </p>
      </div>
    </div>
  )
}

function BagsPart({ part, segments, passengers, currency, state, onState }: PartProps<BagOption>) {
  const { t } = useTranslation()
  return (
    <div className="xs-bags-part">
      <h3>{t('extras.bags.title')}</h3>
      {part.kind === 'gap' ? (
        <p className="xs-gap">{t(`extras.gap.bags.${part.gap}`)}</p>
      ) : (
        <BagsPicker bags={part.items} segments={segments} passengers={passengers} currency={currency} state={state} onState={onState} />
      )}
    </div>
  )
}
