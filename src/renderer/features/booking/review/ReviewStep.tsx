import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { Link } from '../../../navigation/Link'
import { moneyText } from '../../search/results/format'
import { bagText } from '../extras/BagsPicker'
import { extrasTotal } from '../extras/extrasState'
import { flightText } from '../extras/seatLabel'
import { canBook, type BookFailed, type Booked, type Booking, type Reviewing, type Uncertain } from '../flow/bookingFlow'

export interface ReviewStepProps {
  state: Reviewing | Booking | Uncertain | BookFailed | Booked
  /** The travellers' names as the steps call them ("Adult 1"), by index. */
  travellerLabels: readonly string[]
  onBookAnyway(yes: boolean): void
  onBook(): void
  onBack(): void
  onCheckAgain(): void
  onLookUp(): void
  onPriceAgain(): void
}

/** Everything chosen, the amount booked, the duplicate-traveller guard and Book; then the outcome. */
export function ReviewStep(props: ReviewStepProps) {
  const { state } = props
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <section className="book-step" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('booking.review.region')}</h2>
      {state.kind === 'booked' ? (
        <p className="notice notice-ok" role="status">
          {t('booking.review.booked', { orderNo: state.order.orderNo })}{' '}
          <Link to={{ screen: 'order', orderNo: state.order.orderNo }}>{t('booking.review.openOrder', { orderNo: state.order.orderNo })}</Link>
        </p>
      ) : (
        <ReviewBody {...props} state={state} />
      )}
    </section>
  )
}

