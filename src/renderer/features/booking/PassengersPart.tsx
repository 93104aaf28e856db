import type { EnteringPassengers } from './flow/bookingFlow'

/** The passengers step inside the flow (the passengers/ room's PassengersStep, wired to the store). */
export function PassengersPart(_props: { flowKey: string; flow: EnteringPassengers }) {
  return null
}
