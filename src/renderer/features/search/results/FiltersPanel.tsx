import { forwardRef, memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferRow, TripType } from '../../../../shared/domain/search'
import { STOPS_BUCKETS, type FilterCounts, type OfferFilters } from '../../../../shared/search'
import {
  choiceCounts,
  DAY_WINDOW_NAMES,
  filterChoices,
  hasFilters,
  LAYOVER_HOURS,
  STOPS_LABEL,
  toggled,
  windowName,
  withWindow,
  type DayWindow
} from './filterChoices'
import { rememberingT } from './rememberedT'
import { legName } from './rowText'

interface Props {
  rows: readonly OfferRow[]
  /** What the agent has set (the boxes show it at once). */
  filters: OfferFilters
  /** The filters the counts were worked out for: the same, or a moment behind while they are redone. */
  countedFor: OfferFilters
  counts: FilterCounts
  legs: number
  tripType: TripType
  onChange(filters: OfferFilters): void
}

/** Every filter with the number of offers each value would show; `f` comes here. */
// Memo: a sort or a keyboard move re-renders the results, and the panel's hundred labels need not follow.
export const FiltersPanel = memo(forwardRef<HTMLElement, Props>(function FiltersPanel({ rows, filters, countedFor, counts, legs, tripType, onChange }, ref) {
  const { t: translate, i18n } = useTranslation()
  // Every click re-renders the panel's hundred labels and counts: each sentence is said once per language.
  const t = rememberingT(translate, i18n.language)
  const choices = useMemo(() => filterChoices(rows), [rows])
  const more = useMemo(() => choiceCounts(rows, countedFor, legs), [rows, countedFor, legs])
  const n = (count: number | undefined) => <span className="count">{t('results.filters.count', { n: count ?? 0 })}</span>
  const set = (patch: Partial<OfferFilters>) => onChange({ ...filters, ...patch })
  const active = hasFilters(filters)

  return (
    <section ref={ref} className="filters" aria-labelledby="filters-title" id="results-filters" aria-keyshortcuts="F">
      <h2 id="filters-title">{t('results.filters.title')}</h2>
      <button type="button" onClick={() => active && onChange({})} aria-disabled={!active || undefined}>
        {t('results.filters.reset')}
      </button>

      <fieldset>
        <legend>{t('results.filters.stops')}</legend>
        {STOPS_BUCKETS.map((bucket) => (
          <label key={bucket}>
            <input
              type="checkbox"
              checked={filters.stops?.includes(bucket) ?? false}
              onChange={(e) => set({ stops: toggled(filters.stops, bucket, e.target.checked) })}
            />
            {t(`results.filters.${STOPS_LABEL[bucket]}`)}
            {n(counts.stops[bucket])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('results.filters.carriers')}</legend>
        {choices.carriers.map((c) => (
          <label key={c.code}>
            <input
              type="checkbox"
              checked={filters.carriers?.includes(c.code) ?? false}
              onChange={(e) => set({ carriers: toggled(filters.carriers, c.code, e.target.checked) })}
            />
            {c.code} {c.name}
            {n(counts.carriers[c.code])}
          </label>
        ))}
      </fieldset>

      {Array.from({ length: legs }, (_, leg) => (
        <div key={leg}>
          <WindowChoice
            legend={t('results.filters.departs', { leg: legName(t, tripType, leg) })}
            name={`depart-${leg}`}
            value={windowName(filters.departWindows?.[leg])}
            counts={more.depart[leg]}
            onPick={(w) => onChange(withWindow(filters, 'departWindows', leg, w))}
          />
          <WindowChoice
            legend={t('results.filters.arrives', { leg: legName(t, tripType, leg) })}
            name={`arrive-${leg}`}
            value={windowName(filters.arriveWindows?.[leg])}
            counts={more.arrive[leg]}
            onPick={(w) => onChange(withWindow(filters, 'arriveWindows', leg, w))}
          />
        </div>
      ))}

      {choices.connectionAirports.length > 0 && (
        <fieldset>
          <legend>{t('results.filters.connections')}</legend>
          {choices.connectionAirports.map((airport) => (
            <label key={airport}>
              <input
                type="checkbox"
                checked={filters.connectionAirports?.includes(airport) ?? false}
                onChange={(e) => set({ connectionAirports: toggled(filters.connectionAirports, airport, e.target.checked) })}
              />
              {airport}
              {n(counts.connectionAirports[airport])}
            </label>
          ))}
        </fieldset>
      )}

      <fieldset>
        <legend>{t('results.filters.maxLayover')}</legend>
        <label>
          <input type="radio" name="max-layover" checked={filters.maxLayoverMinutes === undefined} onChange={() => set({ maxLayoverMinutes: undefined })} />
          {t('results.filters.anyLayover')}
        </label>
        {LAYOVER_HOURS.map((h) => (
          <label key={h}>
            <input type="radio" name="max-layover" checked={filters.maxLayoverMinutes === h * 60} onChange={() => set({ maxLayoverMinutes: h * 60 })} />
            {t('results.filters.upToHours', { h })}
            {n(more.layover[h])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('results.filters.conditions')}</legend>
        <label>
          <input type="checkbox" checked={filters.bagsIncluded ?? false} onChange={(e) => set({ bagsIncluded: e.target.checked || undefined })} />
          {t('results.filters.bags')}
          {n(counts.bagsIncluded)}
        </label>
        <label>
          <input type="checkbox" checked={filters.refundable ?? false} onChange={(e) => set({ refundable: e.target.checked || undefined })} />
          {t('results.filters.refundable')}
          {n(counts.refundable)}
        </label>
        <label>
          <input type="checkbox" checked={filters.changeable ?? false} onChange={(e) => set({ changeable: e.target.checked || undefined })} />
          {t('results.filters.changeable')}
          {n(counts.changeable)}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('results.filters.price')}</legend>
        <PriceBound
          label={t('results.filters.priceMin')}
          value={filters.price?.min}
          placeholder={counts.priceRange?.min}
          onChange={(min) => set({ price: bounds({ ...filters.price, min }) })}
        />
        <PriceBound
          label={t('results.filters.priceMax')}
          value={filters.price?.max}
          placeholder={counts.priceRange?.max}
          onChange={(max) => set({ price: bounds({ ...filters.price, max }) })}
        />
      </fieldset>
    </section>
  )
}))

/** The panel's place while it reads new results (a frame): its title, busy. */
export const FiltersPending = forwardRef<HTMLElement>(function FiltersPending(_props, ref) {
  const { t } = useTranslation()
  return (
    <section ref={ref} className="filters" aria-labelledby="filters-title" id="results-filters" aria-busy="true">
      <h2 id="filters-title">{t('results.filters.title')}</h2>
    </section>
  )
})

function bounds(price: { min?: number; max?: number }): OfferFilters['price'] {
  return price.min === undefined && price.max === undefined ? undefined : price
}

function WindowChoice(props: { legend: string; name: string; value: DayWindow | undefined; counts: Record<DayWindow, number> | undefined; onPick(w: DayWindow | undefined): void }) {
  const { t } = useTranslation()
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <label>
        <input type="radio" name={props.name} checked={props.value === undefined} onChange={() => props.onPick(undefined)} />
        {t('results.filters.anyTime')}
      </label>
      {DAY_WINDOW_NAMES.map((w) => (
        <label key={w}>
          <input type="radio" name={props.name} checked={props.value === w} onChange={() => props.onPick(w)} />
          {t(`results.filters.window.${w}`)}
          <span className="count">{t('results.filters.count', { n: props.counts?.[w] ?? 0 })}</span>
        </label>
      ))}
    </fieldset>
  )
}

function PriceBound({ label, value, placeholder, onChange }: { label: string; value: number | undefined; placeholder: number | undefined; onChange(v: number | undefined): void }) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={0}
        inputMode="decimal"
        value={value ?? ''}
        placeholder={placeholder !== undefined ? String(Math.floor(placeholder)) : undefined}
        onChange={(e) => {
          const v = e.target.value === '' ? undefined : Number(e.target.value)
          onChange(v === undefined || Number.isFinite(v) ? v : undefined)
        }}
      />
    </label>
  )
}
