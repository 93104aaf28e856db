import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Diagnostics } from '../../../shared/domain/diagnostics'
import type { DeskError } from '../../../shared/errors'
import { Confirm } from '../../components/Confirm'
import { BUILT_AT } from '../../app/build'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFocusLater } from '../../components/focus'
import { callDesk } from '../../desk/client'
import { noEvents, useFeed } from '../../feeds/useFeed'

/**
 * Settings → Diagnostics: recent FR24 calls (no bodies), answers that drifted from the
 * documented shape, a redacted support bundle per trace id, and the Sandbox reset.
 */
export function DiagnosticsPanel() {
  const { t, i18n } = useTranslation()
  const [data, setData] = useState<Diagnostics>()
  const [error, setError] = useState<DeskError>()
  const [copied, setCopied] = useState<string>()
  const [resetState, setResetState] = useState<'idle' | 'confirm' | 'resetting' | 'done'>('idle')
  const [loading, setLoading] = useState(false)
  const resetButton = useRef<HTMLButtonElement>(null)
  const focusLater = useFocusLater()

  const refresh = useFeed(
    () => ({ name: 'diagnostics', load: () => callDesk('diagnostics'), follow: noEvents, apply: setData, fail: setError }),
    'diagnostics'
  )
  const load = async () => {
    setLoading(true)
    await refresh()
    setLoading(false)
  }

  async function copyBundle(traceId: string) {
    const result = await callDesk('supportBundle', { traceId })
    if (!result.ok) return setError(result.error)
    await navigator.clipboard?.writeText(result.value.text).catch(() => undefined)
    setCopied(traceId)
  }

  async function resetSandbox() {
    setResetState('resetting')
    const result = await callDesk('resetSandbox')
    setResetState(result.ok ? 'done' : 'idle')
    focusLater(resetButton)
    if (!result.ok) return setError(result.error)
    void load()
  }

  function cancelReset() {
    setResetState('idle')
    focusLater(resetButton)
  }

  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' })

  return (
    <section className="panel" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title" tabIndex={-1}>{t('diagnostics.title')}</h2>
      {data && (
        <p className="muted" data-testid="build">
          {BUILT_AT
            ? t('diagnostics.build', {
                version: data.appVersion,
                builtAt: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(BUILT_AT))
              })
            : t('diagnostics.buildFromSource', { version: data.appVersion })}
        </p>
      )}
      {error && <ErrorNotice error={error} onDismiss={() => setError(undefined)} />}
      <div className="field-row">
        <button
          type="button"
          onClick={() => {
            if (!loading) void load()
          }}
          aria-disabled={loading || undefined}
          aria-busy={loading || undefined}
        >
          {t('diagnostics.reload')}
        </button>
        {data && (
          <span className="muted" data-testid="drift-total">
            {t('diagnostics.drift', { count: data.driftTotal })} · {t('diagnostics.inferred', { count: data.inferredFieldCount })}
          </span>
        )}
      </div>
      {data && data.calls.length === 0 && <p className="muted">{t('diagnostics.noCalls')}</p>}
      {data && data.calls.length > 0 && (
        <table className="table" aria-label={t('diagnostics.callsLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('diagnostics.time')}</th>
              <th scope="col">{t('diagnostics.endpoint')}</th>
              <th scope="col">{t('diagnostics.outcome')}</th>
              <th scope="col">{t('diagnostics.code')}</th>
              <th scope="col" className="num">
                {t('diagnostics.duration')}
              </th>
              <th scope="col">{t('diagnostics.traceId')}</th>
            </tr>
          </thead>
          <tbody>
            {data.calls.map((call) => (
              <tr key={call.seq}>
                <td className="num-time">{time.format(call.startedAt)}</td>
                <td>{call.endpoint}</td>
                <td>{call.uncertain ? t('diagnostics.uncertain') : call.outcome}</td>
                <td>{call.code ?? call.httpStatus ?? ''}</td>
                <td className="num">{call.durationMs} ms</td>
                <td>
                  {call.traceId && (
                    <button type="button" className="link" onClick={() => void copyBundle(call.traceId!)}>
                      {copied === call.traceId ? t('diagnostics.copied') : call.traceId}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && data.drift.length > 0 && (
        <ul className="drift-list">
          {data.drift.map((d) => (
            <li key={`${d.endpoint}|${d.path}|${d.problem}`}>
              {d.endpoint} · {d.path} · {d.problem} × {d.count}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('diagnostics.sandboxTitle')}</h3>
      <p className="muted">{t('diagnostics.sandboxHint')}</p>
      {resetState === 'confirm' || resetState === 'resetting' ? (
        <Confirm
          message={t('diagnostics.resetConfirm')}
          confirmLabel={t('diagnostics.resetYes')}
          cancelLabel={t('diagnostics.resetNo')}
          busy={resetState === 'resetting'}
          onConfirm={() => void resetSandbox()}
          onCancel={cancelReset}
        />
      ) : (
        <button ref={resetButton} type="button" onClick={() => setResetState('confirm')}>
          {t('diagnostics.resetSandbox')}
        </button>
      )}
      <p role="status" className="muted status-line">
        {resetState === 'done' ? t('diagnostics.resetDone') : ''}
      </p>
    </section>
  )
}
