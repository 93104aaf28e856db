import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FareMatrix as Matrix, OfferFilters, StopsBucket } from '../../../../shared/search'
import { STOPS_LABEL } from './filterChoices'
import { moneyText } from './format'
import { rememberingT } from './rememberedT'

/** The filters a cell stands for: that carrier, those stops. */
function cellFilters(filters: OfferFilters, carrier: string, stops: StopsBucket): OfferFilters {
  return { ...filters, carriers: [carrier], stops: [stops] }
}

function isCell(filters: OfferFilters, carrier: string, stops: StopsBucket): boolean {
  return filters.carriers?.length === 1 && filters.carriers[0] === carrier && filters.stops?.length === 1 && filters.stops[0] === stops
}

/**
 * Carrier × stops, the cheapest of each, above the list (a GDS fare display). A cell filters the
 * offers to its carrier and stops; the same cell again takes that filter off.
 */
// Memo: it changes with the filters and the rows, not with a sort or a keyboard move.
export const FareMatrix = memo(function FareMatrix({ matrix, filters, currency, onChange }: { matrix: Matrix; filters: OfferFilters; currency: string; onChange(f: OfferFilters): void }) {
  const { t: translate, i18n } = useTranslation()
  // Redrawn on every filter click: each cell's sentence is said once per language.
  const t = rememberingT(translate, i18n.language)
  if (matrix.columns.length === 0) return null
  return (
    <div className="fare-matrix-scroll">
      <table className="fare-matrix">
        <caption>{t('results.matrix.label')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.matrix.airline')}</th>
            {matrix.columns.map((c) => (
              <th key={c.carrier} scope="col" title={c.name}>
                {c.carrier}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.stops.map((stops) => (
            <tr key={stops}>
              <th scope="row">{t(`results.filters.${STOPS_LABEL[stops]}`)}</th>
              {matrix.columns.map((c) => {
                const cell = c.cells[stops]
                if (!cell) return <td key={c.carrier}><span className="sr-only">{t('results.matrix.none')}</span></td>
                const price = moneyText(i18n.language, cell.cheapest, currency)
                const pressed = isCell(filters, c.carrier, stops)
                return (
                  <td key={c.carrier}>
                    <button
                      type="button"
                      aria-pressed={pressed}
                      aria-label={t('results.matrix.cell', { carrier: `${c.carrier} ${c.name}`, stops: t(`results.filters.${STOPS_LABEL[stops]}`), price })}
                      onClick={() => onChange(pressed ? { ...filters, carriers: undefined, stops: undefined } : cellFilters(filters, c.carrier, stops))}
                    >
                      {price}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
})
