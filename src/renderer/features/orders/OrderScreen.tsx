import { useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderView } from '../../../shared/domain/booking'
import { ErrorNotice } from '../../components/ErrorNotice'
import { onDeskEvent } from '../../desk/client'
import { dateTimeText } from '../balance/format'
import { useNow } from '../balance/useNow'
import { deadlineTimes, remaining } from '../booking/flow/countdown'
import { moneyText } from '../search/results/format'
import { isPayable, needsFollowing } from './orderPage'
import { useOrderStore } from './orderStore'
import { PayPanel } from './PayPanel'
import '../booking/booking.css'

/** How often the page asks FR24 about an order being ticketed (until the orders room brings its watcher). */
export const FOLLOW_EVERY_MS = 3_000

/** One order (`#/order/<orderNo>`): its number, state, amount, payment deadline, travellers and tickets, and Pay. */
export function OrderScreen({ orderNo }: { orderNo: string }) {
  const { t } = useTranslation()
  const page = useOrderStore((s) => s.pages[orderNo])
  const { load, quote, type, pay } = useOrderStore.getState()
  const now = useNow(1000)
  const order = page?.load.kind === 'shown' ? page.load.order : undefined
  const payable = order !== undefined && isPayable(order, now)
  const following = order !== undefined && needsFollowing(order)

  useEffect(() => {
    useOrderStore.getState().load(orderNo, false)
    // Main says when an order it booked changes (booked, paid, ticketed, found after a lost answer).
    return onDeskEvent('orderChanged', (summary) => {
      if (summary.orderNo === orderNo) useOrderStore.getState().load(orderNo, false)
    })
  }, [orderNo])

  // Ticketing (or a payment in doubt): follow the order with FR24 until it is settled.
  useEffect(() => {
    if (!following) return
    const timer = window.setInterval(() => useOrderStore.getState().load(orderNo, true), FOLLOW_EVERY_MS)
    return () => window.clearInterval(timer)
  }, [orderNo, following])

  // An order that can be paid gets its quote (payVerify and the balance) at once.
  const payKind = page?.pay.kind ?? 'idle'
  useEffect(() => {
    if (payable && payKind === 'idle') useOrderStore.getState().quote(orderNo)
  }, [orderNo, payable, payKind])

  return (
    <section className="screen order-screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('order.title', { orderNo })}
      </h1>
      {(!page || page.load.kind === 'loading') && <p role="status">{t('order.loading')}</p>}
      {page?.load.kind === 'failed' && <ErrorNotice error={page.load.error} />}
      {order && <OrderFacts order={order} now={now} onRefresh={() => load(orderNo, true)} />}
      {order && page && (payable || page.pay.kind !== 'idle') && (
        <PayPanel pay={page.pay} onQuote={() => quote(orderNo)} onType={(typed) => type(orderNo, typed)} onPay={() => pay(orderNo)} />
      )}
    </section>
  )
}

function OrderFacts({ order, now, onRefresh }: { order: OrderView; now: number; onRefresh(): void }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const numberId = useId()
  return (
    <>
      {/* A read-only field: the number is read by its label, selected and copied whole. */}
      <div className="field">
        <div className="field-row">
          <label htmlFor={numberId}>{t('order.number')}</label>
          <input id={numberId} className="order-number" readOnly value={order.orderNo} size={Math.max(8, order.orderNo.length)} />
        </div>
      </div>
      {order.state === 'ticketing' && (
        <p className="notice notice-warn" role="status">
          <b>{t('order.states.ticketing')}</b> · {t('order.ticketingText')}
        </p>
      )}
      {order.state === 'ticketed' && (
        <p className="notice notice-ok" role="status">
          <b>{t('order.states.ticketed')}</b> · {t('order.ticketedText')}
        </p>
      )}
      <dl className="order-facts">
        <dt>{t('order.state')}</dt>
        <dd data-testid="order-state" data-state={order.state}>
          {t(`order.states.${order.state}`)}
        </dd>
        <dt>{t('order.route')}</dt>
        <dd>{order.route}</dd>
        <dt>{t('order.departs')}</dt>
        <dd>{order.departLocal.replace('T', ' ')}</dd>
        <dt>{t('order.amount')}</dt>
        <dd data-testid="order-amount">{moneyText(language, order.total, order.currency)}</dd>
        {order.payDeadline !== undefined && order.state === 'unpaid' && (
          <>
            <dt>{t('order.deadline')}</dt>
            <dd>
              <Deadline order={order} deadline={order.payDeadline} now={now} />
            </dd>
          </>
        )}
      </dl>
      <h2>{t('order.travellers')}</h2>
      <ul className="order-travellers">
        {order.travellers.map((traveller, i) => (
          <li key={i}>
            <b>{traveller.name}</b> · {t(`results.pax.${traveller.paxType}`)} ·{' '}
            {traveller.ticketNo ? <span data-testid="ticket-number">{t('order.ticket', { ticketNo: traveller.ticketNo })}</span> : <span className="muted">{t('order.noTicket')}</span>}
          </li>
        ))}
      </ul>
      <p className="muted small">
        {order.checkedAt !== undefined && <>{t('order.checked', { time: dateTimeText(language, order.checkedAt) })} · </>}
        <button type="button" onClick={onRefresh}>
          {t('order.refresh')}
        </button>
      </p>
    </>
  )
}

function Deadline({ order, deadline, now }: { order: OrderView; deadline: number; now: number }) {
  const { t, i18n } = useTranslation()
  const left = remaining(deadline, now)
  const times = deadlineTimes(deadline, i18n.language, order.departZone)
  const airport = order.route.split(/[–-]/)[0] ?? ''
  return (
    <>
      <span role="timer" data-testid="pay-deadline-left">
        {left.kind === 'expired' ? t('order.deadlinePassed') : t('order.deadlineLeft', { time: left.text })}
      </span>
      <br />
      <span>{t('order.deadlineAgent', { time: times.agent })}</span>
      {!times.same && (
        <>
          {' · '}
          <span>{t('order.deadlineAirport', { airport, time: times.airport })}</span>
        </>
      )}
    </>
  )
}
