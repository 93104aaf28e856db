import type { TFunction } from 'i18next'
import type { BookSegment, SeatView } from '../../../../shared/domain/booking'
import { moneyText } from '../../search/results/format'
import { holderOf, type ExtrasState, type Traveller } from './extrasState'
import { characteristicsOf, seatOffer, type SeatOffer } from './seatGrid'

/** "SIN → HKG SQ 890": a flight as the tabs and the seat map's name read it (FR24 may or may not repeat the carrier in flightNo). */
export function flightText(t: TFunction, segment: BookSegment): string {
  const number = segment.flightNo.toUpperCase().startsWith(segment.carrier.toUpperCase()) ? segment.flightNo.slice(segment.carrier.length) : segment.flightNo
  return t('extras.flight', { from: segment.from, to: segment.to, carrier: segment.carrier, flightNo: number.trim() })
}

export function offerText(t: TFunction, language: string, offer: SeatOffer, currency: string): string {
  switch (offer.kind) {
    case 'pickable':
      return offer.charge === 'free' ? t('extras.seat.free') : moneyText(language, offer.price, currency)
    case 'taken':
      return t('extras.seat.taken')
    case 'priceUnknown':
      return t('extras.seat.priceUnknown')
    case 'otherCurrency':
      return t('extras.seat.otherCurrency', { currency: offer.currency })
    default: {
      const unreachable: never = offer
      return unreachable
    }
  }
}

export interface SeatLook {
  offer: SeatOffer
  /** The passenger of this booking holding it, if any. */
  holder: number | undefined
  label: string
}

/** Everything a seat cell says: number, characteristics, price or why it cannot be picked, and whose it is. */
export function seatLook(
  t: TFunction,
  language: string,
  seat: SeatView,
  context: { segmentId: string; mapCurrency: string; currency: string; state: ExtrasState; passenger: number | undefined; passengers: readonly Traveller[] }
): SeatLook {
  const offer = seatOffer(seat, context.mapCurrency, context.currency)
  const holder = holderOf(context.state, context.segmentId, seat.seatNo)
  const words = characteristicsOf(seat).map((c) => (c.kind === 'known' ? t(`extras.characteristic.${c.word}`) : c.code))
  const holderName = holder === undefined ? undefined : (context.passengers[holder]?.label ?? String(holder + 1))
  const whose =
    holderName === undefined ? [] : [holder === context.passenger ? t('extras.seat.yours', { passenger: holderName }) : t('extras.seat.heldBy', { passenger: holderName })]
  const label = [seat.seatNo, ...words, offerText(t, language, offer, context.currency), ...whose].join(t('extras.seat.separator'))
  return { offer, holder, label }
}
