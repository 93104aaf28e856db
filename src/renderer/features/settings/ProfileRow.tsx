import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMoney } from '../../../shared/balance/format'
import type { ConnectionTestResult, ProfileList, ProfileSummary } from '../../../shared/domain/profile'
import type { DeskError } from '../../../shared/errors'
import { Confirm } from '../../components/Confirm'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFocusLater } from '../../components/focus'
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
  onDeleted,
  onError
}: {
  profile: ProfileSummary
  onEdit: (profile: ProfileSummary) => void
  onListChanged: (list: ProfileList) => void
  /** The row is about to go: the panel puts focus somewhere that stays. */
  onDeleted: () => void
  onError: (error: DeskError) => void
}) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState<'activate' | 'delete'>()
  const [busy, setBusy] = useState(false)
  const [test, setTest] = useState<TestState>({ state: 'idle' })
  const production = profile.environment === 'production'
  const nameId = `profile-${profile.id}-name`
  const useButton = useRef<HTMLButtonElement>(null)
  const testButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const focusLater = useFocusLater()
  // The built-in Sandbox is named in the agent's language; other names are the agent's own.
  const name = profile.builtIn ? t('account.sandbox') : profile.name

  /** Closes the confirmation and puts focus back on the button that opened it. */
  function cancelConfirm() {
    const from = confirming === 'activate' ? useButton : deleteButton
    setConfirming(undefined)
    focusLater(from)
  }

  // The row's buttons only open the confirmation (a double click never confirms); its own button does.
  async function activate(confirmed = false) {
    if (production && !confirmed) return setConfirming('activate')
    setBusy(true)
    const result = await callDesk('setActiveProfile', { id: profile.id, ...(production ? { confirmProduction: true } : {}) })
    setBusy(false)
    setConfirming(undefined)
    if (result.ok) {
      onListChanged(result.value)
      // "Use this account" goes away once it is in use: focus moves to the row's next action.
      focusLater(testButton)
    } else {
      onError(result.error)
      focusLater(useButton)
    }
  }

  async function remove(confirmed = false) {
    if (!confirmed) return setConfirming('delete')
    setBusy(true)
    const result = await callDesk('deleteProfile', { id: profile.id })
    setBusy(false)
    setConfirming(undefined)
    if (result.ok) {
      onDeleted()
      onListChanged(result.value)
    } else {
      onError(result.error)
      focusLater(deleteButton)
    }
  }

  async function testConnection() {
    if (test.state === 'running') return
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
          <button
            ref={useButton}
            type="button"
            className={production ? 'production' : undefined}
            aria-expanded={production ? confirming === 'activate' : undefined}
            onClick={() => void activate()}
            disabled={busy}
          >
            {t('profiles.use')}
          </button>
        )}
        {/* aria-disabled keeps focus on the button while FR24 answers. */}
        <button
          ref={testButton}
          type="button"
          onClick={() => void testConnection()}
          aria-disabled={test.state === 'running' || undefined}
          aria-busy={test.state === 'running' || undefined}
        >
          {test.state === 'running' ? t('profiles.testing') : t('profiles.test')}
        </button>
        {!profile.builtIn && (
          <>
            <button type="button" onClick={() => onEdit(profile)} disabled={busy}>
              {t('profiles.edit')}
            </button>
            <button
              ref={deleteButton}
              type="button"
              className="danger"
              aria-expanded={confirming === 'delete'}
              onClick={() => void remove()}
              disabled={busy}
            >
              {t('profiles.delete')}
            </button>
          </>
        )}
      </div>

      {confirming && (
        <Confirm
          key={confirming}
          production={confirming === 'activate'}
          message={confirming === 'activate' ? t('profiles.confirmProduction', { name }) : t('profiles.confirmDelete', { name })}
          confirmLabel={confirming === 'activate' ? t('profiles.confirmProductionButton') : t('profiles.confirmDeleteButton')}
          cancelLabel={t('profiles.cancel')}
          busy={busy}
          onConfirm={() => void (confirming === 'activate' ? activate(true) : remove(true))}
          onCancel={cancelConfirm}
        />
      )}

      {test.state === 'ok' && (
        <p role="status" className="notice notice-ok">
          {t('profiles.connected', {
            balance: formatMoney(test.result.balance.balance, test.result.balance.currency),
            creditLimit: formatMoney(test.result.balance.creditLimit, test.result.balance.currency),
            payable: formatMoney(test.result.balance.payable, test.result.balance.currency)
          })}
        </p>
      )}
      {test.state === 'failed' && <ErrorNotice error={test.error} onDismiss={() => setTest({ state: 'idle' })} />}
    </li>
  )
}
