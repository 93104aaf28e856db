import type { SortKey } from '../../../../shared/search'

/**
 * The results' keyboard, as data: j/k and ↑/↓ move through the offers, Enter opens one,
 * Escape closes it (or stops a search in flight), `s` then p/d/e/a/t sorts, `f` goes to the
 * filters. Decided here, drawn in useResultsKeys.ts.
 */

export type ResultsCommand =
  | { kind: 'move'; by: number }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'open' }
  | { kind: 'escape' }
  | { kind: 'sortPrefix' }
  | { kind: 'sort'; key: SortKey }
  | { kind: 'focusFilters' }

export interface ResultsKeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  /** Focus is in a field, where letters are typing. */
  inField: boolean
  /** `s` was the key before this one. */
  afterSortPrefix: boolean
}

/** The second key after `s`: p(rice), d(uration), (d)e(parture), a(rrival), (s)t(ops). */
export const SORT_LETTERS: Readonly<Record<string, SortKey>> = { p: 'price', d: 'duration', e: 'departure', a: 'arrival', t: 'stops' }

/** Rows a PageUp/PageDown jumps. */
export const PAGE_ROWS = 10

export function resultsCommand(press: ResultsKeyPress): ResultsCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined
  if (press.key === 'Escape') return { kind: 'escape' }
  if (press.inField) return undefined
  if (press.afterSortPrefix) {
    const key = SORT_LETTERS[press.key.toLowerCase()]
    return key ? { kind: 'sort', key } : undefined
  }
  switch (press.key) {
    case 'j':
    case 'ArrowDown':
      return { kind: 'move', by: 1 }
    case 'k':
    case 'ArrowUp':
      return { kind: 'move', by: -1 }
    case 'PageDown':
      return { kind: 'move', by: PAGE_ROWS }
    case 'PageUp':
      return { kind: 'move', by: -PAGE_ROWS }
    case 'Home':
      return { kind: 'first' }
    case 'End':
      return { kind: 'last' }
    case 'Enter':
      return { kind: 'open' }
    case 's':
      return { kind: 'sortPrefix' }
    case 'f':
      return { kind: 'focusFilters' }
    default:
      return undefined
  }
}
