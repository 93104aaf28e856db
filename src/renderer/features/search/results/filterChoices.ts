import type { OfferRow } from '../../../../shared/domain/search'
import { factsOf, passesExcept, type OfferFilters, type StopsBucket, type TimeWindow } from '../../../../shared/search'

/** The parts of the day a departure or arrival window picks, in airport-local minutes. */
export const DAY_WINDOWS = {
  night: { from: 0, to: 359 },
  morning: { from: 360, to: 719 },
  afternoon: { from: 720, to: 1079 },
  evening: { from: 1080, to: 1439 }
} as const satisfies Record<string, TimeWindow>
export type DayWindow = keyof typeof DAY_WINDOWS
export const DAY_WINDOW_NAMES = Object.keys(DAY_WINDOWS) as DayWindow[]

/** The longest-layover choices, in hours. */
export const LAYOVER_HOURS = [2, 4, 6, 10] as const

/** What the filters offer to pick from: every carrier and connection airport of the search, whatever is filtered. */
export interface FilterChoices {
  carriers: { code: string; name: string }[]
  connectionAirports: string[]
}

export function filterChoices(rows: readonly OfferRow[]): FilterChoices {
  const carriers = new Map<string, string>()
  const airports = new Set<string>()
  for (const row of rows) {
    for (const c of row.carriers) if (!carriers.has(c.code)) carriers.set(c.code, c.name)
    for (const a of factsOf(row).connectionAirports) airports.add(a)
  }
  return {
    carriers: [...carriers].map(([code, name]) => ({ code, name })).sort((a, b) => (a.code < b.code ? -1 : 1)),
    connectionAirports: [...airports].sort()
  }
}

/** The window a leg's filter holds, by name, when it is one of ours. */
export function windowName(window: TimeWindow | undefined): DayWindow | undefined {
  if (!window) return undefined
  return DAY_WINDOW_NAMES.find((name) => DAY_WINDOWS[name].from === window.from && DAY_WINDOWS[name].to === window.to)
}

/** The filters with one leg's departure (or arrival) window set or cleared. */
export function withWindow(filters: OfferFilters, side: 'departWindows' | 'arriveWindows', leg: number, window: DayWindow | undefined): OfferFilters {
  const windows = [...(filters[side] ?? [])]
  while (windows.length <= leg) windows.push(undefined)
  windows[leg] = window ? DAY_WINDOWS[window] : undefined
  return { ...filters, [side]: windows.some((w) => w !== undefined) ? windows : undefined }
}

/** A list filter with one value added or taken away; an empty list is no filter. */
export function toggled<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] | undefined {
  const next = (list ?? []).filter((v) => v !== value)
  if (on) next.push(value)
  return next.length > 0 ? next : undefined
}

/**
 * How many offers each time window and layover choice would show, the other filters as they are
 * (the shared filterCounts counts the list filters; these choices replace one value). Each count is
 * what filtering with that choice would show (resultsView.test.ts holds it to that), worked out in
 * one pass over the rows instead of one filtering per choice: with 2,000 offers the twelve
 * filterings of a one-way search took 7–50 ms of every filter click.
 */
export function choiceCounts(rows: readonly OfferRow[], filters: OfferFilters, legs: number) {
  const zeros = () => Object.fromEntries(DAY_WINDOW_NAMES.map((name) => [name, 0])) as Record<DayWindow, number>
  const depart = Array.from({ length: legs }, zeros)
  const arrive = Array.from({ length: legs }, zeros)
  const layover = Object.fromEntries(LAYOVER_HOURS.map((h) => [h, 0])) as Record<number, number>
  const rest = passesExcept(filters, ['departWindows', 'arriveWindows', 'maxLayoverMinutes'])
  const departSet = filters.departWindows ?? []
  const arriveSet = filters.arriveWindows ?? []
  for (const row of rows) {
    if (!rest(row)) continue
    const f = factsOf(row)
    const departMisses = misses(f.departMinute, departSet)
    const arriveMisses = misses(f.arriveMinute, arriveSet)
    const layoverFits = filters.maxLayoverMinutes === undefined || f.longestLayover <= filters.maxLayoverMinutes
    // A leg's window choice replaces that leg's window only: the row must pass every other one.
    if (arriveMisses.length === 0 && layoverFits) countWindows(depart, f.departMinute, departMisses)
    if (departMisses.length === 0 && layoverFits) countWindows(arrive, f.arriveMinute, arriveMisses)
    if (departMisses.length === 0 && arriveMisses.length === 0) for (const h of LAYOVER_HOURS) if (f.longestLayover <= h * 60) layover[h]!++
  }
  return { depart, arrive, layover }
}

/** The legs whose set window this row's times miss. */
function misses(minutes: readonly number[], windows: readonly (TimeWindow | undefined)[]): number[] {
  const missed: number[] = []
  windows.forEach((w, leg) => {
    const minute = minutes[leg]
    if (w !== undefined && minute !== undefined && (minute < w.from || minute > w.to)) missed.push(leg)
  })
  return missed
}

function countWindows(counts: Record<DayWindow, number>[], minutes: readonly number[], missed: readonly number[]): void {
  counts.forEach((byName, leg) => {
    // Missing another leg's window: no choice on this leg shows the row.
    if (missed.some((m) => m !== leg)) return
    const minute = minutes[leg]
    for (const name of DAY_WINDOW_NAMES) {
      const w = DAY_WINDOWS[name]
      // A leg the row does not have is no filter (as in shared/search/filters).
      if (minute === undefined || (minute >= w.from && minute <= w.to)) byName[name]++
    }
  })
}

export function hasFilters(filters: OfferFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined)
}

export const STOPS_LABEL: Readonly<Record<StopsBucket, 'nonstop' | 'oneStop' | 'twoPlus'>> = { nonstop: 'nonstop', one: 'oneStop', twoPlus: 'twoPlus' }
