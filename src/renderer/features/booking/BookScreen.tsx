import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BOOK_STEPS, routeHref, type BookStep, type Route } from '../../navigation/routes'
import { navigate } from '../../navigation/useRoute'
import { useNow } from '../balance/useNow'
import { ExtrasStep } from './extras/ExtrasStep'
import { canGoBack, stepOf, travellerTypes, type FlowState } from './flow/bookingFlow'
import { flowKey, useBookingStore } from './flow/bookingStore'
import { PassengersPart } from './PassengersPart'
import { PriceStep } from './price/PriceStep'
import { ReviewStep } from './review/ReviewStep'
import { WindowCountdown } from './WindowCountdown'
import './booking.css'

export interface BookScreenProps {
  searchId: string
  offerId: string
  step: BookStep
}

/** Puts the route on a step without a new history entry (the route was ahead of the flow). */
function replaceRoute(route: Route): void {
  window.location.replace(routeHref(route))
}

/**
 * Booking one offer of one search, step by step (`#/book/<searchId>/<offerId>/<step>`). The flow's
 * state lives in the booking store under the offer, so leaving and coming back finds it; the route
 * follows the flow forward (each step a history entry), and Back steps the flow back.
 */
export function BookScreen({ searchId, offerId, step }: BookScreenProps) {
  const { t } = useTranslation()
  const key = flowKey(searchId, offerId)
  const flow = useBookingStore((s) => s.flows[key])
  const store = useBookingStore.getState()
  const now = useNow(1000)

  useEffect(() => useBookingStore.getState().enter(searchId, offerId), [searchId, offerId])
  // The clock: a lapsed price check is re-priced before anything else happens.
  useEffect(() => useBookingStore.getState().checkWindow(key, now), [key, now, flow])

  useRouteFollowsFlow(key, flow, { searchId, offerId, step })
  useBookedOpensOrder(flow)
  useUncertainLooksUp(key, flow)

  const travellerLabels = useMemo(() => {
    if (!flow || !('window' in flow)) return []
    const counts = new Map<string, number>()
    return travellerTypes(flow.window.offer).map((paxType) => {
      const n = (counts.get(paxType) ?? 0) + 1
      counts.set(paxType, n)
      return t('booking.passengers.traveller', { pax: t(`results.pax.${paxType}`), n })
    })
  }, [flow, t])

  const backToResults = () => navigate({ screen: 'search' })
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || !flow || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Escape') {
      event.preventDefault()
      if (canGoBack(flow)) store.back(key)
      else if (stepOf(flow) === 'price' && flow.kind !== 'pricing') backToResults()
      return
    }
    if (event.key === 'Enter' && continuesOnEnter(event.target)) {
      // Enter continues on the price and seats steps; on the passengers step the form's own submit
      // does; on the review only the Book button books (real money is not one stray key away).
      if (flow.kind === 'priced') {
        event.preventDefault()
        store.continueFromPrice(key)
      } else if (flow.kind === 'extras') {
        event.preventDefault()
        store.continueFromExtras(key)
      }
    }
  }

  const title = flow && 'window' in flow ? t('booking.titleRoute', { route: flow.window.offer.detail.legs.map((l) => `${l.from}–${l.to}`).join(', ') }) : t('booking.title')
  const current = flow ? stepOf(flow) : 'price'
  return (
    <section className="screen book-screen" aria-labelledby="screen-title" onKeyDown={onKeyDown}>
      <h1 id="screen-title" tabIndex={-1}>
        {title}
      </h1>
      <ol className="book-steps" aria-label={t('booking.steps.label')}>
        {BOOK_STEPS.map((s) => (
          <li key={s} aria-current={s === current ? 'step' : undefined} className={s === current ? 'current' : undefined}>
            {t(`booking.steps.${s}`)}
          </li>
        ))}
      </ol>
      {flow && 'window' in flow && flow.kind !== 'booking' && flow.kind !== 'uncertain' && <WindowCountdown endsAt={flow.window.endsAt} now={now} />}
      <p className="keys-hint muted small">{t('booking.keysHint')}</p>
      {flow && <StepBody flowKey={key} flow={flow} travellerLabels={travellerLabels} onBackToResults={backToResults} />}
    </section>
  )
}

