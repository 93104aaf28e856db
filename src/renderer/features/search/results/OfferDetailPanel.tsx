import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferDetail, PaxBreakdown, TripType } from '../../../../shared/domain/search'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { clockText, dayMark, dayText, moneyText } from './format'
import type { DetailView } from './resultsView'
import { durationText, legName, warningText } from './rowText'
import { allowanceText, ruleLineText } from './ruleText'

interface Props {
  view: DetailView
  tripType: TripType
  onClose(): void
  onPrice(detail: OfferDetail): void
}

/** One offer in full: flights, fare rules in words, bags and price per passenger type, and the way to price it. */
export function OfferDetailPanel({ view, tripType, onClose, onPrice }: Props) {
  const { t, i18n } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  // Opening the panel (Enter on an offer) takes focus to it, so a screen reader reads the offer.
  useEffect(() => heading.current?.focus(), [view.offerId])

  const title =
    view.kind === 'shown'
      ? t('results.detail.title', {
          carrier: view.detail.validatingCarrier.name,
          route: view.detail.legs.map((leg) => `${leg.from}–${leg.to}`).join(', ')
        })
      : t('results.detail.label')
  return (
    <section className="offer-detail" role="region" aria-labelledby="offer-detail-title" data-testid="offer-detail">
      <div className="offer-detail-head">
        <h2 id="offer-detail-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
          {t('results.detail.close')}
        </button>
      </div>
      {view.kind === 'loading' && <p className="muted" role="status">{t('results.detail.loading')}</p>}
      {view.kind === 'failed' && <ErrorNotice error={view.error} />}
      {view.kind === 'shown' && <DetailBody detail={view.detail} tripType={tripType} language={i18n.language} onPrice={onPrice} />}
    </section>
  )
}

