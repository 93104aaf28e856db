import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CredentialEnvironment } from '../../../shared/domain/environments'
import { ProfileDraft, type ProfileSummary } from '../../../shared/domain/profile'
import type { DeskError } from '../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFocusLater } from '../../components/focus'
import { callDesk } from '../../desk/client'

type Field = 'name' | 'appKey' | 'appSecret' | 'aesKey'
const SECRET_FIELDS = ['appKey', 'appSecret', 'aesKey'] as const
/** Form order: the first field in it with a problem gets focus. */
const FIELDS: readonly Field[] = ['name', ...SECRET_FIELDS]

/**
 * Add (no `editing`) or edit a Test or Production account. Key fields are never
 * filled with stored keys (the renderer never has them): on edit, an empty field
 * keeps the saved value. Typed keys live only in this form's state and are
 * cleared as soon as they are sent.
 */
export function ProfileForm({
  editing,
  onDone
}: {
  editing?: ProfileSummary
  onDone: (saved?: ProfileSummary) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [name, setName] = useState(editing?.name ?? '')
  const [environment, setEnvironment] = useState<CredentialEnvironment>(
    editing?.environment === 'production' ? 'production' : 'test'
  )
  const [keys, setKeys] = useState<Record<(typeof SECRET_FIELDS)[number], string>>({ appKey: '', appSecret: '', aesKey: '' })
  const [invalid, setInvalid] = useState<Partial<Record<Field, boolean>>>({})
  const [error, setError] = useState<DeskError>()
  const [busy, setBusy] = useState(false)
  const form = useRef<HTMLFormElement>(null)
  const focusLater = useFocusLater()

  // The form opens where the agent asked for it: start typing straight away.
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus()
  }, [])

  const adding = editing === undefined
  // Keys are issued per environment: a new account, or one moved to another environment, needs all three.
  const keysRequired = adding || editing.environment !== environment
  const production = environment === 'production'

  async function submit(event: FormEvent) {
    event.preventDefault()
    const draft = {
      ...(editing ? { id: editing.id } : {}),
      name,
      environment,
      ...Object.fromEntries(SECRET_FIELDS.filter((field) => keys[field] !== '').map((field) => [field, keys[field]]))
    }
    const problems: Partial<Record<Field, boolean>> = {}
    const parsed = ProfileDraft.safeParse(draft)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0]
        if (field === 'name' || field === 'appKey' || field === 'appSecret' || field === 'aesKey') problems[field] = true
      }
    }
    if (keysRequired) for (const field of SECRET_FIELDS) if (keys[field].trim() === '') problems[field] = true
    setInvalid(problems)
    const first = FIELDS.find((field) => problems[field])
    // After the errors are drawn, so the field is read with its error.
    if (first) focusLater(() => document.getElementById(fieldId(first)))
    if (!parsed.success || Object.keys(problems).length > 0) return

    setBusy(true)
    setError(undefined)
    const result = await callDesk('saveProfile', parsed.data)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    setKeys({ appKey: '', appSecret: '', aesKey: '' })
    onDone(result.value)
  }

  const fieldId = (field: string) => `${id}-${field}`
  const describedBy = (field: Field, ...more: string[]) =>
    [invalid[field] ? fieldId(`${field}-error`) : '', ...more].filter(Boolean).join(' ') || undefined

  return (
    <form
      ref={form}
      aria-busy={busy || undefined}
      className={`profile-form${production ? ' profile-form-production' : ''}`}
      aria-labelledby={fieldId('title')}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={fieldId('title')}>{adding ? t('profiles.addTitle') : t('profiles.editTitle', { name: editing.name })}</h3>

      <div className="field-row">
        <label htmlFor={fieldId('name')}>{t('profiles.name')}</label>
        <input
          id={fieldId('name')}
          value={name}
          maxLength={60}
          aria-invalid={invalid.name || undefined}
          aria-describedby={describedBy('name')}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {invalid.name && (
        <p className="field-error" id={fieldId('name-error')}>
          {t('profiles.invalid.name')}
        </p>
      )}

      <div className="field-row">
        <label htmlFor={fieldId('environment')}>{t('profiles.environment')}</label>
        <select
          id={fieldId('environment')}
          value={environment}
          onChange={(event) => setEnvironment(event.target.value as CredentialEnvironment)}
        >
          <option value="test">{t('account.test')}</option>
          <option value="production">{t('account.production')}</option>
        </select>
      </div>
      {production && (
        <p className="production-warning" role="note">
          {t('profiles.productionWarning')}
        </p>
      )}

      {SECRET_FIELDS.map((field) => (
        <div key={field}>
          <div className="field-row">
            <label htmlFor={fieldId(field)}>{t(`profiles.${field}`)}</label>
            <input
              id={fieldId(field)}
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              value={keys[field]}
              placeholder={keysRequired ? undefined : t('profiles.keepSaved')}
              aria-required={keysRequired}
              aria-invalid={invalid[field] || undefined}
              aria-describedby={describedBy(field, field === 'aesKey' ? fieldId('aes-hint') : '')}
              onChange={(event) => setKeys((current) => ({ ...current, [field]: event.target.value }))}
            />
          </div>
          {field === 'aesKey' && (
            <p className="muted field-hint" id={fieldId('aes-hint')}>
              {t('profiles.aesHint')}
            </p>
          )}
          {invalid[field] && (
            <p className="field-error" id={fieldId(`${field}-error`)}>
              {t(`profiles.invalid.${field}`)}
            </p>
          )}
        </div>
      ))}

      {error && <ErrorNotice error={error} onDismiss={() => setError(undefined)} />}

      <div className="form-buttons">
        <button type="submit" className={production ? 'primary production' : 'primary'} disabled={busy}>
          {busy ? t('profiles.saving') : production ? t('profiles.saveProduction') : t('profiles.save')}
        </button>
        <button type="button" onClick={() => onDone()} disabled={busy}>
          {t('profiles.cancel')}
        </button>
      </div>
    </form>
  )
}
