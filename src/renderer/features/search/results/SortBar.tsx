import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { SORT_KEYS, type SortDirection, type SortKey } from '../../../../shared/search'
import type { SortOrder } from './resultsView'

/**
 * The order of the offers (also `s` then p/d/e/a/t; the same key again turns it round). Memoised,
 * with its options' names worked out once per language: it is drawn again on every sort, in the
 * frame that rewrites the rows, and its seven names never change with the order.
 */
export const SortBar = memo(function SortBar({ sort, onSort, onDirection }: { sort: SortOrder; onSort(key: SortKey): void; onDirection(dir: SortDirection): void }) {
  const { t } = useTranslation()
  const keys = useMemo(
    () =>
      SORT_KEYS.map((key) => (
        <option key={key} value={key}>
          {t(`results.sort.${key}`)}
        </option>
      )),
    // t is bound to the language: a new language is a new t.
    [t]
  )
  const directions = useMemo(
    () => (
      <>
        <option value="asc">{t('results.sort.ascending')}</option>
        <option value="desc">{t('results.sort.descending')}</option>
      </>
    ),
    [t]
  )
  return (
    <div className="sort-bar">
      <label>
        {t('results.sort.label')}{' '}
        <select value={sort.key} onChange={(e) => onSort(e.target.value as SortKey)}>
          {keys}
        </select>
      </label>{' '}
      <label>
        {t('results.sort.direction')}{' '}
        <select value={sort.dir} onChange={(e) => onDirection(e.target.value as SortDirection)}>
          {directions}
        </select>
      </label>
    </div>
  )
})
