import { useTranslation } from 'react-i18next'
import { formatMoney } from '../../../shared/balance/format'
import type { MoneyMovementList } from '../../../shared/domain/moneyMovement'
import { dateTimeText } from './format'

/** The desk's own debits and credits (one row per money call, from the journal). */
export function MovementsTable({ list }: { list: MoneyMovementList }) {
  const { t, i18n } = useTranslation()
  if (list.movements.length === 0) return <p className="muted">{t('balance.movements.empty')}</p>
  const rows = [...list.movements].reverse()
  return (
    <>
      <table className="movements" aria-label={t('balance.movements.title')}>
        <thead>
          <tr>
            <th scope="col">{t('balance.movements.time')}</th>
            <th scope="col">{t('balance.movements.kind')}</th>
            <th scope="col">{t('balance.movements.order')}</th>
            <th scope="col" className="num">
              {t('balance.movements.amount')}
            </th>
            <th scope="col">{t('balance.movements.state')}</th>
            <th scope="col">{t('balance.movements.trace')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} className={`state-${m.state}`}>
              <td>{dateTimeText(i18n.language, m.createdAt)}</td>
              <td>{t(`balance.kind.${m.kind}`)}</td>
              <td>{m.orderNo ?? m.partnerOrderNo ?? '—'}</td>
              <td className="num">
                {m.kind === 'booking' ? '' : m.direction === 'debit' ? '− ' : '+ '}
                {formatMoney(m.amount, m.currency)}
              </td>
              <td>{t(`balance.state.${m.state}`)}</td>
              <td className="mono">{m.traceId ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.truncated && <p className="muted">{t('balance.movements.truncated', { n: list.movements.length })}</p>}
    </>
  )
}
