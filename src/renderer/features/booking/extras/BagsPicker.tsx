import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { BagOption, BookSegment } from '../../../../shared/domain/booking'
import { mul } from '../../../../shared/money'
import { moneyText } from '../../search/results/format'
import { bagOffer, bagQuantity, setBags, type ExtrasState, type Traveller } from './extrasState'

export interface BagsPickerProps {
  bags: readonly BagOption[]
  segments: readonly BookSegment[]
  passengers: readonly Traveller[]
  /** The fare's currency: a bag priced in another cannot be added. */
  currency: string
  state: ExtrasState
  onState(next: ExtrasState): void
}

interface BagGroup {
  key: string
  segmentIds: readonly string[]
  options: BagOption[]
}

/** The options grouped by the flights they cover, in FR24's order. */
export function bagGroups(bags: readonly BagOption[]): BagGroup[] {
  const groups = new Map<string, BagGroup>()
  for (const option of bags) {
    const key = [...option.segmentIds].sort().join('|')
    const group = groups.get(key) ?? { key, segmentIds: option.segmentIds, options: [] }
    group.options.push(option)
    groups.set(key, group)
  }
  return [...groups.values()]
}

function flightsText(t: TFunction, segmentIds: readonly string[], segments: readonly BookSegment[]): string {
  const covered = segments.filter((s) => segmentIds.includes(s.segmentId))
  if (covered.length === segments.length && segments.length > 1) return t('extras.bags.allFlights')
  return covered.length === 0 ? segmentIds.join(', ') : covered.map((s) => `${s.from} → ${s.to}`).join(t('extras.seat.separator'))
}

/** "Checked bag, 20 kg, 1 piece": FR24's `type` CHECK_IN worded, any other type as sent. */
export function bagText(t: TFunction, option: BagOption): string {
  const kind = option.type === undefined || option.type.toUpperCase() === 'CHECK_IN' ? t('extras.bags.checkIn') : option.type
  const parts = [kind]
  if (option.weightKg !== undefined) parts.push(t('extras.bags.weight', { kg: option.weightKg }))
  if (option.pieces !== undefined) parts.push(t('extras.bags.pieces', { count: option.pieces }))
  return parts.join(t('extras.seat.separator'))
}

/** Per passenger, per set of flights, each bag with its price and how many (a select from 0 to its limit). */
export function BagsPicker({ bags, segments, passengers, currency, state, onState }: BagsPickerProps) {
  const { t } = useTranslation()
  const groups = bagGroups(bags)
  return (
    <div className="xs-bags">
      {passengers.map((traveller, passenger) => (
        <fieldset key={passenger} className="xs-bag-passenger">
          <legend>{traveller.label}</legend>
          {groups.map((group) => (
            <fieldset key={group.key} className="xs-bag-group">
              <legend>{t('extras.bags.for', { flights: flightsText(t, group.segmentIds, segments) })}</legend>
              {group.options.map((option) => (
                <BagLine key={option.auxId} option={option} passenger={passenger} currency={currency} state={state} onState={onState} />
              ))}
            </fieldset>
          ))}
        </fieldset>
      ))}
    </div>
  )
}

function BagLine({ option, passenger, currency, state, onState }: { option: BagOption; passenger: number; currency: string; state: ExtrasState; onState(next: ExtrasState): void }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const offer = bagOffer(option, currency)
  const quantity = bagQuantity(state, passenger, option.auxId)
  const price = moneyText(i18n.language, option.price, option.currency)
  const limit = offer.kind === 'pickable' ? offer.limit : 0
  return (
    <div className="xs-bag-line">
      <label htmlFor={id}>
        {bagText(t, option)}
        {t('extras.seat.separator')}
        {offer.kind === 'pickable' ? t('extras.bags.each', { price }) : t('extras.bags.otherCurrency', { currency: offer.currency })}
      </label>
      <select
        id={id}
        value={quantity}
        disabled={offer.kind !== 'pickable'}
        data-aux-id={option.auxId}
        onChange={(event) => onState(setBags(state, option, currency, passenger, Number(event.target.value)))}
      >
        {Array.from({ length: limit + 1 }, (_, n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      {quantity > 0 && (
        <span className="xs-bag-sum small">{t('extras.bags.line', { n: quantity, price, amount: moneyText(i18n.language, mul(option.price, quantity), currency) })}</span>
      )}
    </div>
  )
}
