import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionTestResult, ProfileList, ProfileSummary } from '../../../shared/domain/profile'
import type { DeskError } from '../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { callDesk } from '../../desk/client'

type TestState =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'ok'; result: ConnectionTestResult }
  | { state: 'failed'; error: DeskError }

/** One account: its environment badge, what it uses, and what can be done with it. */
export function ProfileRow({
  profile,
  onEdit,
  onListChanged,
  onError
}: {
  profile: ProfileSummary
  onEdit: (profile: ProfileSummary) => void
  onListChanged: (list: ProfileList) => void
  onError: (error: DeskError) => void
}) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState<'activate' | 'delete'>()
  const [busy, setBusy] = useState(false)
  const [test, setTest] = useState<TestState>({ state: 'idle' })
  const production = profile.environment === 'production'
  const nameId = `profile-${profile.id}-name`
  const confirmId = `profile-${profile.id}-confirm`
  // The built-in Sandbox is named in the agent's language; other names are the agent's own.
  const name = profile.builtIn ? t('account.sandbox') : profile.name

  async function activate() {
    if (production && confirming !== 'activate') return setConfirming('activate')
    setBusy(true)
    const result = await callDesk('setActiveProfile', { id: profile.id, ...(production ? { confirmProduction: true } : {}) })
    setBusy(false)
    setConfirming(undefined)
    if (result.ok) onListChanged(result.value)
    else onError(result.error)
  }

  async function remove() {
    if (confirming !== 'delete') return setConfirming('delete')
    setBusy(true)
    const result = await callDesk('deleteProfile', { id: profile.id })
    setBusy(false)
    setConfirming(undefined)
    if (result.ok) onListChanged(result.value)
    else onError(result.error)
  }

  async function testConnection() {
    setTest({ state: 'running' })
    const result = await callDesk('testConnection', { id: profile.id })
    setTest(result.ok ? { state: 'ok', result: result.value } : { state: 'failed', error: result.error })
  }

  const meta = [
    profile.builtIn ? t('profiles.simulator') : profile.appKeyHint ? t('profiles.keyHint', { hint: profile.appKeyHint }) : undefined,
    !profile.builtIn && !profile.hasCredentials ? t('profiles.noKeys') : undefined,
    profile.baseUrl
  ].filter(Boolean)

  return (
    <li
      className={`profile-row profile-${profile.environment}${profile.isActive ? ' profile-active' : ''}`}
      aria-labelledby={nameId}
      aria-current={profile.isActive ? 'true' : undefined}
    >
      <div className="profile-head">
        <span className={`account-badge env-${profile.environment}`}>{t(`account.${profile.environment}`)}</span>
        <strong id={nameId}>{name}</strong>
        {profile.isActive && <span className="profile-tag">{t('profiles.inUse')}</span>}
        {profile.builtIn && <span className="profile-tag muted">{t('profiles.builtIn')}</span>}
      </div>
      {meta.length > 0 && <p className="muted profile-meta">{meta.join(' · ')}</p>}
      {production && <p className="production-warning">{t('profiles.productionWarning')}</p>}

      <div className="profile-actions">
        {!profile.isActive && (
          <button type="button" className={production ? 'production' : undefined} onClick={() => void activate()} disabled={busy}>
            {t('profiles.use')}
          </button>
        )}
        <button type="button" onClick={() => void testConnection()} disabled={test.state === 'running'}>
          {test.state === 'running' ? t('profiles.testing') : t('profiles.test')}
        </button>
        {!profile.builtIn && (
          <>
            <button type="button" onClick={() => onEdit(profile)} disabled={busy}>
              {t('profiles.edit')}
            </button>
            <button type="button" className="danger" onClick={() => void remove()} disabled={busy}>
              {t('profiles.delete')}
            </button>
          </>
        )}
      </div>

      {confirming && (
        <div className={`confirm${confirming === 'activate' ? ' confirm-production' : ''}`} role="group" aria-labelledby={confirmId}>
          <p id={confirmId}>
            {confirming === 'activate'
              ? t('profiles.confirmProduction', { name })
              : t('profiles.confirmDelete', { name })}
          </p>
          <div className="form-buttons">
            <button
              type="button"
              className="danger"
              onClick={() => void (confirming === 'activate' ? activate() : remove())}
              disabled={busy}
            >
              {confirming === 'activate' ? t('profiles.confirmProductionButton') : t('profiles.confirmDeleteButton')}
            </button>
            <button type="button" onClick={() => setConfirming(undefined)} disabled={busy}>
              {t('profiles.cancel')}
            </button>
          </div>
        </div>
      )}

      {test.state === 'ok' && (
        <p role="status" className="notice notice-ok">
          {t('profiles.connected', {
            balance: test.result.balance.balance,
            currency: test.result.balance.currency,
            creditLimit: test.result.balance.creditLimit,
            payable: test.result.balance.payable
          })}
        </p>
      )}
      {test.state === 'failed' && <ErrorNotice error={test.error} onDismiss={() => setTest({ state: 'idle' })} />}
    </li>
  )
}
