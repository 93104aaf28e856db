import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/domain/app'
import { Field } from '../../../components/form/Field'
import { readTypedDate, tidyTypedDate, writeDate, type IsoDate } from './dates'

/**
 * A date typed in the agent's format (the label's field), with the browser's own calendar beside
 * it for those who would rather pick; either one fills the other. What was typed stays as typed
 * until it reads as a date, then it is written the language's way when the agent leaves it.
 */
export function DateField({
  id,
  label,
  calendarLabel,
  value,
  today,
  notBefore,
  error,
  onText,
  onLeave
}: {
  id: string
  label: string
  calendarLabel: string
  value: string
  today: IsoDate
  /** The calendar offers nothing before this (today, or the previous flight's date). */
  notBefore: IsoDate
  error: string | undefined
  onText(text: string, fromCalendar: boolean): void
  onLeave(): void
}) {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies Language
  const read = readTypedDate(value, language, today)
  return (
    <Field id={id} label={label} error={error} hint={t('searchForm.dateHint')}>
      {(control) => (
        <span className="date-field">
          <input
            {...control}
            className="date-typed"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => onText(event.target.value, false)}
            onBlur={() => {
              const tidy = tidyTypedDate(value, language, today)
              if (tidy !== value) onText(tidy, false)
              onLeave()
            }}
          />
          <input
            type="date"
            className="date-calendar"
            aria-label={calendarLabel}
            min={notBefore}
            value={read.kind === 'date' ? read.iso : ''}
            onChange={(event) => {
              if (event.target.value) onText(writeDate(event.target.value, language), true)
            }}
          />
        </span>
      )}
    </Field>
  )
}
