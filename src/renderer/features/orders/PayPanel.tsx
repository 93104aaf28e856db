import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { PayQuote } from '../../../shared/domain/booking'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/form/Field'
import { moneyText } from '../search/results/format'
import { payCheck, readAmount, type PayState } from './orderPage'

export interface PayPanelProps {
  pay: PayState
  onQuote(): void
  onType(typed: string): void
  onPay(): void
}

/** The Pay region: what paying does to the balance, the confirmation (stronger in Production), and Pay. */
export function PayPanel({ pay, onQuote, onType, onPay }: PayPanelProps) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <section className="order-pay" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('order.pay.region')}</h2>
      {(pay.kind === 'idle' || pay.kind === 'quoting') && (
        <p role="status" className="book-wait">
          {t('order.pay.quoteLoading')}
        </p>
      )}
      {pay.kind === 'quoteFailed' && (
        <>
          <ErrorNotice error={pay.error} />
          <button type="button" onClick={onQuote}>
            {t('order.pay.quoteAgain')}
          </button>
        </>
      )}
      {(pay.kind === 'quoted' || pay.kind === 'payFailed' || pay.kind === 'paying') && (
        <Quoted quote={pay.quote} typed={pay.kind === 'paying' ? (pay.request.confirmedAmount ?? '') : pay.typed} paying={pay.kind === 'paying'} onType={onType} onPay={onPay} onQuote={onQuote} />
      )}
      {pay.kind === 'payFailed' && <ErrorNotice error={pay.error} />}
      {pay.kind === 'paid' && (
        <p className="notice notice-ok" role="status">
          {pay.already ? t('order.pay.already') : t('order.pay.paid')}
        </p>
      )}
      {pay.kind === 'uncertain' && (
        <p className="notice notice-warn" role="alert">
          {t('order.pay.uncertain')}
        </p>
      )}
    </section>
  )
}

function Quoted({ quote, typed, paying, onType, onPay, onQuote }: { quote: PayQuote; typed: string; paying: boolean; onType(typed: string): void; onPay(): void; onQuote(): void }) {
  const { t, i18n } = useTranslation()
  const money = (amount: string) => moneyText(i18n.language, amount, quote.currency)
  const production = quote.environment === 'production'
  const check = payCheck(quote, typed)
  const fieldId = useId()
  const plainAmount = quote.amount
  const typedWrong = production && typed.trim() !== '' && (readAmount(typed) === undefined || check.ok === false)
  return (
    <>
      <dl className="pay-figures">
        <dt>{t('order.pay.amount')}</dt>
        <dd data-testid="pay-amount">{money(quote.amount)}</dd>
        <dt>{t('order.pay.balance')}</dt>
        <dd>{money(quote.balance)}</dd>
        <dt>{t('order.pay.availableBefore')}</dt>
        <dd data-testid="available-before">{money(quote.availableBefore)}</dd>
        <dt>{t('order.pay.availableAfter')}</dt>
        <dd data-testid="available-after">{money(quote.availableAfter)}</dd>
      </dl>
      {quote.amountChanged && <p className="notice notice-warn">{t('order.pay.amountChanged')}</p>}
      {quote.shortBy !== undefined ? (
        <div className="notice notice-error" role="alert">
          <p>{t('order.pay.short', { amount: money(quote.shortBy) })}</p>
          <button type="button" onClick={onQuote}>
            {t('order.pay.quoteAgain')}
          </button>
        </div>
      ) : (
        <p className={production ? 'confirm-production-text' : undefined}>
          {production ? t('order.pay.confirmProduction', { amount: money(quote.amount) }) : t('order.pay.confirm', { amount: money(quote.amount) })}
        </p>
      )}
      {production && quote.shortBy === undefined && (
        <Field id={fieldId} label={t('order.pay.typeAmount')} hint={t('order.pay.typeAmountHint', { amount: plainAmount })} error={typedWrong ? t('order.pay.amountMismatch', { amount: plainAmount }) : undefined}>
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" value={typed} disabled={paying} onChange={(e) => onType(e.target.value)} />}
        </Field>
      )}
      {paying && (
        <p role="status" className="book-wait">
          {t('order.pay.paying')}
        </p>
      )}
      <div className="form-buttons">
        {/* aria-disabled, not disabled: focus stays on Pay while the call runs; the store sends one payment whatever is clicked. */}
        <button
          type="button"
          className={production ? 'danger' : 'primary'}
          aria-disabled={paying || !check.ok || undefined}
          aria-busy={paying || undefined}
          onClick={() => {
            if (!paying && check.ok) onPay()
          }}
        >
          {t('order.pay.pay')}
        </button>
      </div>
    </>
  )
}
