import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/domain/app'
import { Cabin, TripType, type SearchRequest } from '../../../../shared/domain/search'
import { Field } from '../../../components/form/Field'
import { fieldErrors } from '../../../components/form/fieldErrors'
import { useFocusFirstInvalid } from '../../../components/form/focusFirstInvalid'
import { useFocusLater } from '../../../components/focus'
import { DateField } from './DateField'
import { localToday, readTypedDate } from './dates'
import {
  addLeg,
  canAddLeg,
  canRemoveLeg,
  draftFromRequest,
  pickPlace,
  removeLeg,
  setLegText,
  setTripType,
  shownLegs,
  swapPlaces,
  type StopsChoice
} from './draft'
import { isTypingTarget } from '../../../components/typingTarget'
import { formKeyCommand, SWAP_KEYS } from './formKeys'
import { PassengerFields } from './PassengerFields'
import { PlaceField } from './PlaceField'
import { RecentSearches } from './RecentSearches'
import { useSearchFormStore } from './searchFormStore'
import './searchForm.css'
import { checkDraft, FORM_MESSAGES, legField, shownIssues, type FormField } from './validate'

const TRIP_LABELS = { oneWay: 'searchForm.oneWay', roundTrip: 'searchForm.roundTrip', multiCity: 'searchForm.multiCity' } as const
const STOPS: readonly StopsChoice[] = ['any', '0', '1', '2']

/** The id of the first field the agent types in, where `/` and the palette put focus. */
export const FIRST_FIELD_ID = legField('from', 0)

/**
 * The search form. It checks as the agent types (FR24's rules, today's date) and says what is
 * wrong in the field; Search sends a valid request to `onSearch` or takes focus to the first
 * field that is wrong. The screen runs the search (and cancels the one in flight).
 */
