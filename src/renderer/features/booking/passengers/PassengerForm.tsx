import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/domain/app'
import { DocumentType, Sex } from '../../../../shared/domain/booking'
import { problemMessage, type NameParts, type PassengerField, type Problem } from '../../../../shared/passengers'
import { Field } from '../../../components/form/Field'
import { countryOptions } from './countries'
import { tidyDocumentDate } from './documentDates'
import { looksLikeMrz, readMrz, type MrzPassport } from './mrz'
import { adultChoices, fieldId, passengerOrdinal, type DraftField, type PassengerDraft } from './passengerDrafts'
import { LatinSuggestion } from './LatinSuggestion'

const ORDINAL = { ADT: 'passengers.adult', CHD: 'passengers.child', INF: 'passengers.infant' } as const

export interface PassengerFormProps {
  drafts: readonly PassengerDraft[]
  index: number
  language: Language
  today: string
  /** The problem each field shows now, by control id (shownProblems). */
  shown: ReadonlyMap<string, Problem>
  onEdit(field: DraftField, value: string): void
  onLeave(field: PassengerField): void
  onMrz(passport: MrzPassport): void
  onNameText(text: string): boolean
  onNames(parts: Partial<NameParts>): void
}

/** One passenger's fieldset ("Adult 1"): the paste helpers, then the fields in the passport's order. */
export function PassengerForm(props: PassengerFormProps) {
  const { drafts, index, language, today, shown, onEdit, onLeave } = props
  const { t } = useTranslation()
  const draft = drafts[index]!
  const { paxType, n } = passengerOrdinal(drafts, index)
  const legendId = `pax-${index}-legend`

  const say = (field: PassengerField): { error?: string; warning?: string } => {
    const problem = shown.get(fieldId(index, field))
    if (!problem) return {}
    const text = t(problemMessage(problem), problem.params)
    return problem.severity === 'error' ? { error: text } : { warning: text }
  }
  const hintOr = (field: PassengerField, hint?: string): ReactNode => {
    const { warning } = say(field)
    if (warning) return <span className="field-warning">{warning}</span>
    return hint
  }

  const text = (field: Exclude<DraftField, 'sex' | 'documentType' | 'accompaniedBy'>, options: { hint?: string; onBlur?: () => void; className?: string } = {}) => (
    <Field id={fieldId(index, field)} label={t(`passengers.field.${field}`)} error={say(field).error} hint={hintOr(field, options.hint)}>
      {(control) => (
        <input
          {...control}
          className={options.className}
          autoComplete="off"
          spellCheck={false}
          value={draft[field]}
          onChange={(event) => onEdit(field, event.target.value)}
          onBlur={() => {
            options.onBlur?.()
            onLeave(field)
          }}
        />
      )}
    </Field>
  )

  const date = (field: 'birthday' | 'documentExpiry') =>
    text(field, {
      hint: t('passengers.hint.date'),
      className: 'pax-date',
      onBlur: () => {
        const tidy = tidyDocumentDate(draft[field], language, field === 'birthday' ? 'birthday' : 'expiry', today)
        if (tidy !== draft[field]) onEdit(field, tidy)
      }
    })

  const select = (field: 'sex' | 'documentType' | 'issuingCountry' | 'nationality' | 'accompaniedBy', choices: readonly { value: string; label: string }[]) => (
    <Field id={fieldId(index, field)} label={t(`passengers.field.${field}`)} error={say(field).error} hint={hintOr(field)}>
      {(control) => (
        <select
          {...control}
          value={draft[field]}
          onChange={(event) => {
            onEdit(field, event.target.value)
            onLeave(field)
          }}
          onBlur={() => onLeave(field)}
        >
          <option value="">{t('passengers.choose')}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )

  const countries = countryOptions(language).map((c) => ({ value: c.code, label: c.name }))
  const adults = adultChoices(drafts).map((adult) => ({
    value: String(adult.index),
    label: adult.name ? t('passengers.travelsWithNamed', { n: adult.n, name: adult.name }) : t('passengers.travelsWith', { n: adult.n })
  }))

  return (
    <fieldset className="pax" aria-labelledby={legendId}>
      <legend id={legendId}>{t(ORDINAL[paxType], { n })}</legend>
      <div className="pax-helpers">
        <MrzPaste index={index} today={today} onRead={props.onMrz} />
        <NameTextPaste index={index} onSplit={props.onNameText} />
      </div>
      <div className="pax-fields">
        {text('surname', { hint: t('passengers.hint.name'), className: 'pax-name' })}
        <LatinSuggestion field="surname" typed={draft.surname} onUse={props.onNames} />
        {text('givenNames', { hint: t('passengers.hint.name'), className: 'pax-name' })}
        <LatinSuggestion field="givenNames" typed={draft.givenNames} onUse={props.onNames} />
        {select(
          'sex',
          Sex.options.map((sex) => ({ value: sex, label: t(`passengers.sex.${sex}`) }))
        )}
        {date('birthday')}
        {select(
          'documentType',
          DocumentType.options.map((type) => ({ value: type, label: t(`passengers.documentType.${type}`) }))
        )}
        {text('documentNumber', { className: 'pax-number' })}
        {select('issuingCountry', countries)}
        {select('nationality', countries)}
        {date('documentExpiry')}
        {paxType !== 'ADT' && select('accompaniedBy', adults)}
      </div>
    </fieldset>
  )
}

/** "Paste MRZ": read as soon as the two lines are in; a bad check digit is said here and fills nothing. */
function MrzPaste({ index, today, onRead }: { index: number; today: string; onRead: PassengerFormProps['onMrz'] }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [said, setSaid] = useState<{ ok: true; noCountry: string[] } | { ok: false; message: string } | undefined>(undefined)
  const id = `pax-${index}-mrz`
  const read = (value: string) => {
    // An empty box (also once a fill emptied it) keeps what was last said.
    if (value.trim() === '') return
    const result = readMrz(value, today)
    if (!result.ok) {
      const problem = result.problem
      const message =
        problem.kind === 'not-passport'
          ? t('passengers.mrz.notPassport')
          : t(problem.kind === 'check-digit' ? 'passengers.mrz.checkDigit' : 'passengers.mrz.unreadable', { field: t(`passengers.mrz.part.${problem.part}`) })
      return setSaid({ ok: false, message })
    }
    onRead(result.passport)
    setText('')
    setSaid({
      ok: true,
      noCountry: result.passport.noCountry.map((gap) => t('passengers.mrz.noCountry', { code: gap.code, field: t(`passengers.mrz.part.${gap.field}`) }))
    })
  }
  return (
    <div className="field pax-mrz">
      <label htmlFor={id}>{t('passengers.mrz.label')}</label>
      <textarea
        id={id}
        rows={2}
        cols={46}
        spellCheck={false}
        autoComplete="off"
        className="mrz-input"
        aria-describedby={`${id}-status`}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          // Two full lines are read at once; anything else waits for the agent to leave the box.
          if (looksLikeMrz(event.target.value)) read(event.target.value)
          else if (said && !said.ok) setSaid(undefined)
        }}
        onBlur={() => read(text)}
      />
      <p id={`${id}-status`} className={said && !said.ok ? 'field-error' : 'muted field-hint'} role={said && !said.ok ? 'alert' : 'status'}>
        {said === undefined ? t('passengers.mrz.hint') : said.ok ? [t('passengers.mrz.filled'), ...said.noCountry].join(' ') : said.message}
      </p>
    </div>
  )
}

/** "SURNAME/GIVEN" pasted or typed: Enter or the button splits it into the two name fields. */
function NameTextPaste({ index, onSplit }: { index: number; onSplit(text: string): boolean }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [failed, setFailed] = useState(false)
  const id = `pax-${index}-name-text`
  const split = () => {
    if (text.trim() === '') return
    const ok = onSplit(text)
    setFailed(!ok)
    if (ok) setText('')
  }
  return (
    <div className="field pax-name-text">
      <div className="field-row">
        <label htmlFor={id}>{t('passengers.nameText.label')}</label>
        <input
          id={id}
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={failed ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value)
            setFailed(false)
          }}
          onKeyDown={(event) => {
            // Enter splits here instead of continuing the step.
            if (event.key !== 'Enter') return
            event.preventDefault()
            split()
          }}
        />
        <button type="button" onClick={split}>
          {t('passengers.nameText.split')}
        </button>
      </div>
      {failed && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t('passengers.nameText.unsplit')}
        </p>
      )}
    </div>
  )
}
