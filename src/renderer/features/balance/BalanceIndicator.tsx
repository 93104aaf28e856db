import { useTranslation } from 'react-i18next'
import { formatMoney } from '../../../shared/balance/format'
import type { BalanceLevel } from '../../../shared/domain/balanceView'
import { useBalanceStore } from './balanceStore'
import { shownLevel } from './balanceState'
import { navigate } from '../../navigation/useRoute'

/** A shape per level, so the level never rests on colour alone (the word follows it too). */
export const LEVEL_GLYPH: Readonly<Record<BalanceLevel, string>> = {
  ok: '✓',
  low: '↓',
  critical: '!',
  stale: '◷',
  error: '✕'
}

/**
 * The header's balance: available to spend and the level, the same state the tray shows
 * (main computes both from one object). Opens the Balance screen. It only reads the
 * balance store: the frame's balance feed fills it, whether or not this is on screen.
 */
export function BalanceIndicator() {
  const { t } = useTranslation()
  const view = useBalanceStore((s) => s.view)
  const level = useBalanceStore(shownLevel)
  const available = view?.figures?.available
  const amount = available ? formatMoney(available.amount, available.currency) : '—'

  return (
    <div role="status" aria-label={t('balance.indicator.label')} className={`balance-indicator level-${level}`} data-level={level}>
      <button
        type="button"
        className="balance-indicator-button"
        title={view?.tooltip ?? t('balance.indicator.open')}
        onClick={() => navigate({ screen: 'balance' })}
      >
        <span className="balance-indicator-glyph" aria-hidden="true">
          {LEVEL_GLYPH[level]}
        </span>
        <span className="balance-indicator-amount" data-testid="balance-indicator-amount">
          {amount}
        </span>
        <span className="balance-indicator-level" data-testid="balance-indicator-level">
          {t(`balance.level.${level}`)}
        </span>
      </button>
    </div>
  )
}
