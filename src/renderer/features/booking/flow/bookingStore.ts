import { create, type StateCreator } from 'zustand'
import type { AgencyContact, PassengerInput } from '../../../../shared/domain/booking'
import { callDesk, startLongCall } from '../../../desk/client'
import type { LongCallRun } from '../../../desk/deskCaller'
import type { BookStep } from '../../../navigation/routes'
import { useSearchStore } from '../../search/results/searchStore'
import type { ExtrasState } from '../extras/extrasState'
import type { ContactDraft, PassengerDraft } from '../passengers/passengerDrafts'
import {
  acknowledge,
  askExtras,
  bookAnswered,
  bookStarted,
  checkDuplicatesAgain,
  continueFromExtras,
  continueFromPrice,
  duplicatesAnswered,
  extrasAnswered,
  extrasPicked,
  extrasUnasked,
  followRoute,
  goBack,
  canGoBack,
  hasLapsed,
  lookUpStarted,
  passengersDrafted,
  passengersEntered,
  priceAgain,
  pricingAnswered,
  pricingLapsed,
  setBookAnyway,
  startPricing,
  type FlowState,
  type Pricing,
  type Reviewing
} from './bookingFlow'

/** One flow per offer of a search: leaving the flow and coming back finds it where it was. */
export function flowKey(searchId: string, offerId: string): string {
  return `${searchId}/${offerId}`
}

export interface BookingStore {
  flows: Readonly<Record<string, FlowState>>
  /** Opens the flow of an offer; a first visit prices it at once. */
  enter(searchId: string, offerId: string): void
  priceAgain(key: string): void
  /** Called by the screen's clock: a lapsed price check is checked again before anything else. */
  checkWindow(key: string, now: number): void
  acknowledge(key: string, seen: boolean): void
  continueFromPrice(key: string): void
  pickExtras(key: string, extras: ExtrasState): void
  retryExtras(key: string): void
  /** One press: with the picks once the extras answered; while they load, without seats and bags (the call is cancelled). */
  continueFromExtras(key: string): void
  draftPassengers(key: string, change: { drafts?: PassengerDraft[]; contact?: ContactDraft }): void
  continueWithPassengers(key: string, passengers: readonly PassengerInput[], contact: AgencyContact): void
  checkDuplicatesAgain(key: string): void
  bookAnyway(key: string, yes: boolean): void
  book(key: string): void
  /** After an uncertain outcome: ask main again with the same request (it looks the order up, it sends no second booking). */
  lookUp(key: string): void
  back(key: string): void
  followRoute(key: string, step: BookStep): FlowState | undefined
}

/** The search and offer a flow prices, from its key. */
function idsOf(key: string): { searchId: string; offerId: string } {
  const at = key.indexOf('/')
  return { searchId: key.slice(0, at), offerId: key.slice(at + 1) }
}

/** The calls to main the flows make: the app's client, or a stand-in in the store's tests. */
export interface BookingDesk {
  callDesk: typeof callDesk
  startLongCall: typeof startLongCall
}
const DESK: BookingDesk = { callDesk, startLongCall }

/**
 * The booking flows of this window. Decisions are in bookingFlow.ts; this runs the calls and
 * hands each answer to the transition it belongs to. Each action reads the state as it is now
 * and does nothing unless it is the state the action applies to: a second click of Book finds
 * the flow already booking and sends nothing.
 */
