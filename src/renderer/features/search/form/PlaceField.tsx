import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/domain/app'
import type { Place } from '../../../../shared/domain/search'
import { Field } from '../../../components/form/Field'
import { callDesk } from '../../../desk/client'
import { placeParts, placeQuery, PLACES_SHOWN } from './places'

type Lookup = { state: 'closed' } | { state: 'open'; query: string; places: readonly Place[]; active: number } | { state: 'failed' }

/**
 * From or To: a combobox (ARIA 1.2) over main's place search. Type a code, a city or an airport
 * name; ↑/↓ move through the matches, Enter picks one, Escape closes the list. A 3-letter code
 * typed without picking is taken as it is.
 */
export function PlaceField({
  id,
  label,
  value,
  place,
  error,
  onText,
  onPick,
  onLeave
}: {
  id: string
  label: string
  value: string
  place: Place | undefined
  error: string | undefined
  onText(text: string): void
  onPick(place: Place): void
  onLeave(): void
}) {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies Language
  const [lookup, setLookup] = useState<Lookup>({ state: 'closed' })
  /** Only the answer to the latest query may open the list: an older one arriving late is dropped. */
  const asked = useRef(0)
  const listId = `${id}-places`

  async function search(text: string) {
    const query = placeQuery(text)
    const ticket = ++asked.current
    if (!query) return setLookup({ state: 'closed' })
    const result = await callDesk('findPlaces', { query, limit: PLACES_SHOWN })
    if (ticket !== asked.current) return
    setLookup(result.ok ? { state: 'open', query, places: result.value.places, active: 0 } : { state: 'failed' })
  }

  function pick(chosen: Place) {
    asked.current += 1
    setLookup({ state: 'closed' })
    onPick(chosen)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (lookup.state !== 'open') {
      if (event.key === 'ArrowDown' && !event.altKey) void search(value)
      return
    }
    const count = lookup.places.length
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return
        event.preventDefault()
        const step = event.key === 'ArrowDown' ? 1 : -1
        setLookup({ ...lookup, active: (lookup.active + step + count) % count })
        return
      }
      case 'Enter': {
        const chosen = lookup.places[lookup.active]
        if (!chosen) return
        // Enter picks the place; it does not send the form.
        event.preventDefault()
        pick(chosen)
        return
      }
      case 'Escape':
        // Closing the list is all Escape does here (not a search's Escape).
        event.preventDefault()
        event.stopPropagation()
        asked.current += 1
        setLookup({ state: 'closed' })
        return
      default:
        return
    }
  }

  const open = lookup.state === 'open'
  const activeId = open && lookup.places.length > 0 ? `${listId}-${lookup.active}` : undefined
  const picked = place ? placeParts(place, language) : undefined
  const hint = picked
    ? [picked.city, picked.airport ?? t('searchForm.allAirportsOf', { airports: picked.airports?.join(', ') }), picked.country].join(' · ')
    : lookup.state === 'failed'
      ? t('searchForm.placesFailed')
      : t('searchForm.placeHint')

  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(control) => (
        <div className="place-field">
          <input
            {...control}
            className="place-input"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={activeId}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => {
              onText(event.target.value)
              void search(event.target.value)
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              asked.current += 1
              setLookup({ state: 'closed' })
              onLeave()
            }}
          />
          <ul id={listId} role="listbox" aria-label={label} className="place-options" hidden={!open}>
            {open && lookup.places.length === 0 && (
              <li role="presentation" className="muted">
                {t('searchForm.noPlaces', { query: lookup.query })}
              </li>
            )}
            {open &&
              lookup.places.map((option, index) => {
                const parts = placeParts(option, language)
                return (
                  <li
                    key={option.code}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === lookup.active}
                    className="place-option"
                    // mousedown, not click: the input must not lose focus (and close the list) first.
                    onMouseDown={(event) => {
                      event.preventDefault()
                      pick(option)
                    }}
                  >
                    <span className="place-code">{parts.code}</span> <span>{parts.city}</span>{' '}
                    <span className="muted">
                      {parts.airport ?? t('searchForm.allAirportsOf', { airports: parts.airports?.join(', ') })}
                    </span>{' '}
                    <span className="muted">{parts.country}</span>
                  </li>
                )
              })}
          </ul>
        </div>
      )}
    </Field>
  )
}
