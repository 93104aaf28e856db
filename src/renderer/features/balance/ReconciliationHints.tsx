import { useTranslation } from 'react-i18next'
import { formatMoney } from '../../../shared/balance/format'
import type { ReconciliationHint } from '../../../shared/balance/reconcile'
import { dateTimeText } from './format'

const SHOWN = 5

/** Balance moves the desk's own calls do not explain (newest first). */
export function ReconciliationHints({ hints }: { hints: readonly ReconciliationHint[] }) {
  const { t, i18n } = useTranslation()
  if (hints.length === 0) return null
  const newest = [...hints].reverse().slice(0, SHOWN)
  return (
    <section className="panel" aria-labelledby="reconcile-title">
      <h2 id="reconcile-title">{t('balance.reconcile.title')}</h2>
      <p className="muted">{t('balance.reconcile.intro')}</p>
      <ul className="reconcile" data-testid="reconcile-hints">
        {newest.map((hint) => (
          <li key={`${hint.from}-${hint.to}`}>
            {t('balance.reconcile.item', {
              from: dateTimeText(i18n.language, hint.from),
              to: dateTimeText(i18n.language, hint.to),
              actual: formatMoney(hint.actualChange, hint.currency),
              explained: formatMoney(hint.explainedChange, hint.currency),
              unexplained: formatMoney(hint.unexplained, hint.currency)
            })}
          </li>
        ))}
      </ul>
    </section>
  )
}