export const bookingFlows = ({ callDesk, startLongCall }: BookingDesk = DESK): StateCreator<BookingStore> => (set, get) => {
  /** The extras call in flight per flow, so skipping the step can cancel it. */
  const extrasRuns = new Map<string, LongCallRun<unknown>>()
  const flow = (key: string): FlowState | undefined => get().flows[key]
  const put = (key: string, next: FlowState) => {
    if (get().flows[key] !== next) set((s) => ({ flows: { ...s.flows, [key]: next } }))
  }

  const runPricing = (key: string, make: (requestId: string) => Pricing) => {
    const { searchId, offerId } = idsOf(key)
    const run = startLongCall('priceOffer', { searchId, offerId })
    put(key, make(run.requestId))
    void run.answer.then((answer) => {
      const now = flow(key)
      if (now?.kind !== 'pricing') return
      const next = pricingAnswered(now, run.requestId, answer, Date.now())
      put(key, next)
      if (next.kind === 'soldOut') useSearchStore.getState().markSoldOut(searchId, offerId)
    })
  }

  const runExtras = (key: string, advance: (requestId: string) => FlowState) => {
    const state = flow(key)
    if (!state || (state.kind !== 'priced' && state.kind !== 'extras')) return
    const run = startLongCall('offerExtras', { pricingId: state.window.offer.pricingId })
    const next = advance(run.requestId)
    put(key, next)
    if (next.kind !== 'extras') return
    extrasRuns.set(key, run)
    void run.answer.then((answer) => {
      if (extrasRuns.get(key) === run) extrasRuns.delete(key)
      // Taken only by the step still loading this run: after a skip, or a newer run, it is dropped.
      const now = flow(key)
      if (now?.kind === 'extras') put(key, extrasAnswered(now, run.requestId, answer))
    })
  }

  /** The agent went on without the extras: main stops asking FR24 (the answer is dropped either way). */
  const cancelExtras = (key: string, requestId: string) => {
    const run = extrasRuns.get(key)
    extrasRuns.delete(key)
    if (run?.requestId === requestId) void run.cancel()
  }

  /** Back on seats and bags without them (skipped, or failed before): ask FR24 again. */
  const askIfUnasked = (key: string) => {
    const state = flow(key)
    if (state && extrasUnasked(state)) runExtras(key, (requestId) => askExtras(state, requestId))
  }

  const runDuplicates = (key: string, state: Reviewing) => {
    const travellers = state.choices.passengers.map((p) => ({ surname: p.surname, givenNames: p.givenNames, birthday: p.birthday }))
    void callDesk('checkDuplicates', { pricingId: state.window.offer.pricingId, travellers }).then((answer) => {
      const now = flow(key)
      // Only the review that asked takes the answer (not one the agent left or re-entered with other passengers).
      if (now?.kind === 'review' && now.choices.passengers === state.choices.passengers && now.duplicates.kind === 'checking') put(key, duplicatesAnswered(now, answer))
    })
  }

  const runBook = (key: string) => {
    const state = flow(key)
    if (state?.kind !== 'booking' && state?.kind !== 'uncertain') return
    void callDesk('bookOffer', state.request).then((answer) => {
      const now = flow(key)
      if (now?.kind === 'booking' || now?.kind === 'uncertain') put(key, bookAnswered(now, answer))
    })
  }

  /** Before any step forward: a price check that lapsed is checked again first, and the step is not taken. */
  const repricedFirst = (key: string): boolean => {
    const state = flow(key)
    if (!state || !hasLapsed(state, Date.now())) return false
    runPricing(key, (requestId) => pricingLapsed(state, requestId))
    return true
  }

  const update = <K extends FlowState['kind']>(key: string, kind: K, step: (state: Extract<FlowState, { kind: K }>) => FlowState) => {
    const state = flow(key)
    if (state?.kind === kind) put(key, step(state as Extract<FlowState, { kind: K }>))
  }

  return {
    flows: {},
    enter: (searchId, offerId) => {
      const key = flowKey(searchId, offerId)
      if (!flow(key)) runPricing(key, (requestId) => startPricing(requestId))
    },
    priceAgain: (key) => {
      const state = flow(key)
      if (state?.kind === 'priceFailed' || state?.kind === 'priced') runPricing(key, (requestId) => priceAgain(state, requestId))
      // A booking refused because its price check lapsed in main: price again, keeping the choices.
      else if (state?.kind === 'failed') runPricing(key, (requestId) => pricingLapsed(state, requestId))
    },
    checkWindow: (key, now) => {
      const state = flow(key)
      if (state && hasLapsed(state, now)) runPricing(key, (requestId) => pricingLapsed(state, requestId))
    },
    acknowledge: (key, seen) => update(key, 'priced', (s) => acknowledge(s, seen)),
    continueFromPrice: (key) => {
      if (repricedFirst(key)) return
      const state = flow(key)
      if (state?.kind === 'priced') runExtras(key, (requestId) => continueFromPrice(state, requestId))
    },
    pickExtras: (key, extras) => update(key, 'extras', (s) => extrasPicked(s, extras)),
    retryExtras: (key) => {
      const state = flow(key)
      if (state?.kind === 'extras') runExtras(key, (requestId) => askExtras(state, requestId))
    },
    continueFromExtras: (key) => {
      if (repricedFirst(key)) return
      const state = flow(key)
      if (state?.kind !== 'extras') return
      if (state.extras.kind === 'loading') cancelExtras(key, state.extras.requestId)
      put(key, continueFromExtras(state))
    },
    draftPassengers: (key, change) => update(key, 'passengers', (s) => passengersDrafted(s, change)),
    continueWithPassengers: (key, passengers, contact) => {
      if (repricedFirst(key)) return
      const state = flow(key)
      if (state?.kind !== 'passengers') return
      const next = passengersEntered(state, passengers, contact)
      put(key, next)
      runDuplicates(key, next)
    },
    checkDuplicatesAgain: (key) => {
      const state = flow(key)
      if (state?.kind !== 'review' || state.duplicates.kind !== 'failed') return
      const next = checkDuplicatesAgain(state)
      put(key, next)
      runDuplicates(key, next)
    },
    bookAnyway: (key, yes) => update(key, 'review', (s) => setBookAnyway(s, yes)),
    book: (key) => {
      if (repricedFirst(key)) return
      const state = flow(key)
      if (state?.kind !== 'review') return
      const next = bookStarted(state)
      if (next.kind !== 'booking') return
      // The state is 'booking' before the call leaves: a second click reads it and does nothing.
      put(key, next)
      runBook(key)
    },
    lookUp: (key) => {
      const state = flow(key)
      if (state?.kind !== 'uncertain' || state.lookingUp) return
      put(key, lookUpStarted(state))
      runBook(key)
    },
    back: (key) => {
      const state = flow(key)
      if (!state || !canGoBack(state)) return
      put(key, goBack(state))
      askIfUnasked(key)
    },
    followRoute: (key, step) => {
      const state = flow(key)
      if (!state) return undefined
      put(key, followRoute(state, step))
      askIfUnasked(key)
      return flow(key)
    }
  }
}

export const useBookingStore = create<BookingStore>()(bookingFlows())
