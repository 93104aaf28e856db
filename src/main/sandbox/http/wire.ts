import type { Offer } from '../world/types'

/**
 * Amounts live as decimal strings inside the sandbox and leave as JSON
 * numbers with at most two decimals (fr24-inferences M1). Number("355.20")
 * serialises as 355.2 — the same decimal, written without a float round trip.
 */
export function num(amount: string): number {
  return Number(amount)
}

export function numOrNull(amount: string | null | undefined): number | null {
  return amount === null || amount === undefined ? null : Number(amount)
}

/** An offer in the documented field order, amounts as numbers. */
export function wireOffer(offer: Offer): Record<string, unknown> {
  return {
    offerId: offer.offerId,
    legId: offer.legId,
    currency: offer.currency,
    platingCarrier: offer.platingCarrier,
    pricePerPax: offer.pricePerPax.map((p) => ({
      paxType: p.paxType,
      baseFare: num(p.baseFare),
      totalTax: num(p.totalTax),
      taxBreakdown: p.taxBreakdown.map((t) => ({ taxType: t.taxType, taxAmount: num(t.taxAmount) })),
      serviceFee: num(p.serviceFee)
    })),
    totalPrice: num(offer.totalPrice),
    cabin: offer.cabin,
    RBD: offer.RBD,
    fareBasis: offer.fareBasis,
    availability: offer.availability,
    extraInfo: offer.extraInfo,
    eligibilityFlag: offer.eligibilityFlag,
    eligibilityDetail: offer.eligibilityDetail,
    rules: {
      refund: offer.rules.refund.map((r) => ({ ...r, refundFee: numOrNull(r.refundFee) })),
      change: offer.rules.change.map((r) => ({ ...r, changeFee: numOrNull(r.changeFee) }))
    },
    productType: offer.productType,
    productTag: offer.productTag,
    productSource: offer.productSource,
    paymentMethod: offer.paymentMethod
  }
}
