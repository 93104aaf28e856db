import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/domain/app'
import type { AgencyContact, PassengerInput } from '../../../../shared/domain/booking'
import type { DeskError } from '../../../../shared/errors'
import type { PassengerField } from '../../../../shared/passengers'
import { ErrorNotice } from '../../../components/ErrorNotice'
import type { FieldErrors } from '../../../components/form/fieldErrors'
import { useFocusFirstInvalid } from '../../../components/form/focusFirstInvalid'
import { callDesk } from '../../../desk/client'
import { COUNTRY_CODES } from './countries'
import { localToday } from './documentDates'
import {
  applyMrz,
  applyNameText,
  applyNames,
  checkDrafts,
  contactDraftOf,
  editField,
  fieldId,
  isEmptyContact,
  NO_INTERACTION,
  shownProblems,
  toAgencyContact,
  toPassengerInputs,
  type ContactDraft,
  type ContactField,
  type DraftField,
  type Interaction,
  type PassengerDraft
} from './passengerDrafts'
import { PassengerForm } from './PassengerForm'
import { ContactFields } from './ContactFields'
import './passengers.css'

export interface PassengersStepProps {
  drafts: PassengerDraft[]
  onDrafts(next: PassengerDraft[]): void
  contact: ContactDraft
  onContact(next: ContactDraft): void
  /** The first and last flight days (airport-local departure dates), for ages and document validity. */
  travel: { firstDate: string; lastDate: string }
  onContinue(passengers: PassengerInput[], contact: AgencyContact): void
  onBack(): void
}

const mark = (set: ReadonlySet<string>, id: string) => (set.has(id) ? set : new Set([...set, id]))

/**
 * The passengers step: one fieldset per passenger and the agency contact. It checks as the agent
 * types (shared/passengers rules) and says what is wrong in the field, in their language;
 * Continue remembers the contact for the profile and hands the passengers to the flow, or takes
 * focus to the first wrong field. The flow's store holds the drafts (the step is controlled).
 */
export function PassengersStep({ drafts, onDrafts, contact, onContact, travel, onContinue, onBack }: PassengersStepProps) {
  const { t, i18n } = useTranslation()
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en'
  const today = localToday(new Date())
  const form = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(form)
  const [done, setDone] = useState<Interaction>(NO_INTERACTION)
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<DeskError | undefined>(undefined)

  const context = useMemo(() => ({ language, today, countries: COUNTRY_CODES }), [language, today])
  const problems = useMemo(() => checkDrafts(drafts, travel, context), [drafts, travel, context])
  const shown = shownProblems(problems, done)

  const contactChecked = toAgencyContact(contact)
  const contactErrors: FieldErrors<ContactField> = {}
  if (!contactChecked.ok) {
    for (const [field, key] of Object.entries(contactChecked.errors) as [ContactField, (typeof contactChecked.errors)[ContactField]][]) {
      if (done.submitted || done.left.has(`contact-${field}`)) contactErrors[field] = key
    }
  }

  // The contact remembered for this profile fills an empty form once; what the agent typed meanwhile wins.
  const latestContact = useRef(contact)
  useEffect(() => {
    latestContact.current = contact
  }, [contact])
  useEffect(() => {
    if (!isEmptyContact(latestContact.current)) return
    let current = true
    void callDesk('agencyContact').then((answer) => {
      // Without a remembered contact (or when main cannot say) the agent types it: nothing to show.
      if (!current || !answer.ok || !answer.value.contact || !isEmptyContact(latestContact.current)) return
      onContact(contactDraftOf(answer.value.contact))
    })
    return () => {
      current = false
    }
    // Once per visit of the step: a later onContact identity must not reload it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const edited = (id: string) => setDone((d) => ({ ...d, edited: mark(d.edited, id) }))
  const left = (id: string) => setDone((d) => ({ ...d, left: mark(d.left, id) }))
  const edit = (index: number, field: DraftField, value: string) => {
    onDrafts(editField(drafts, index, field, value as never))
    edited(fieldId(index, field))
  }
  const leave = (index: number, field: PassengerField) => left(fieldId(index, field))
  /** A paste helper filled fields: they are said at once, as if typed and left. */
  const filledAll = (index: number, fields: readonly PassengerField[]) =>
    setDone((d) => ({ ...d, left: fields.reduce((set, field) => mark(set, fieldId(index, field)), d.left) }))

  async function send(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    setDone((d) => ({ ...d, submitted: true }))
    const passengers = toPassengerInputs(drafts, travel, context)
    const agency = toAgencyContact(contact)
    if (!passengers.ok || !agency.ok) return focusFirstInvalid()
    setSaving(true)
    setSaveError(undefined)
    const saved = await callDesk('saveAgencyContact', agency.contact)
    setSaving(false)
    if (!saved.ok) return setSaveError(saved.error)
    onContinue(passengers.passengers, agency.contact)
  }

  function continueUnsaved() {
    const passengers = toPassengerInputs(drafts, travel, context)
    const agency = toAgencyContact(contact)
    if (passengers.ok && agency.ok) onContinue(passengers.passengers, agency.contact)
  }

  return (
    <section className="passengers-step" aria-labelledby="passengers-title">
      <h2 id="passengers-title">{t('passengers.title')}</h2>
      <p className="muted">{t('passengers.intro')}</p>
      <form ref={form} noValidate onSubmit={(event) => void send(event)} aria-busy={saving || undefined}>
        {drafts.map((_, index) => (
          <PassengerForm
            key={index}
            drafts={drafts}
            index={index}
            language={language}
            today={today}
            shown={shown}
            onEdit={(field, value) => edit(index, field, value)}
            onLeave={(field) => leave(index, field)}
            onMrz={(passport) => {
              onDrafts(applyMrz(drafts, index, passport, language))
              filledAll(index, ['surname', 'givenNames', 'sex', 'birthday', 'documentType', 'documentNumber', 'issuingCountry', 'nationality', 'documentExpiry'])
            }}
            onNameText={(text) => {
              const next = applyNameText(drafts, index, text)
              if (!next) return false
              onDrafts(next)
              filledAll(index, ['surname', 'givenNames'])
              return true
            }}
            onNames={(parts) => {
              onDrafts(applyNames(drafts, index, parts))
              filledAll(index, ['surname', 'givenNames'])
            }}
          />
        ))}
        <ContactFields
          contact={contact}
          errors={contactErrors}
          onEdit={(field, value) => {
            onContact({ ...contact, [field]: value })
            edited(`contact-${field}`)
          }}
          onLeave={(field) => left(`contact-${field}`)}
        />
        {saveError && (
          <div className="save-failed">
            <p className="notice-message">{t('passengers.contact.saveFailed')}</p>
            <ErrorNotice error={saveError} onDismiss={() => setSaveError(undefined)} />
            <button type="button" onClick={continueUnsaved}>
              {t('passengers.contact.continueAnyway')}
            </button>
          </div>
        )}
        <div className="form-buttons">
          <button type="button" onClick={onBack}>
            {t('passengers.back')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t('passengers.continue')}
          </button>
        </div>
      </form>
    </section>
  )
}
