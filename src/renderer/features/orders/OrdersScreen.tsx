import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocalOrders } from '../../../shared/domain/booking'
import type { Result } from '../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { callDesk, onDeskEvent } from '../../desk/client'
import { Link } from '../../navigation/Link'
import { dateTimeText } from '../balance/format'

/**
 * The orders booked from this desk on the active account, so an unpaid order is found again.
 * A placeholder list: the orders room builds the full screen (filters, after-sale actions).
 */
export function OrdersScreen() {
  const { t, i18n } = useTranslation()
  const [answer, setAnswer] = useState<Result<LocalOrders>>()
  useEffect(() => {
    let live = true
    const read = () => void callDesk('localOrders').then((a) => live && setAnswer(a))
    read()
    const stop = onDeskEvent('orderChanged', read)
    return () => {
      live = false
      stop()
    }
  }, [])
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('orders.title')}
      </h1>
      <p className="muted">{t('orders.intro')}</p>
      {!answer && <p role="status">{t('orders.loading')}</p>}
      {answer && !answer.ok && <ErrorNotice error={answer.error} />}
      {answer?.ok && answer.value.orders.length === 0 && <p>{t('orders.empty')}</p>}
      {answer?.ok && answer.value.orders.length > 0 && (
        <table className="table">
          <caption className="sr-only">{t('orders.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('orders.orderNo')}</th>
              <th scope="col">{t('orders.route')}</th>
              <th scope="col">{t('orders.departs')}</th>
              <th scope="col">{t('orders.state')}</th>
              <th scope="col">{t('orders.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.value.orders.map((order) => (
              <tr key={order.orderNo}>
                <th scope="row">
                  <Link to={{ screen: 'order', orderNo: order.orderNo }}>{order.orderNo}</Link>
                </th>
                <td>{order.route}</td>
                <td>{order.departLocal.replace('T', ' ')}</td>
                <td>{t(`order.states.${order.state}`)}</td>
                <td>{order.payDeadline !== undefined && order.state === 'unpaid' ? dateTimeText(i18n.language, order.payDeadline) : t('orders.noDeadline')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
