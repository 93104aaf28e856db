import { useTranslation } from 'react-i18next'
import type { FieldErrors } from '../../../components/form/fieldErrors'
import { Field } from '../../../components/form/Field'
import type { ContactDraft, ContactField } from './passengerDrafts'

const FIELDS: readonly { field: ContactField; type: string; autoComplete: string; hint?: 'passengers.contact.areaCodeHint' }[] = [
  { field: 'name', type: 'text', autoComplete: 'organization' },
  { field: 'areaCode', type: 'text', autoComplete: 'tel-country-code', hint: 'passengers.contact.areaCodeHint' },
  { field: 'phone', type: 'tel', autoComplete: 'tel-national' },
  { field: 'email', type: 'email', autoComplete: 'email' }
]

/** The agency contact FR24 keeps with the order (agentContact), remembered per profile. */
export function ContactFields({
  contact,
  errors,
  onEdit,
  onLeave
}: {
  contact: ContactDraft
  /** Only the errors to show now. */
  errors: FieldErrors<ContactField>
  onEdit(field: ContactField, value: string): void
  onLeave(field: ContactField): void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="pax pax-contact" aria-describedby="contact-hint">
      <legend>{t('passengers.contact.legend')}</legend>
      <p id="contact-hint" className="muted small">
        {t('passengers.contact.hint')}
      </p>
      {FIELDS.map(({ field, type, autoComplete, hint }) => {
        const error = errors[field]
        return (
          <Field key={field} id={`contact-${field}`} label={t(`passengers.contact.${field}`)} error={error ? t(error) : undefined} hint={hint ? t(hint) : undefined}>
            {(control) => (
              <input
                {...control}
                type={type}
                inputMode={field === 'areaCode' ? 'numeric' : undefined}
                autoComplete={autoComplete}
                className={field === 'areaCode' ? 'contact-area' : undefined}
                value={contact[field]}
                onChange={(event) => onEdit(field, event.target.value)}
                onBlur={() => onLeave(field)}
              />
            )}
          </Field>
        )
      })}
    </fieldset>
  )
}
