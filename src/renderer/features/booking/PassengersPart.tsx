import { useMemo } from 'react'
import { draftsOf, travelOf, type EnteringPassengers } from './flow/bookingFlow'
import { useBookingStore } from './flow/bookingStore'
import { PassengersStep } from './passengers/PassengersStep'

/** The passengers step inside the flow: its forms live in the flow's store, so they survive leaving and re-pricing. */
export function PassengersPart({ flowKey, flow }: { flowKey: string; flow: EnteringPassengers }) {
  const store = useBookingStore.getState()
  const { drafts, contact } = draftsOf(flow)
  const offer = flow.window.offer
  const travel = useMemo(() => travelOf(offer), [offer])
  return (
    <PassengersStep
      drafts={drafts}
      onDrafts={(next) => store.draftPassengers(flowKey, { drafts: next })}
      contact={contact}
      onContact={(next) => store.draftPassengers(flowKey, { contact: next })}
      travel={travel}
      onContinue={(passengers, agency) => store.continueWithPassengers(flowKey, passengers, agency)}
      onBack={() => store.back(flowKey)}
    />
  )
}
