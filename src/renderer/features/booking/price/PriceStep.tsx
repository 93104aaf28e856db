import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { PricedOffer } from '../../../../shared/domain/booking'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { clockText, dayText, moneyText } from '../../search/results/format'
import { needsAcknowledgement, type PriceFailed, type Priced, type Pricing, type SoldOut } from '../flow/bookingFlow'
import { changeText } from './changeText'

export interface PriceStepProps {
  state: Pricing | PriceFailed | SoldOut | Priced
  onPriceAgain(): void
  onAcknowledge(seen: boolean): void
  onContinue(): void
  onBackToResults(): void
}

/** The price check: what FR24 priced, what changed against the search (acknowledged before going on), or why not. */
export function PriceStep({ state, onPriceAgain, onAcknowledge, onContinue, onBackToResults }: PriceStepProps) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <section className="book-step" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('booking.price.region')}</h2>
      {state.kind === 'pricing' && (
        <p role="status" className="book-wait">
          {state.reason === 'expired' ? t('booking.price.repricing') : t('booking.price.pricing')}
        </p>
      )}
      {state.kind === 'priceFailed' && (
        <>
          <ErrorNotice error={state.error} />
          <p>{t('booking.price.failed')}</p>
          <div className="form-buttons">
            <button type="button" onClick={onBackToResults}>
              {t('booking.price.backToResults')}
            </button>
            <button type="button" className="primary" onClick={onPriceAgain}>
              {t('booking.price.priceThis')}
            </button>
          </div>
        </>
      )}
      {state.kind === 'soldOut' && <SoldOutNotice state={state} onBackToResults={onBackToResults} />}
      {state.kind === 'priced' && <PricedBody state={state} onAcknowledge={onAcknowledge} onContinue={onContinue} onBackToResults={onBackToResults} />}
    </section>
  )
}

function SoldOutNotice({ state, onBackToResults }: { state: SoldOut; onBackToResults(): void }) {
  const { t } = useTranslation()
  const back = useRef<HTMLButtonElement>(null)
  // The only way on is back: the button takes focus, so Enter goes there.
  useEffect(() => back.current?.focus(), [])
  return (
    <div className="book-soldout">
      <h3>{t('booking.soldOut.title')}</h3>
      <p>{t('booking.soldOut.text')}</p>
      <ErrorNotice error={state.error} />
      <button ref={back} type="button" className="primary" onClick={onBackToResults}>
        {t('booking.price.backToResults')}
      </button>
    </div>
  )
}

function PricedBody({ state, onAcknowledge, onContinue, onBackToResults }: { state: Priced; onAcknowledge(seen: boolean): void; onContinue(): void; onBackToResults(): void }) {
  const { t, i18n } = useTranslation()
  const offer = state.window.offer
  const currency = offer.detail.currency
  const changes = offer.changes
  const held = needsAcknowledgement(state)
  const ackId = useId()
  return (
    <>
      {state.reason === 'expired' && <p className="notice notice-warn">{t('booking.price.repricedIntro')}</p>}
      <OfferSummary offer={offer} />
      {changes.length === 0 ? (
        <p className="book-nochange">{t('booking.price.noChanges')}</p>
      ) : (
        <div className="book-changes" role="group" aria-labelledby={`${ackId}-title`}>
          <h3 id={`${ackId}-title`}>{t('booking.price.changesTitle')}</h3>
          <p>{t('booking.price.changesIntro')}</p>
          <ul data-testid="price-changes">
            {changes.map((change, i) => (
              <li key={i}>{changeText(t, i18n.language, change, currency)}</li>
            ))}
          </ul>
          <label className="book-ack">
            <input type="checkbox" checked={state.acknowledged} onChange={(e) => onAcknowledge(e.target.checked)} />
            {t('booking.price.acknowledge')}
          </label>
        </div>
      )}
      {held && <p className="muted small">{t('booking.price.acknowledgeFirst')}</p>}
      <div className="form-buttons">
        <button type="button" onClick={onBackToResults}>
          {t('booking.price.backToResults')}
        </button>
        <button type="button" className="primary" onClick={onContinue} disabled={held}>
          {t('booking.price.continue')}
        </button>
      </div>
    </>
  )
}

/** The priced itinerary, the price per passenger type and the fare: what will be booked. */
export function OfferSummary({ offer }: { offer: PricedOffer }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const { detail } = offer
  const money = (amount: string) => moneyText(language, amount, detail.currency)
  return (
    <div className="book-summary">
      <h3>{t('booking.price.flights')}</h3>
      <ul className="book-flights">
        {detail.legs.flatMap((leg) =>
          leg.segments.map((s, i) => (
            <li key={`${leg.departLocal}-${i}`}>
              {t('booking.price.flight', { carrier: s.carrier, flightNo: s.flightNo, from: s.from, to: s.to, day: dayText(language, s.departLocal), time: clockText(language, s.departLocal) })}
            </li>
          ))
        )}
      </ul>
      <h3>{t('booking.price.perPassenger')}</h3>
      <table className="table book-prices">
        <tbody>
          {detail.passengers.map((p) => (
            <tr key={p.paxType}>
              <th scope="row">{t('booking.price.paxCount', { pax: t(`results.pax.${p.paxType}`), n: p.count })}</th>
              <td className="num">
                {money(p.perPassenger)} <span className="muted small">{t('booking.price.each')}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('booking.price.fare')}</th>
            <td className="num" data-testid="priced-total">
              {money(detail.totalPrice)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
