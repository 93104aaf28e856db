import { useTranslation } from 'react-i18next'
import { formatMoney } from '../../../shared/balance/format'
import type { BalanceView } from '../../../shared/domain/balanceView'
import { isZero } from '../../../shared/money'
import { ErrorNotice } from '../../components/ErrorNotice'
import { LEVEL_GLYPH } from './BalanceIndicator'
import { ageText, dateTimeText } from './format'

/** The four FR24 figures, "available to spend" with its explanation, FR24's time and how fresh it all is. */
export function BalanceFigures({ view, now }: { view: BalanceView; now: number }) {
  const { t, i18n } = useTranslation()
  const figures = view.figures
  const level = view.level
  const reason = view.staleReason

  return (
    <section className="panel balance-figures" aria-labelledby="balance-figures-title">
      <h2 id="balance-figures-title">
        {/* The built-in Sandbox is named in the agent's language, as in Settings. */}
        {view.environment === 'sandbox' ? t('account.sandbox') : view.profileName}
        <span className={`level-badge level-${level}`} data-testid="balance-level">
          <span aria-hidden="true">{LEVEL_GLYPH[level]} </span>
          {t(`balance.level.${level}`)}
        </span>
      </h2>

      {figures ? (
        <>
          <div className="available">
            <p className="available-label">{t('balance.available')}</p>
            <p className="available-amount" data-testid="available-to-spend">
              {formatMoney(figures.available.amount, figures.available.currency)}
            </p>
            <p className="muted available-explain">{t('balance.availableExplain')}</p>
            {!isZero(figures.snapshot.payable) && (
              <p className="available-committed" data-testid="payable-warning">
                {t('balance.payableWarning', { amount: formatMoney(figures.snapshot.payable, figures.snapshot.currency) })}
              </p>
            )}
            {!isZero(figures.available.committed) && (
              <p className="available-committed" data-testid="committed">
                {t('balance.committed', { amount: formatMoney(figures.available.committed, figures.available.currency) })}
              </p>
            )}
          </div>
          <dl className="figures">
            <div>
              <dt>{t('balance.balance')}</dt>
              <dd data-testid="figure-balance">{formatMoney(figures.snapshot.balance, figures.snapshot.currency)}</dd>
            </div>
            <div>
              <dt>{t('balance.creditLimit')}</dt>
              <dd data-testid="figure-credit">{formatMoney(figures.snapshot.creditLimit, figures.snapshot.currency)}</dd>
            </div>
            <div>
              <dt>{t('balance.payable')}</dt>
              <dd data-testid="figure-payable">{formatMoney(figures.snapshot.payable, figures.snapshot.currency)}</dd>
            </div>
            <div>
              <dt>{t('balance.currency')}</dt>
              <dd>{figures.snapshot.currency}</dd>
            </div>
            <div>
              <dt>{t('balance.serverTime')}</dt>
              <dd>
                {figures.serverTimeMs !== undefined
                  ? t('balance.serverTimeValue', { time: dateTimeText(i18n.language, figures.serverTimeMs), fr24: figures.snapshot.serverTime })
                  : (figures.snapshot.serverTime ?? '—')}
              </dd>
            </div>
            <div>
              <dt>{t('balance.received')}</dt>
              <dd data-testid="figure-age">{ageText(t, figures.snapshot.receivedAt, now)}</dd>
            </div>
          </dl>
        </>
      ) : (
        <p className="muted">{t('balance.notReadYet')}</p>
      )}

      {view.stale && reason && (
        <div className="balance-stale">
          <p role="status" className="notice notice-warn" data-testid="stale-reason">
            {t('balance.stale', { reason: t(`balance.reason.${reason.kind}`) })}
            {reason.since !== undefined && ` ${t('balance.since', { age: ageText(t, reason.since, now) })}`}
          </p>
          {/* The line above already announces it; the details are there to read and copy. */}
          {reason.error && <ErrorNotice error={reason.error} live={false} />}
        </div>
      )}
      {view.nextRefreshAt !== undefined && (
        <p className="muted">{t('balance.nextRefresh', { time: dateTimeText(i18n.language, view.nextRefreshAt) })}</p>
      )}
    </section>
  )
}
