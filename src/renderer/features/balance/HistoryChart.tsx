import { useTranslation } from 'react-i18next'
import { formatMoney, groupAmount } from '../../../shared/balance/format'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import type { MoneyMovement } from '../../../shared/domain/moneyMovement'
import { chartGeometry } from './chart'
import { dateTimeText } from './format'

/** Past this many readings the line is drawn without a dot per reading. */
const MAX_DOTS = 400

/** The balance over time as inline SVG, with the desk's own money calls marked under it. */
export function HistoryChart({ samples, movements }: { samples: readonly BalanceSnapshot[]; movements: readonly MoneyMovement[] }) {
  const { t, i18n } = useTranslation()
  const g = chartGeometry(samples, movements)
  const { box } = g
  const currency = samples[samples.length - 1]?.currency ?? ''
  if (g.points.length === 0) return <p className="muted">{t('balance.history.empty')}</p>

  return (
    <figure className="balance-chart">
      <svg
        role="img"
        aria-label={t('balance.history.chartLabel', { points: g.points.length, calls: g.markers.length })}
        viewBox={`0 0 ${box.width} ${box.height}`}
        width="100%"
        data-points={g.points.length}
        data-calls={g.markers.length}
      >
        <line className="axis" x1={box.left} y1={box.height - box.bottom} x2={box.width - box.right} y2={box.height - box.bottom} />
        {g.high !== undefined && (
          <text className="tick" x={box.left - 6} y={g.highY + 4} textAnchor="end">
            {groupAmount(g.high)}
          </text>
        )}
        {g.low !== undefined && g.low !== g.high && (
          <text className="tick" x={box.left - 6} y={g.lowY + 4} textAnchor="end">
            {groupAmount(g.low)}
          </text>
        )}
        <text className="tick" x={box.left} y={box.height - 8}>
          {dateTimeText(i18n.language, g.from)}
        </text>
        <text className="tick" x={box.width - box.right} y={box.height - 8} textAnchor="end">
          {dateTimeText(i18n.language, g.to)}
        </text>
        {g.markers.map((m) => (
          <g key={m.movement.id} className={`call call-${m.movement.direction} call-${m.movement.state}`} data-testid="history-call">
            <line x1={m.x} x2={m.x} y1={box.top} y2={box.height - box.bottom} />
            <title>
              {`${t(`balance.kind.${m.movement.kind}`)} ${m.movement.orderNo ?? ''} ${formatMoney(m.movement.amount, m.movement.currency)} · ${t(`balance.state.${m.movement.state}`)}`}
            </title>
          </g>
        ))}
        <path className="line" d={g.path} />
        {g.points.length <= MAX_DOTS &&
          g.points.map((p) => (
            <circle key={`${p.sample.receivedAt}-${p.x}`} className="point" cx={p.x} cy={p.y} r={3} data-testid="history-point">
              <title>{`${dateTimeText(i18n.language, p.sample.receivedAt)} · ${formatMoney(p.sample.balance, p.sample.currency)}`}</title>
            </circle>
          ))}
      </svg>
      <figcaption className="muted">
        {t('balance.history.legend', { currency })}
      </figcaption>
    </figure>
  )
}
