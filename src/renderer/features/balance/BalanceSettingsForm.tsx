import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BalanceSettingsInput, MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS, type BalanceView } from '../../../shared/domain/balanceView'
import type { DeskError } from '../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { callDesk } from '../../desk/client'
import { useBalanceStore } from './balanceStore'

type Field = 'low' | 'critical' | 'intervalSeconds'

/** Thresholds for this account (in its currency), the refresh interval and close-to-tray. */
export function BalanceSettingsForm({ view }: { view: BalanceView }) {
  const { t } = useTranslation()
  const setView = useBalanceStore((s) => s.setView)
  const [low, setLow] = useState(view.thresholds.low)
  const [critical, setCritical] = useState(view.thresholds.critical)
  const [interval, setIntervalText] = useState(String(view.intervalSeconds))
  const [closeToTray, setCloseToTray] = useState(view.closeToTray)
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({})
  const [error, setError] = useState<DeskError>()
  const [saved, setSaved] = useState(false)
  const [saving, setSaving] = useState(false)
  const currency = view.figures?.snapshot.currency ?? ''

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    setError(undefined)
    const parsed = BalanceSettingsInput.safeParse({
      low: low.trim().replace(/,/g, ''),
      critical: critical.trim().replace(/,/g, ''),
      intervalSeconds: Number(interval),
      closeToTray
    })
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {}
      for (const issue of parsed.error.issues) {
        const field = issue.path[0]
        if (field === 'intervalSeconds') next.intervalSeconds = t('balance.settings.invalidInterval')
        else if (field === 'critical' && issue.message.includes('above')) next.critical = t('balance.settings.criticalAboveLow')
        else if (field === 'low' || field === 'critical') next[field] = t('balance.settings.invalidAmount')
      }
      setInvalid(next)
      return
    }
    setInvalid({})
    setSaving(true)
    const result = await callDesk('setBalanceSettings', parsed.data)
    setSaving(false)
    if (!result.ok) return setError(result.error)
    setView(result.value)
    setSaved(true)
  }

  return (
    <section className="panel" aria-labelledby="balance-settings-title">
      <h2 id="balance-settings-title">{t('balance.settings.title')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field-row">
          <label htmlFor="balance-low">{t('balance.settings.low', { currency })}</label>
          <input
            id="balance-low"
            inputMode="decimal"
            value={low}
            aria-invalid={invalid.low ? true : undefined}
            aria-describedby={invalid.low ? 'balance-low-error' : undefined}
            onChange={(e) => setLow(e.target.value)}
          />
          {invalid.low && (
            <span id="balance-low-error" className="field-error">
              {invalid.low}
            </span>
          )}
        </div>
        <div className="field-row">
          <label htmlFor="balance-critical">{t('balance.settings.critical', { currency })}</label>
          <input
            id="balance-critical"
            inputMode="decimal"
            value={critical}
            aria-invalid={invalid.critical ? true : undefined}
            aria-describedby={invalid.critical ? 'balance-critical-error' : undefined}
            onChange={(e) => setCritical(e.target.value)}
          />
          {invalid.critical && (
            <span id="balance-critical-error" className="field-error">
              {invalid.critical}
            </span>
          )}
        </div>
        <div className="field-row">
          <label htmlFor="balance-interval">{t('balance.settings.interval')}</label>
          <input
            id="balance-interval"
            type="number"
            min={MIN_INTERVAL_SECONDS}
            max={MAX_INTERVAL_SECONDS}
            step={1}
            value={interval}
            aria-invalid={invalid.intervalSeconds ? true : undefined}
            aria-describedby="balance-interval-hint"
            onChange={(e) => setIntervalText(e.target.value)}
          />
          <span id="balance-interval-hint" className={invalid.intervalSeconds ? 'field-error' : 'muted'}>
            {invalid.intervalSeconds ?? t('balance.settings.intervalHint')}
          </span>
        </div>
        <div className="field-row">
          <input id="balance-close-to-tray" type="checkbox" checked={closeToTray} onChange={(e) => setCloseToTray(e.target.checked)} />
          <label htmlFor="balance-close-to-tray">{t('balance.settings.closeToTray')}</label>
        </div>
        {error && <ErrorNotice error={error} onDismiss={() => setError(undefined)} />}
        <div className="field-row">
          <button type="submit" className="primary" disabled={saving}>
            {t('balance.settings.save')}
          </button>
          {saved && (
            <span role="status" className="muted">
              {t('balance.settings.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  )
}
