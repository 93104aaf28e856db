import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CredentialEnvironment } from '../../../shared/domain/environments'
import { ProfileDraft, type ProfileSummary } from '../../../shared/domain/profile'
import type { DeskError } from '../../../shared/errors'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/form/Field'
import { fieldErrors, hasFieldErrors, type FieldErrors, type FieldMessages } from '../../components/form/fieldErrors'
import { useFocusFirstInvalid } from '../../components/form/focusFirstInvalid'
import { callDesk } from '../../desk/client'

type ProfileField = 'name' | 'appKey' | 'appSecret' | 'aesKey'
const SECRET_FIELDS = ['appKey', 'appSecret', 'aesKey'] as const
/** One sentence per field, whatever rule it broke: each says every rule of its field. */
const MESSAGES = {
  name: 'profiles.invalid.name',
  appKey: 'profiles.invalid.appKey',
  appSecret: 'profiles.invalid.appSecret',
  aesKey: 'profiles.invalid.aesKey'
} as const satisfies FieldMessages<ProfileField>

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
  const [invalid, setInvalid] = useState<FieldErrors<ProfileField>>({})
  const [error, setError] = useState<DeskError>()
  const [busy, setBusy] = useState(false)
  const form = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(form)

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
    const parsed = ProfileDraft.safeParse(draft)
    const problems: FieldErrors<ProfileField> = parsed.success ? {} : fieldErrors(parsed.error.issues, MESSAGES)
    // The schema lets an edit leave keys out; a new account, or a new environment, needs all three.
    if (keysRequired) for (const field of SECRET_FIELDS) if (keys[field].trim() === '') problems[field] ??= MESSAGES[field]
    setInvalid(problems)
    if (!parsed.success || hasFieldErrors(problems)) {
      focusFirstInvalid()
      return
    }

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
  const message = (field: ProfileField) => (invalid[field] ? t(invalid[field]) : undefined)

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

      <Field id={fieldId('name')} label={t('profiles.name')} error={message('name')}>
        {(control) => <input {...control} value={name} maxLength={60} onChange={(event) => setName(event.target.value)} />}
      </Field>

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
        <Field
          key={field}
          id={fieldId(field)}
          label={t(`profiles.${field}`)}
          error={message(field)}
          hint={field === 'aesKey' ? t('profiles.aesHint') : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              value={keys[field]}
              placeholder={keysRequired ? undefined : t('profiles.keepSaved')}
              aria-required={keysRequired}
              onChange={(event) => setKeys((current) => ({ ...current, [field]: event.target.value }))}
            />
          )}
        </Field>
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