export function SearchForm({
  onSearch,
  busy,
  onCancel
}: {
  onSearch(request: SearchRequest, options: { flexibleDates: boolean }): void
  busy: boolean
  onCancel(): void
}) {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies Language
  const { draft, done, lastPassenger, focusPending, edit, leave, submit, load, focusTaken } = useSearchFormStore()
  const [recentOpen, setRecentOpen] = useState(false)
  // Opt-in per search, one way only (flex/flexState.ts): several searches go to FR24.
  const [flexibleDates, setFlexibleDates] = useState(false)
  const canFlex = draft.tripType === 'oneWay'
  const form = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(form)
  const focusLater = useFocusLater()
  // Today on the agent's clock, once per drawing of the form: past dates are refused against it.
  const today = localToday(new Date())

  const checked = useMemo(() => checkDraft(draft, { language, today, lastPassenger }), [draft, language, today, lastPassenger])
  const errors = fieldErrors(checked.ok ? [] : shownIssues(checked.issues, done), FORM_MESSAGES)
  const message = (field: FormField) => {
    const key = errors[field]
    return key ? t(key) : undefined
  }

  const legs = shownLegs(draft)
  const multi = draft.tripType === 'multiCity'

  // The palette (new search, a recent one) asks for focus at From once the form is drawn.
  useEffect(() => {
    if (!focusPending) return
    focusTaken()
    focusLater(() => document.getElementById(FIRST_FIELD_ID))
  }, [focusPending, focusTaken, focusLater])

  // Alt+S, Alt+R and `/`, anywhere on the search screen.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const command = formKeyCommand({
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inTextField: isTypingTarget(event.target)
      })
      if (!command) return
      // An open dialog (the palette, the shortcut sheet) keeps its keys.
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      switch (command) {
        case 'swap': {
          const leg = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-leg]')?.dataset.leg : undefined
          useSearchFormStore.getState().edit((d) => swapPlaces(d, Number(leg ?? 0)))
          return
        }
        case 'recent':
          setRecentOpen(true)
          return
        case 'focusForm':
          document.getElementById(FIRST_FIELD_ID)?.focus()
          return
        default: {
          const unreachable: never = command
          return unreachable
        }
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  function send(event: FormEvent) {
    event.preventDefault()
    submit()
    if (!checked.ok) return focusFirstInvalid()
    onSearch(checked.request, { flexibleDates: flexibleDates && canFlex })
  }

  const previousDate = (index: number) => {
    const before = index > 0 ? legs[index - 1] : undefined
    const read = before ? readTypedDate(before.date, language, today) : undefined
    return read?.kind === 'date' && read.iso > today ? read.iso : today
  }

  return (
    <form
      ref={form}
      className="search-form panel"
      aria-label={t('searchForm.label')}
      onSubmit={send}
      noValidate
      aria-busy={busy || undefined}
      onKeyDown={(event) => {
        // Escape in the form stops the search in flight (the progress line has its own Stop button);
        // a list or panel inside that uses Escape has already taken it.
        if (event.key !== 'Escape' || !busy || event.defaultPrevented) return
        event.preventDefault()
        event.stopPropagation()
        onCancel()
      }}
    >
      <fieldset className="trip-type">
        <legend>{t('searchForm.tripType')}</legend>
        {TripType.options.map((tripType) => (
          <label key={tripType} className="trip-type-option">
            <input
              type="radio"
              name="trip-type"
              value={tripType}
              checked={draft.tripType === tripType}
              aria-describedby={tripType === 'multiCity' ? 'trip-type-multi-hint' : undefined}
              onChange={() => edit((d) => setTripType(d, tripType))}
            />
            {t(TRIP_LABELS[tripType])}
          </label>
        ))}
        <span id="trip-type-multi-hint" className="muted">
          ({t('searchForm.multiCityHint')})
        </span>
      </fieldset>

      {legs.map((leg, index) => {
        const from = legField('from', index)
        const to = legField('to', index)
        const date = legField('date', index)
        const body = (
          <>
            <PlaceField
              id={from}
              label={t('searchForm.from')}
              value={leg.from}
              place={leg.fromPlace}
              error={message(from)}
              onText={(text) => edit((d) => setLegText(d, index, 'from', text), from)}
              onPick={(place) => edit((d) => pickPlace(d, index, 'from', place), from)}
              onLeave={() => leave(from)}
            />
            <button type="button" className="swap" aria-keyshortcuts={SWAP_KEYS} title={SWAP_KEYS} onClick={() => edit((d) => swapPlaces(d, index))}>
              {t('searchForm.swap')}
            </button>
            <PlaceField
              id={to}
              label={t('searchForm.to')}
              value={leg.to}
              place={leg.toPlace}
              error={message(to)}
              onText={(text) => edit((d) => setLegText(d, index, 'to', text), to)}
              onPick={(place) => edit((d) => pickPlace(d, index, 'to', place), to)}
              onLeave={() => leave(to)}
            />
            <DateField
              id={date}
              label={t('searchForm.departureDate')}
              calendarLabel={t('searchForm.departureCalendar')}
              value={leg.date}
              today={today}
              notBefore={previousDate(index)}
              error={message(date)}
              onText={(text, fromCalendar) => {
                edit((d) => setLegText(d, index, 'date', text), date)
                if (fromCalendar) leave(date)
              }}
              onLeave={() => leave(date)}
            />
          </>
        )
        return multi ? (
          <fieldset key={index} className="leg" data-leg={index}>
            <legend>{t('searchForm.flight', { n: index + 1 })}</legend>
            {body}
            {canRemoveLeg(draft) && (
              <button type="button" onClick={() => edit((d) => removeLeg(d, index))}>
                {t('searchForm.removeFlight', { n: index + 1 })}
              </button>
            )}
          </fieldset>
        ) : (
          <div key={index} className="leg" data-leg={index}>
            {body}
          </div>
        )
      })}
      {multi && (
        <button type="button" onClick={() => edit(addLeg)} disabled={!canAddLeg(draft)}>
          {t('searchForm.addFlight')}
        </button>
      )}
      {draft.tripType === 'roundTrip' && (
        <DateField
          id="returnDate"
          label={t('searchForm.returnDate')}
          calendarLabel={t('searchForm.returnCalendar')}
          value={draft.returnDate}
          today={today}
          notBefore={previousDate(1)}
          error={message('returnDate')}
          onText={(text, fromCalendar) => {
            edit((d) => ({ ...d, returnDate: text }), 'returnDate')
            if (fromCalendar) leave('returnDate')
          }}
          onLeave={() => leave('returnDate')}
        />
      )}

      <PassengerFields
        texts={draft.passengers}
        errors={{ adults: message('adults'), children: message('children'), infants: message('infants') }}
        onText={(type, text) => edit((d) => ({ ...d, passengers: { ...d.passengers, [type]: text } }), type)}
        onLeave={leave}
      />

      <div className="field">
        <div className="field-row">
          <label htmlFor="search-cabin">{t('searchForm.cabin')}</label>
          <select id="search-cabin" value={draft.cabin} onChange={(e) => edit((d) => ({ ...d, cabin: Cabin.parse(e.target.value) }))}>
            {Cabin.options.map((cabin) => (
              <option key={cabin} value={cabin}>
                {t(`searchForm.cabins.${cabin}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <CarrierField
        id="preferredCarriers"
        label={t('searchForm.preferredCarriers')}
        hint={t('searchForm.carriersHint')}
        value={draft.preferredCarriers}
        error={message('preferredCarriers')}
        onText={(text) => edit((d) => ({ ...d, preferredCarriers: text }), 'preferredCarriers')}
        onLeave={() => leave('preferredCarriers')}
      />
      <CarrierField
        id="excludedCarriers"
        label={t('searchForm.excludedCarriers')}
        hint={t('searchForm.carriersHint')}
        value={draft.excludedCarriers}
        error={message('excludedCarriers')}
        onText={(text) => edit((d) => ({ ...d, excludedCarriers: text }), 'excludedCarriers')}
        onLeave={() => leave('excludedCarriers')}
      />
      <div className="field">
        <div className="field-row">
          <label htmlFor="search-max-stops">{t('searchForm.maxStops')}</label>
          <select
            id="search-max-stops"
            value={draft.maxStops}
            onChange={(e) => edit((d) => ({ ...d, maxStops: STOPS.find((s) => s === e.target.value) ?? 'any' }))}
          >
            {STOPS.map((stops) => (
              <option key={stops} value={stops}>
                {t(`searchForm.stops.${stops}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="field flex-option">
        <label>
          <input
            type="checkbox"
            checked={flexibleDates && canFlex}
            disabled={!canFlex}
            aria-describedby="flexible-dates-note"
            onChange={(e) => setFlexibleDates(e.target.checked)}
          />
          {t('flexDates.checkbox')}
        </label>
        <span id="flexible-dates-note" className="muted small">
          {canFlex ? t('flexDates.note') : t('flexDates.oneWayOnly')}
        </span>
      </div>

      <div className="form-buttons search-buttons">
        <button type="submit" className="primary">
          {t('searchForm.search')}
        </button>
        <RecentSearches
          open={recentOpen}
          onOpenChange={setRecentOpen}
          onPick={(search) => {
            load(draftFromRequest(search.request, language))
            // The search is in the form: Enter on Search sends it again.
            focusLater(() => form.current?.querySelector<HTMLElement>('button[type="submit"]'))
          }}
        />
      </div>
    </form>
  )
}

function CarrierField(props: {
  id: string
  label: string
  hint: string
  value: string
  error: string | undefined
  onText(text: string): void
  onLeave(): void
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <input
          {...control}
          autoComplete="off"
          spellCheck={false}
          value={props.value}
          onChange={(e) => props.onText(e.target.value)}
          onBlur={props.onLeave}
        />
      )}
    </Field>
  )
}
