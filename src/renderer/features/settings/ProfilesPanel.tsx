import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProfileSummary } from '../../../shared/domain/profile'
import type { DeskError } from '../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFocusLater } from '../../components/focus'
import { useProfileStore } from '../../stores/profiles'
import { ProfileForm } from './ProfileForm'
import { ProfileRow } from './ProfileRow'

type FormState = { mode: 'add' } | { mode: 'edit'; profile: ProfileSummary } | undefined

/** Settings → Accounts: the built-in Sandbox and the agent's Test and Production accounts. */
export function ProfilesPanel() {
  const { t } = useTranslation()
  const list = useProfileStore((s) => s.list)
  const loadError = useProfileStore((s) => s.loadError)
  const setList = useProfileStore((s) => s.setList)
  const [form, setForm] = useState<FormState>()
  const [error, setError] = useState<DeskError>()
  const [saved, setSaved] = useState<string>()
  const addButton = useRef<HTMLButtonElement>(null)
  const title = useRef<HTMLHeadingElement>(null)
  /** Where focus goes back to when the form closes: the button that opened it. */
  const openedFrom = useRef<HTMLElement | null>(null)
  const focusLater = useFocusLater()

  const keychain = list?.keychain
  // Adding an account stores keys, which needs a keychain that is there at all (a locked one can be unlocked at save).
  const noKeychain = keychain?.state === 'no-secret-service' || keychain?.state === 'module-missing'

  return (
    <section className="panel" aria-labelledby="profiles-title">
      <h2 id="profiles-title" ref={title} tabIndex={-1}>
        {t('profiles.title')}
      </h2>
      <p className="muted">{t('profiles.intro')}</p>

      {keychain && keychain.state !== 'available' && (
        <div role="alert" className="notice notice-warn">
          <p className="notice-message">{t(`profiles.keychain.${keychain.state}`)}</p>
          {/* The missing module is said in one sentence, in the agent's language: the desk's own words are that sentence. */}
          {keychain.message && keychain.state !== 'module-missing' && <p className="notice-action">{keychain.message}</p>}
        </div>
      )}
      {loadError && <ErrorNotice error={loadError} />}
      {error && <ErrorNotice error={error} onDismiss={() => setError(undefined)} />}

      {list && (
        <ul className="profile-list" aria-label={t('profiles.listLabel')}>
          {list.profiles.map((profile) => (
            <ProfileRow
              key={profile.id}
              profile={profile}
              onEdit={(editing) => {
                openedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
                setSaved(undefined)
                setForm({ mode: 'edit', profile: editing })
              }}
              onDeleted={() => focusLater(() => addButton.current ?? title.current)}
              onListChanged={(next) => {
                setError(undefined)
                setList(next)
              }}
              onError={setError}
            />
          ))}
        </ul>
      )}

      {saved && (
        <p role="status" className="muted">
          {t('profiles.saved', { name: saved })}
        </p>
      )}

      {form ? (
        <ProfileForm
          key={form.mode === 'edit' ? form.profile.id : 'add'}
          editing={form.mode === 'edit' ? form.profile : undefined}
          onDone={(profile) => {
            const from = openedFrom.current
            setForm(undefined)
            if (profile) setSaved(profile.name)
            focusLater(() => (from?.isConnected ? from : (addButton.current ?? title.current)))
          }}
        />
      ) : (
        <button
          ref={addButton}
          type="button"
          className="primary"
          disabled={noKeychain}
          onClick={() => {
            openedFrom.current = addButton.current
            setSaved(undefined)
            setForm({ mode: 'add' })
          }}
        >
          {t('profiles.add')}
        </button>
      )}
    </section>
  )
}
