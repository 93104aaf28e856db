import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { reconciliationHints } from '../../../shared/balance/reconcile'
import { ErrorNotice } from '../../components/ErrorNotice'
import { callDesk } from '../../desk/client'
import { noEvents, useFeed } from '../../feeds/useFeed'
import { BalanceFigures } from './BalanceFigures'
import { BalanceSettingsForm } from './BalanceSettingsForm'
import { dateInputValue, sinceFromDateInput } from './balanceState'
import { useBalanceStore } from './balanceStore'
import { HistoryChart } from './HistoryChart'
import { MovementsTable } from './MovementsTable'
import { ReconciliationHints } from './ReconciliationHints'
import { useNow } from './useNow'

/** The account at a glance: figures, freshness, history, the desk's own money calls, warnings. */
export function BalanceScreen() {
  const { t } = useTranslation()
  const now = useNow()
  const view = useBalanceStore((s) => s.view)
  const loadError = useBalanceStore((s) => s.loadError)
  const refreshing = useBalanceStore((s) => s.refreshing)
  const since = useBalanceStore((s) => s.since)
  const history = useBalanceStore((s) => s.history)
  const movements = useBalanceStore((s) => s.movements)
  const actionError = useBalanceStore((s) => s.actionError)
  const { setView, setRefreshing, setSince, setHistory, setMovements, setActionError } = useBalanceStore.getState()

  const profileId = view?.profileId
  const lastSuccessAt = view?.lastSuccessAt
  // Reload when the account, the date or the latest reading changes; an answer for another is dropped.
  useFeed(
    () => ({
      name: 'balance history',
      load: async () => {
        const [history, movements] = await Promise.all([callDesk('balanceHistory', { since }), callDesk('balanceMovements', { since })])
        return { ok: true, value: { history, movements } }
      },
      follow: noEvents,
      apply: ({ history: h, movements: m }) => {
        if (h.ok) setHistory(h.value)
        if (m.ok) setMovements(m.value)
        setActionError(!h.ok ? h.error : !m.ok ? m.error : undefined)
      },
      fail: setActionError
    }),
    profileId && `${profileId}|${since}|${lastSuccessAt ?? ''}`
  )

  const hints = useMemo(
    () => (history && movements ? reconciliationHints(history.samples, movements.movements) : []),
    [history, movements]
  )

  const busy = refreshing || view?.refreshing === true
  const refresh = async () => {
    if (busy) return
    setRefreshing(true)
    const result = await callDesk('refreshBalance')
    setRefreshing(false)
    if (result.ok) setView(result.value)
    else setActionError(result.error)
  }

  return (
    <section className="screen balance-screen" aria-labelledby="screen-title">
      <div className="screen-head">
        <h1 id="screen-title" tabIndex={-1}>{t('balance.title')}</h1>
        {/* aria-disabled, not disabled: focus stays on the button while FR24 answers. */}
        <button
          type="button"
          className="primary"
          onClick={() => void refresh()}
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
        >
          {busy ? t('balance.refreshing') : t('balance.refresh')}
        </button>
      </div>
      {loadError && <ErrorNotice error={loadError} />}
      {actionError && <ErrorNotice error={actionError} onDismiss={() => setActionError(undefined)} />}
      {view && <BalanceFigures view={view} now={now} />}
      <ReconciliationHints hints={hints} />

      <section className="panel" aria-labelledby="balance-history-title">
        <h2 id="balance-history-title">{t('balance.history.title')}</h2>
        <div className="field-row">
          <label htmlFor="balance-since">{t('balance.history.since')}</label>
          <input
            id="balance-since"
            type="date"
            value={dateInputValue(since)}
            onChange={(event) => {
              const next = sinceFromDateInput(event.target.value)
              if (next !== undefined) setSince(next)
            }}
          />
        </div>
        {history && <HistoryChart samples={history.samples} movements={movements?.movements ?? []} />}
        <h3>{t('balance.movements.title')}</h3>
        {movements && <MovementsTable list={movements} />}
      </section>

      {view && <BalanceSettingsForm key={view.profileId} view={view} />}
    </section>
  )
}