function StepBody({ flowKey: key, flow, travellerLabels, onBackToResults }: { flowKey: string; flow: FlowState; travellerLabels: readonly string[]; onBackToResults(): void }) {
  const store = useBookingStore.getState()
  switch (flow.kind) {
    case 'pricing':
    case 'priceFailed':
    case 'soldOut':
    case 'priced':
      return (
        <PriceStep
          state={flow}
          onPriceAgain={() => store.priceAgain(key)}
          onAcknowledge={(seen) => store.acknowledge(key, seen)}
          onContinue={() => store.continueFromPrice(key)}
          onBackToResults={onBackToResults}
        />
      )
    case 'extras': {
      const offer = flow.window.offer
      return (
        <ExtrasStep
          extras={flow.extras.kind === 'loaded' ? flow.extras.extras : undefined}
          loadError={flow.extras.kind === 'failed' ? flow.extras.error : undefined}
          segments={offer.segments}
          passengers={travellerTypes(offer).map((paxType, i) => ({ paxType, label: travellerLabels[i] ?? String(i + 1) }))}
          currency={offer.detail.currency}
          fareTotal={offer.detail.totalPrice}
          state={flow.choices.extras}
          onState={(next) => store.pickExtras(key, next)}
          onContinue={() => store.continueFromExtras(key)}
          onBack={() => store.back(key)}
          onRetry={() => store.retryExtras(key)}
          dropped={flow.dropped}
        />
      )
    }
    case 'passengers':
      return <PassengersPart flowKey={key} flow={flow} />
    case 'review':
    case 'booking':
    case 'uncertain':
    case 'failed':
    case 'booked':
      return (
        <ReviewStep
          state={flow}
          travellerLabels={travellerLabels}
          onBookAnyway={(yes) => store.bookAnyway(key, yes)}
          onBook={() => store.book(key)}
          onBack={() => store.back(key)}
          onCheckAgain={() => store.checkDuplicatesAgain(key)}
          onLookUp={() => store.lookUp(key)}
          onPriceAgain={() => store.priceAgain(key)}
        />
      )
    default: {
      const unreachable: never = flow
      return unreachable
    }
  }
}

/** Enter on a button, a link, a list or a text area does its own thing there. */
function continuesOnEnter(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return false
  const role = target.getAttribute('role')
  return role !== 'combobox' && role !== 'grid' && role !== 'gridcell' && role !== 'tab' && role !== 'button' && role !== 'radio'
}

/**
 * The flow moves the route forward (a history entry per step, so Back steps back); the route
 * moving (Back, Forward, a typed address) steps the flow back to that step, never ahead.
 */
function useRouteFollowsFlow(key: string, flow: FlowState | undefined, at: { searchId: string; offerId: string; step: BookStep }) {
  const routeStep = useRef(at.step)
  const { searchId, offerId, step } = at
  useEffect(() => {
    if (!flow) return
    const flowStep = stepOf(flow)
    if (flowStep === step) {
      routeStep.current = step
      return
    }
    if (step !== routeStep.current) {
      // The route moved: the flow follows back if it can; where it cannot, the route goes back on the flow's step.
      routeStep.current = step
      const next = useBookingStore.getState().followRoute(key, step)
      if (next && stepOf(next) !== step) replaceRoute({ screen: 'book', searchId, offerId, step: stepOf(next) })
      return
    }
    // The flow moved on (or back): the route follows.
    routeStep.current = flowStep
    const to: Route = { screen: 'book', searchId, offerId, step: flowStep }
    if (BOOK_STEPS.indexOf(flowStep) > BOOK_STEPS.indexOf(step)) navigate(to)
    else replaceRoute(to)
  }, [key, flow, searchId, offerId, step])
}

/** Booked: the order page, once, as the booking lands (coming back to the flow later stays here). */
function useBookedOpensOrder(flow: FlowState | undefined) {
  const previous = useRef(flow?.kind)
  useEffect(() => {
    const was = previous.current
    previous.current = flow?.kind
    if (flow?.kind === 'booked' && (was === 'booking' || was === 'uncertain')) navigate({ screen: 'order', orderNo: flow.order.orderNo })
  }, [flow])
}

/** After a lost answer the desk keeps looking the order up, a few seconds apart, until it knows. */
export const LOOK_UP_EVERY_MS = 4_000
function useUncertainLooksUp(key: string, flow: FlowState | undefined) {
  const waiting = flow?.kind === 'uncertain' && !flow.lookingUp
  useEffect(() => {
    if (!waiting) return
    const timer = window.setTimeout(() => useBookingStore.getState().lookUp(key), LOOK_UP_EVERY_MS)
    return () => window.clearTimeout(timer)
  }, [key, waiting, flow])
}
