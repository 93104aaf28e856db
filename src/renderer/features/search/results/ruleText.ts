import type { TFunction } from 'i18next'
import type { BagAllowance, FareRuleLine } from '../../../../shared/domain/search'
import { moneyText } from './format'

/** A fare rule line in plain words: "Allowed for a fee · Fee ¥300.00 · 24 h to 72 h before departure". */
export function ruleLineText(t: TFunction, language: string, line: FareRuleLine, currency: string): string {
  const parts = [t(`results.detail.allowed.${line.allowed}`)]
  if (line.fee !== undefined && line.allowed !== 'no') parts.push(t('results.detail.fee', { fee: moneyText(language, line.fee, currency) }))
  parts.push(whenText(t, line))
  return parts.join(' · ')
}

function whenText(t: TFunction, line: FareRuleLine): string {
  const from = line.hoursBefore?.from
  const to = line.hoursBefore?.to
  if (line.when === 'before-departure' && from !== undefined && to !== undefined) return t('results.detail.hoursBefore', { from, to })
  if (line.when === 'before-departure' && from !== undefined) return t('results.detail.hoursMoreThan', { from })
  if (line.when === 'before-departure' && to !== undefined) return t('results.detail.hoursWithin', { to })
  return t(`results.detail.when.${line.when}`)
}

/** "1 pc · 23 kg · 158cm", "none", or "not stated" when FR24 said nothing. */
export function allowanceText(t: TFunction, bag: BagAllowance | undefined): string {
  if (!bag) return t('results.detail.notStated')
  if (bag.pieces === 0 || (bag.pieces === undefined && bag.weightKg === 0)) return t('results.detail.noBag')
  const parts: string[] = []
  if (bag.pieces !== undefined) parts.push(t('results.detail.pieces', { n: bag.pieces }))
  if (bag.weightKg !== undefined) parts.push(t('results.detail.weight', { kg: bag.weightKg }))
  if (bag.size) parts.push(bag.size)
  return parts.length > 0 ? parts.join(' · ') : t('results.detail.notStated')
}
