import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from '../../../components/form/Field'
import { countOf, maxAllowed, PASSENGER_RANGE, PASSENGER_TYPES, stepCount, type PassengerTexts, type PassengerType } from './passengers'

const LABELS = { adults: 'searchForm.adults', children: 'searchForm.children', infants: 'searchForm.infants' } as const

/**
 * Adults, Children, Infants: spin buttons over text fields, so whatever is typed stays in the
 * field (and is said wrong at once) while ↑/↓ step only into counts FR24 accepts.
 */
export function PassengerFields({
  texts,
  errors,
  onText,
  onLeave
}: {
  texts: PassengerTexts
  errors: Partial<Record<PassengerType, string>>
  onText(type: PassengerType, text: string): void
  onLeave(type: PassengerType): void
}) {
  const { t } = useTranslation()
  return (
    <div className="passenger-fields" role="group" aria-label={[t('searchForm.adults'), t('searchForm.children'), t('searchForm.infants')].join(', ')}>
      {PASSENGER_TYPES.map((type) => {
        const count = countOf(type, texts[type])
        const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
          event.preventDefault()
          onText(type, stepCount(type, texts, event.key === 'ArrowUp' ? 1 : -1))
        }
        return (
          <Field key={type} id={`search-${type}`} label={t(LABELS[type])} error={errors[type]}>
            {(control) => (
              <input
                {...control}
                className="count-input"
                role="spinbutton"
                inputMode="numeric"
                autoComplete="off"
                aria-valuemin={PASSENGER_RANGE[type].min}
                aria-valuemax={Math.max(PASSENGER_RANGE[type].min, maxAllowed(type, texts))}
                aria-valuenow={count}
                aria-valuetext={count === undefined ? texts[type] : undefined}
                value={texts[type]}
                onChange={(event) => onText(type, event.target.value)}
                onKeyDown={onKeyDown}
                onBlur={() => onLeave(type)}
              />
            )}
          </Field>
        )
      })}
      <p className="muted field-hint passengers-hint">{t('searchForm.passengersHint')}</p>
    </div>
  )
}