function DetailBody({ detail, tripType, language, onPrice }: { detail: OfferDetail; tripType: TripType; language: string; onPrice(d: OfferDetail): void }) {
  const { t } = useTranslation()
  const money = (amount: string) => moneyText(language, amount, detail.currency)
  return (
    <>
      <p className="price-total">
        {t('results.row.total', { price: money(detail.totalPrice) })}
        {detail.brand && <span className="brand-tag"> · {detail.brand}</span>}
      </p>
      {detail.warnings.length > 0 && (
        <ul className="warning-list">
          {detail.warnings.map((w, i) => (
            <li key={i} className="warning-badge">
              <span aria-hidden="true">⚠ </span>
              {warningText(t, w, detail.legs, tripType)}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('results.detail.flights')}</h3>
      {detail.legs.map((leg, li) => (
        <div key={li} className="detail-leg">
          <h4>
            {legName(t, tripType, li)}: {leg.from}–{leg.to} · {durationText(t, leg.durationMinutes)}
          </h4>
          <ol className="segment-list">
            {leg.segments.map((s, si) => (
              <li key={si}>
                <p className="segment-line">
                  <b>{t('results.detail.flight', { carrier: s.carrier, flightNo: s.flightNo })}</b> {s.carrierName}
                  {s.aircraft && <> · {t('results.detail.aircraft', { code: s.aircraft })}</>}
                </p>
                {s.operatingCarrier && s.operatingCarrier !== s.carrier && (
                  <p className="small">
                    {s.operatingFlightNo
                      ? t('results.detail.operatedByFlight', { carrier: s.operatingCarrierName ?? s.operatingCarrier, flightNo: s.operatingFlightNo })
                      : t('results.detail.operatedBy', { carrier: s.operatingCarrierName ?? s.operatingCarrier })}
                  </p>
                )}
                <p className="small">
                  {dayText(language, s.departLocal)} {clockText(language, s.departLocal)} {s.from}
                  {s.departTerminal && <> ({t('results.detail.terminal', { terminal: s.departTerminal })})</>} → {clockText(language, s.arriveLocal)}
                  {s.arriveLocal.slice(0, 10) !== s.departLocal.slice(0, 10) && ` ${dayMark(daysBetween(s.departLocal, s.arriveLocal))}`} {s.to}
                  {s.arriveTerminal && <> ({t('results.detail.terminal', { terminal: s.arriveTerminal })})</>}
                  {s.durationMinutes !== undefined && <> · {durationText(t, s.durationMinutes)}</>}
                </p>
                <p className="small muted">
                  {s.bookingClass ? t('results.detail.cabinClass', { cabin: t(`results.cabin.${s.cabin}`), code: s.bookingClass }) : t(`results.cabin.${s.cabin}`)}
                  {s.fareBasis && <> · {t('results.detail.fareBasis', { code: s.fareBasis })}</>}
                  {s.seatsLeft && <> · {t('results.detail.seatsLeft', { n: s.seatsLeft })}</>}
                  {s.stopAirport && <> · {t('results.detail.technicalStop', { airport: s.stopAirport })}</>}
                </p>
                {leg.connections[si] && si < leg.segments.length - 1 && (
                  <p className="small connection-line">
                    {(() => {
                      const c = leg.connections[si]!
                      const duration = durationText(t, c.layoverMinutes)
                      return c.arriveAirport && c.departAirport && c.arriveAirport !== c.departAirport
                        ? t('results.detail.connectionChange', { from: c.arriveAirport, to: c.departAirport, duration })
                        : t('results.detail.connection', { airport: c.airport, duration })
                    })()}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}

      <h3>{t('results.detail.rules')}</h3>
      <RuleList title={t('results.detail.refund')} lines={detail.fareRules.refund} currency={detail.currency} language={language} />
      <RuleList title={t('results.detail.change')} lines={detail.fareRules.change} currency={detail.currency} language={language} />

      <h3>{t('results.detail.bags')}</h3>
      {detail.passengers.map((p) => (
        <div key={p.paxType} className="detail-bags">
          <h4>{t(`results.pax.${p.paxType}`)}</h4>
          <ul>
            {p.baggage.map((b) => (
              <li key={b.segment}>
                {b.from}–{b.to}: {t('results.detail.checked', { what: allowanceText(t, b.checked) })} · {t('results.detail.carryOn', { what: allowanceText(t, b.cabin) })}
              </li>
            ))}
          </ul>
        </div>
      ))}

      <h3>{t('results.detail.price')}</h3>
      <PriceTable passengers={detail.passengers} money={money} total={money(detail.totalPrice)} />

      <button type="button" className="primary" onClick={() => onPrice(detail)}>
        {t('results.detail.priceThis')}
      </button>
    </>
  )
}

function RuleList({ title, lines, currency, language }: { title: string; lines: OfferDetail['fareRules']['refund']; currency: string; language: string }) {
  const { t } = useTranslation()
  return (
    <div className="detail-rules">
      <h4>{title}</h4>
      {lines.length === 0 ? (
        <p className="small">{t('results.detail.ruleNone')}</p>
      ) : (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>
              {line.paxType ? t(`results.pax.${line.paxType}`) : t('results.detail.allPassengers')}: {ruleLineText(t, language, line, currency)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function PriceTable({ passengers, money, total }: { passengers: readonly PaxBreakdown[]; money(amount: string): string; total: string }) {
  const { t } = useTranslation()
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('results.grid.price')}</th>
          <th scope="col" className="num">{t('results.detail.fareAmount')}</th>
          <th scope="col" className="num">{t('results.detail.taxes')}</th>
          <th scope="col" className="num">{t('results.detail.serviceFee')}</th>
          <th scope="col" className="num">{t('results.detail.each')}</th>
        </tr>
      </thead>
      <tbody>
        {passengers.map((p) => (
          <tr key={p.paxType}>
            <th scope="row">{t('results.detail.paxCount', { pax: t(`results.pax.${p.paxType}`), n: p.count })}</th>
            <td className="num">{money(p.fare)}</td>
            <td className="num">{money(p.taxes)}</td>
            <td className="num">{p.serviceFee ? money(p.serviceFee) : '—'}</td>
            <td className="num">{money(p.perPassenger)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('results.detail.total')}</th>
          <td className="num" colSpan={4}>
            {total}
          </td>
        </tr>
      </tfoot>
    </table>
  )
}

function daysBetween(fromLocal: string, toLocal: string): number {
  const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)))
  return Math.round((day(toLocal) - day(fromLocal)) / 86_400_000)
}
