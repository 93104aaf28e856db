import type { TFunction } from 'i18next'
import type { PriceChange } from '../../../../shared/domain/booking'
import { moneyText } from '../../search/results/format'

/**
 * One change the price check found, in the agent's words: "Total CNY 2,310.00 → CNY 2,480.00".
 * Amounts are in the priced offer's currency (a currency change is its own line).
 */
export function changeText(t: TFunction, language: string, change: PriceChange, currency: string): string {
  const money = (amount: string) => moneyText(language, amount, currency)
  const said = (value: string | undefined) => (value === undefined || value === '' ? t('booking.price.change.notSaid') : value)
  switch (change.kind) {
    case 'total':
      return t('booking.price.change.total', { before: money(change.before), after: money(change.after) })
    case 'perPassenger':
      return t('booking.price.change.perPassenger', { pax: t(`results.pax.${change.paxType}`), before: money(change.before), after: money(change.after) })
    case 'currency':
      return t('booking.price.change.currency', { before: change.before, after: change.after })
    case 'brand':
      return t('booking.price.change.brand', { before: said(change.before), after: said(change.after) })
    case 'rules':
      return t(`booking.price.change.${change.rule}`, { before: t(`booking.price.rule.${change.before}`), after: t(`booking.price.rule.${change.after}`) })
    case 'seatsLeft':
      return t('booking.price.change.seatsLeft', { n: change.segment + 1, before: said(change.before), after: said(change.after) })
    case 'itinerary':
      return t('booking.price.change.itinerary')
    default: {
      const unreachable: never = change
      return unreachable
    }
  }
}
