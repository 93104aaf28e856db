import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  BalanceSettingsInput,
  CRITICAL_ABOVE_LOW,
  MAX_INTERVAL_SECONDS,
  MIN_INTERVAL_SECONDS,
  type BalanceView
} from '../../../shared/domain/balanceView'
import type { DeskError } from '../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/form/Field'
import { fieldErrors, ruleOf, type FieldErrors, type FieldMessages } from '../../components/form/fieldErrors'
import { useFocusFirstInvalid } from '../../components/form/focusFirstInvalid'
import { callDesk } from '../../desk/client'
import { useBalanceStore } from './balanceStore'

type BalanceField = 'low' | 'critical' | 'intervalSeconds'

/** Critical's own checks come first: "critical ≤ low" is only asked of two real amounts. */
const MESSAGES: FieldMessages<BalanceField> = {
  low: 'balance.settings.invalidAmount',
  critical: (issue) => (ruleOf(issue) === CRITICAL_ABOVE_LOW ? 'balance.settings.criticalAboveLow' : 'balance.settings.invalidAmount'),
  intervalSeconds: 'balance.settings.invalidInterval'
}

/** Thresholds for this account (in its currency), the refresh interval and close-to-tray. */
export function BalanceSettingsForm({ view }: { view: BalanceView }) {
  const { t } = useTranslation()
  const setView = useBalanceStore((s) => s.setView)
  const [low, setLow] = useState(view.thresholds.low)
  const [critical, setCritical] = useState(view.thresholds.critical)
  const [interval, setIntervalText] = useState(String(view.intervalSeconds))
  const [closeToTray, setCloseToTray] = useState(view.closeToTray)
  const [invalid, setInvalid] = useState<FieldErrors<BalanceField>>({})
  const [error, setError] = useState<DeskError>()
  const [saved, setSaved] = useState(false)
  const [saving, setSaving] = useState(false)
  const currency = view.figures?.snapshot.currency ?? ''
  const form = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(form)
  const message = (field: BalanceField) => (invalid[field] ? t(invalid[field]) : undefined)

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
    // What the agent typed stays in the fields; each bad one says why, the first takes focus.
    const parsed = BalanceSettingsInput.safeParse(input)
    if (!parsed.success) {
      setInvalid(fieldErrors(parsed.error.issues, MESSAGES))
      focusFirstInvalid()
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
      <form ref={form} className="balance-settings" onSubmit={(event) => void submit(event)} noValidate aria-busy={saving || undefined}>
        <Field id="balance-low" label={t('balance.settings.low', { currency })} error={message('low')}>
          {(control) => <input {...control} inputMode="decimal" value={low} onChange={(e) => setLow(e.target.value)} />}
        </Field>
        <Field id="balance-critical" label={t('balance.settings.critical', { currency })} error={message('critical')}>
          {(control) => <input {...control} inputMode="decimal" value={critical} onChange={(e) => setCritical(e.target.value)} />}
        </Field>
        <Field
          id="balance-interval"
          label={t('balance.settings.interval')}
          error={message('intervalSeconds')}
          hint={t('balance.settings.intervalHint')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={MIN_INTERVAL_SECONDS}
              max={MAX_INTERVAL_SECONDS}
              step={1}
              value={interval}
              onChange={(e) => setIntervalText(e.target.value)}
            />
          )}
        </Field>
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
