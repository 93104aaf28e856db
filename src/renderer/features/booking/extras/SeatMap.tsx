import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SeatMapView } from '../../../../shared/domain/booking'
import { seatOf, type ExtrasState, type Traveller } from './extrasState'
import { aisleAfter, firstSeat, gridCommand, isExitRow, moveInGrid, posOfSeat, seatAt, seatOffer, type GridPos } from './seatGrid'
import { seatLook } from './seatLabel'

export interface SeatMapProps {
  map: SeatMapView
  /** "SIN → HKG SQ 890", the map's name. */
  flight: string
  /** The fare's currency: a seat priced in another cannot be picked. */
  currency: string
  state: ExtrasState
  /** The passenger being seated (undefined when nobody in the booking gets a seat). */
  passenger: number | undefined
  passengers: readonly Traveller[]
  onPick(seatNo: string): void
}

/** Where the cursor starts: the seat of the passenger being seated, else the first seat that can be picked, else the first seat. */
function startPos(props: SeatMapProps): GridPos | undefined {
  const own = props.passenger === undefined ? undefined : seatOf(props.state, props.passenger, props.map.segmentId)
  const ownPos = own && posOfSeat(props.map, own.seatNo)
  if (ownPos) return ownPos
  for (let row = 0; row < props.map.rows.length; row++) {
    const seats = props.map.rows[row]!.seats
    const col = seats.findIndex((s) => s !== null && seatOffer(s, props.map.currency, props.currency).kind === 'pickable')
    if (col >= 0) return { row, col }
  }
  return firstSeat(props.map)
}

const cellKey = (pos: GridPos) => `${pos.row}:${pos.col}`

/**
 * One flight's seats as an ARIA grid: rows of seat cells with the aisles drawn as gaps, one cell
 * in the Tab order (roving tabindex), the arrows moving it (seatGrid.ts), Enter or Space picking
 * the seat for the passenger being seated. Each cell's name says all a sighted agent sees.
 */
export function SeatMap(props: SeatMapProps) {
  const { map, flight, currency, state, passenger, passengers, onPick } = props
  const { t, i18n } = useTranslation()
  const grid = useRef<HTMLDivElement>(null)
  const hintId = useId()
  const [cursor, setCursor] = useState<GridPos | undefined>(() => startPos(props))
  const active = cursor && seatAt(map, cursor) ? cursor : startPos(props)
  const passengerName = passenger === undefined ? '' : (passengers[passenger]?.label ?? '')

  const focusCell = (pos: GridPos) => grid.current?.querySelector<HTMLElement>(`[data-cell="${cellKey(pos)}"]`)?.focus()

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = gridCommand({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey })
    if (!command || !active) return
    event.preventDefault()
    if (command.kind === 'pick') {
      const seat = seatAt(map, active)
      if (seat) onPick(seat.seatNo)
      return
    }
    const next = moveInGrid(map, active, command.move)
    setCursor(next)
    focusCell(next)
  }

  const focused = active && seatAt(map, active)
  const look = (seat: NonNullable<typeof focused>) =>
    seatLook(t, i18n.language, seat, { segmentId: map.segmentId, mapCurrency: map.currency, currency, state, passenger, passengers })

  return (
    <div className="xs-map-wrap">
      <p id={hintId} className="muted small">
        {t('extras.map.hint', { passenger: passengerName })}
      </p>
      <div
        ref={grid}
        role="grid"
        aria-label={t('extras.map.label', { flight })}
        aria-describedby={hintId}
        aria-rowcount={map.rows.length + 1}
        aria-colcount={map.columns.length + 1}
        className="xs-map"
        onKeyDown={onKeyDown}
        data-testid="seat-map"
      >
        <div role="row" className="xs-row xs-head" aria-rowindex={1}>
          <span role="columnheader" className="xs-rowhead">
            <span className="xs-sr">{t('extras.map.rows')}</span>
          </span>
          {map.columns.map((column, c) => (
            <span key={column} role="columnheader" aria-label={t('extras.map.column', { column })} className={aisleAfter(map, c) ? 'xs-cell xs-aisle' : 'xs-cell'}>
              {column}
            </span>
          ))}
        </div>
        {map.rows.map((row, r) => {
          const exit = isExitRow(row)
          return (
            <div key={row.rowNo} role="row" aria-rowindex={r + 2} className={exit ? 'xs-row xs-exit' : 'xs-row'}>
              <span role="rowheader" className="xs-rowhead">
                <span className="xs-sr">{exit ? t('extras.map.exitRow', { row: row.rowNo }) : t('extras.map.row', { row: row.rowNo })}</span>
                {exit && (
                  <span className="xs-exit-mark" aria-hidden="true">
                    {t('extras.map.exit')}
                  </span>
                )}
                <span aria-hidden="true">{row.rowNo}</span>
              </span>
              {row.seats.map((seat, c) => {
                const aisle = aisleAfter(map, c) ? ' xs-aisle' : ''
                if (!seat) return <span key={c} role="gridcell" aria-label={t('extras.map.noSeat')} className={`xs-cell xs-none${aisle}`} />
                const { offer, holder, label } = look(seat)
                const pos = { row: r, col: c }
                const isActive = active !== undefined && cellKey(active) === cellKey(pos)
                const mine = holder !== undefined && holder === passenger
                const kind = holder !== undefined ? (mine ? 'mine' : 'held') : offer.kind === 'pickable' ? offer.charge : offer.kind
                return (
                  <div
                    key={c}
                    role="gridcell"
                    tabIndex={isActive ? 0 : -1}
                    aria-label={label}
                    aria-selected={mine}
                    aria-disabled={offer.kind !== 'pickable' || (holder !== undefined && !mine) || passenger === undefined}
                    title={label}
                    data-cell={cellKey(pos)}
                    data-seat={seat.seatNo}
                    data-kind={kind}
                    className={`xs-cell xs-seat xs-${kind}${aisle}`}
                    onClick={() => {
                      setCursor(pos)
                      onPick(seat.seatNo)
                    }}
                    onFocus={() => setCursor(pos)}
                  >
                    <span aria-hidden="true">{holder !== undefined ? holder + 1 : seat.column}</span>
                  </div>
                )
              })}
            </div>
          )
        })}
      </div>
      <p className="xs-focused small" aria-hidden="true">
        {focused ? look(focused).label : ''}
      </p>
      <SeatLegend />
    </div>
  )
}

function SeatLegend() {
  const { t } = useTranslation()
  const kinds = ['free', 'paid', 'priceUnknown', 'taken', 'mine', 'held'] as const
  const words = { free: 'free', paid: 'paid', priceUnknown: 'unknown', taken: 'taken', mine: 'yours', held: 'others' } as const
  return (
    <ul className="xs-legend small" aria-label={t('extras.legend.label')}>
      {kinds.map((kind) => (
        <li key={kind}>
          <span className={`xs-cell xs-seat xs-${kind} xs-swatch`} aria-hidden="true" />
          {t(`extras.legend.${words[kind]}`)}
        </li>
      ))}
    </ul>
  )
}
