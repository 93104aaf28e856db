import { useTranslation } from 'react-i18next'
import { SORT_KEYS, type SortDirection, type SortKey } from '../../../../shared/search'
import type { SortOrder } from './resultsView'


/** The order of the offers (also `s` then p/d/e/a/t; the same key again turns it round). */
export function SortBar({ sort, onSort, onDirection }: { sort: SortOrder; onSort(key: SortKey): void; onDirection(dir: SortDirection): void }) {
  const { t } = useTranslation()
  return (
    <div className="sort-bar">
      <label>
        {t('results.sort.label')}{' '}
        <select
          value={sort.key}
          onChange={(e) => onSort(e.target.value as SortKey)}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`results.sort.${key}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('results.sort.direction')}{' '}
        <select value={sort.dir} onChange={(e) => onDirection(e.target.value as SortDirection)}>
          <option value="asc">{t('results.sort.ascending')}</option>
          <option value="desc">{t('results.sort.descending')}</option>
        </select>
      </label>
    </div>
  )
}