function ReviewBody({ state, travellerLabels, onBookAnyway, onBook, onBack, onCheckAgain, onLookUp, onPriceAgain }: ReviewStepProps & { state: Reviewing | Booking | Uncertain | BookFailed }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const offer = state.window.offer
  const currency = offer.detail.currency
  const money = (amount: string) => moneyText(language, amount, currency)
  const { choices } = state
  const totals = extrasTotal(offer.detail.totalPrice, choices.extras)
  const name = (i: number) => travellerLabels[i] ?? String(i + 1)
  const segment = (segmentId: string) => offer.segments.find((s) => s.segmentId === segmentId)
  const bag = (auxId: string) => state.extras?.bags.find((b) => b.auxId === auxId)
  const bookAnywayId = useId()
  const inFlight = state.kind === 'booking' || state.kind === 'uncertain'
  const bookable = state.kind === 'review' && canBook(state)

  return (
    <>
      <p className="muted">{t('booking.review.intro')}</p>
      <h3>{t('booking.review.flights')}</h3>
      <ul className="book-flights">
        {offer.segments.map((s) => (
          <li key={s.segmentId}>{flightText(t, s)}</li>
        ))}
      </ul>

      <h3>{t('booking.review.travellers')}</h3>
      <ol className="book-travellers">
        {choices.passengers.map((p, i) => (
          <li key={i}>
            <b>{name(i)}</b>: {t('booking.review.traveller', { surname: p.surname, given: p.givenNames, pax: t(`results.pax.${p.paxType}`), birthday: p.birthday })}
          </li>
        ))}
      </ol>

      <h3>{t('booking.review.extras')}</h3>
      {choices.extras.seats.length + choices.extras.bags.length === 0 ? (
        <p data-testid="review-extras-none">{t(choices.extrasSkipped ? 'booking.review.extrasSkipped' : 'booking.review.noExtras')}</p>
      ) : (
        <ul>
          {choices.extras.seats.map((s) => {
            const flight = segment(s.segmentId)
            return <li key={`${s.passenger}-${s.segmentId}`}>{t('booking.review.seat', { passenger: name(s.passenger), seat: s.seatNo, flight: flight ? flightText(t, flight) : s.segmentId })}</li>
          })}
          {choices.extras.bags.map((b) => {
            const option = bag(b.auxId)
            return (
              <li key={`${b.passenger}-${b.auxId}`}>
                {t('booking.review.bag', { passenger: name(b.passenger), what: `${option ? bagText(t, option) : b.auxId}${b.quantity > 1 ? ` × ${b.quantity}` : ''}`, price: money(b.price) })}
              </li>
            )
          })}
        </ul>
      )}

      <h3>{t('booking.review.contact')}</h3>
      <p>{t('booking.review.contactLine', choices.contact)}</p>

      <table className="table book-totals">
        <tbody>
          <tr>
            <th scope="row">{t('booking.review.fare')}</th>
            <td className="num">{money(totals.fare)}</td>
          </tr>
          <tr>
            <th scope="row">{t('booking.review.seats')}</th>
            <td className="num">{money(totals.seats)}</td>
          </tr>
          <tr>
            <th scope="row">{t('booking.review.bags')}</th>
            <td className="num">{money(totals.bags)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('booking.review.total')}</th>
            <td className="num" data-testid="book-total" data-total={totals.total}>
              {money(totals.total)}
            </td>
          </tr>
        </tfoot>
      </table>

      {state.kind === 'review' && state.duplicates.kind === 'checking' && (
        <p role="status" className="book-wait">
          {t('booking.review.checking')}
        </p>
      )}
      {state.kind === 'review' && state.duplicates.kind === 'failed' && (
        <div>
          <ErrorNotice error={state.duplicates.error} />
          <p>{t('booking.review.checkFailed')}</p>
          <button type="button" onClick={onCheckAgain}>
            {t('booking.review.checkAgain')}
          </button>
        </div>
      )}
      {state.kind === 'review' && state.duplicates.kind === 'checked' && state.duplicates.duplicates.length > 0 && (
        <div className="notice notice-warn" role="group" aria-labelledby={`${bookAnywayId}-title`}>
          <h3 id={`${bookAnywayId}-title`}>{t('booking.review.duplicatesTitle')}</h3>
          <p>{t('booking.review.duplicates')}</p>
          <ul>
            {state.duplicates.duplicates.map((d) => {
              const p = choices.passengers[d.passenger]
              return (
                <li key={`${d.passenger}-${d.orderNo}`}>
                  {t('booking.review.duplicate', { name: p ? `${p.surname}/${p.givenNames}` : name(d.passenger), orderNo: d.orderNo, route: d.route, depart: d.departLocal.replace('T', ' ') })}
                </li>
              )
            })}
          </ul>
          <label>
            <input type="checkbox" checked={state.bookAnyway} onChange={(e) => onBookAnyway(e.target.checked)} />
            {t('booking.review.bookAnyway')}
          </label>
        </div>
      )}

      {state.kind === 'booking' && (
        <p role="status" className="book-wait">
          {t('booking.review.booking')}
        </p>
      )}
      {state.kind === 'uncertain' && (
        <div className="notice notice-warn" role="alert">
          <h3>{t('booking.review.uncertainTitle')}</h3>
          <p>{t('booking.review.uncertain')}</p>
          {state.partnerOrderNo && <p className="small">{t('booking.review.uncertainRef', { ref: state.partnerOrderNo })}</p>}
          {state.lookingUp ? (
            <p role="status">{t('booking.review.lookingUp')}</p>
          ) : (
            <button type="button" onClick={onLookUp}>
              {t('booking.review.lookUp')}
            </button>
          )}
        </div>
      )}
      {state.kind === 'failed' && (
        <div>
          <ErrorNotice error={state.error} />
          <p>{t('booking.review.failed')}</p>
          {state.error.action === 'reprice' && (
            <button type="button" onClick={onPriceAgain}>
              {t('booking.review.priceAgain')}
            </button>
          )}
        </div>
      )}

      <div className="form-buttons">
        <button type="button" onClick={onBack} disabled={inFlight}>
          {t('booking.review.back')}
        </button>
        {state.kind !== 'failed' && (
          // aria-disabled, not disabled: focus stays on Book while the call runs; the store refuses a second one anyway.
          <button
            type="button"
            className="primary"
            aria-disabled={!bookable || undefined}
            aria-busy={state.kind === 'booking' || undefined}
            onClick={() => {
              if (bookable) onBook()
            }}
          >
            {t('booking.review.book')}
          </button>
        )}
      </div>
    </>
  )
}
