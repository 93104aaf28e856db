import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BalanceSettingsInput, MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS, type BalanceView } from '../../../shared/domain/balanceView'
import type { DeskError } from '../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFocusLater } from '../../components/focus'
import { callDesk } from '../../desk/client'
import { useBalanceStore } from './balanceStore'

type Field = 'low' | 'critical' | 'intervalSeconds'
/** Form order: the first field in it with a problem gets focus. */
const FIELD_IDS: ReadonlyArray<[Field, string]> = [
  ['low', 'balance-low'],
  ['critical', 'balance-critical'],
  ['intervalSeconds', 'balance-interval']
]
const { shape } = BalanceSettingsInput

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
  const focusLater = useFocusLater()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    setError(undefined)
    const input = {
      low: low.trim().replace(/,/g, ''),
      critical: critical.trim().replace(/,/g, ''),
      intervalSeconds: interval.trim() === '' ? Number.NaN : Number(interval),
      closeToTray
    }
    // Each field on its own first: the "critical ≤ low" rule compares amounts, so it is
    // only asked once both are amounts. What the agent typed stays in the fields.
    const next: Partial<Record<Field, string>> = {}
    if (!shape.low.safeParse(input.low).success) next.low = t('balance.settings.invalidAmount')
    if (!shape.critical.safeParse(input.critical).success) next.critical = t('balance.settings.invalidAmount')
    if (!shape.intervalSeconds.safeParse(input.intervalSeconds).success) next.intervalSeconds = t('balance.settings.invalidInterval')
    const parsed = Object.keys(next).length === 0 ? BalanceSettingsInput.safeParse(input) : undefined
    if (parsed && !parsed.success) next.critical = t('balance.settings.criticalAboveLow')
    if (!parsed?.success) {
      setInvalid(next)
      const first = FIELD_IDS.find(([field]) => next[field])
      if (first) focusLater(() => document.getElementById(first[1]))
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
      <form className="balance-settings" onSubmit={(event) => void submit(event)} noValidate aria-busy={saving || undefined}>
        <AmountField id="balance-low" label={t('balance.settings.low', { currency })} value={low} error={invalid.low} onChange={setLow} />
        <AmountField
          id="balance-critical"
          label={t('balance.settings.critical', { currency })}
          value={critical}
          error={invalid.critical}
          onChange={setCritical}
        />
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
            aria-describedby={invalid.intervalSeconds ? 'balance-interval-error' : 'balance-interval-hint'}
            onChange={(e) => setIntervalText(e.target.value)}
          />
          {invalid.intervalSeconds ? (
            <span id="balance-interval-error" className="field-error">
              {invalid.intervalSeconds}
            </span>
          ) : (
            <span id="balance-interval-hint" className="muted">
              {t('balance.settings.intervalHint')}
            </span>
          )}
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
          <span role="status" className="muted">
            {saved ? t('balance.settings.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  )
}

/** A threshold input: what the agent typed stays, and its problem is announced next to it. */
function AmountField(props: { id: string; label: string; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const errorId = `${props.id}-error`
  return (
    <div className="field-row">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        inputMode="decimal"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error && (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  )
}
