import type { BalanceSnapshot } from '../../../shared/domain/balance'
import { movesWallet, type MoneyMovement } from '../../../shared/domain/moneyMovement'

export interface ChartBox {
  width: number
  height: number
  left: number
  right: number
  top: number
  bottom: number
}

export const DEFAULT_BOX: ChartBox = { width: 720, height: 220, left: 72, right: 16, top: 12, bottom: 28 }

export interface ChartPoint {
  x: number
  y: number
  sample: BalanceSnapshot
}

export interface ChartMarker {
  x: number
  movement: MoneyMovement
}

export interface ChartGeometry {
  box: ChartBox
  points: ChartPoint[]
  /** A step line: the balance holds until the next reading. */
  path: string
  markers: ChartMarker[]
  /** Time span drawn (epoch ms). */
  from: number
  to: number
  /** Lowest and highest balance drawn, as the samples wrote them (labels only). */
  low: string | undefined
  high: string | undefined
  /** y of the low and high labels. */
  lowY: number
  highY: number
}

/**
 * Where the balance history and the desk's money calls go on an SVG chart. Amounts
 * become pixel positions here (Number is fine for pixels); every figure shown as text
 * stays the decimal string the sample carried.
 */
export function chartGeometry(
  samples: readonly BalanceSnapshot[],
  movements: readonly MoneyMovement[],
  box: ChartBox = DEFAULT_BOX
): ChartGeometry {
  const ordered = [...samples].sort((a, b) => a.receivedAt - b.receivedAt)
  const marked = movements.filter((m) => movesWallet(m.kind))
  const times = [...ordered.map((s) => s.receivedAt), ...marked.map((m) => m.createdAt)]
  const plotLeft = box.left
  const plotRight = box.width - box.right
  const plotTop = box.top
  const plotBottom = box.height - box.bottom
  if (times.length === 0) {
    return { box, points: [], path: '', markers: [], from: 0, to: 0, low: undefined, high: undefined, lowY: plotBottom, highY: plotTop }
  }
  let from = Math.min(...times)
  let to = Math.max(...times)
  if (from === to) {
    from -= 60_000
    to += 60_000
  }
  const x = (t: number) => plotLeft + ((t - from) / (to - from)) * (plotRight - plotLeft)

  let lowSample: BalanceSnapshot | undefined
  let highSample: BalanceSnapshot | undefined
  for (const s of ordered) {
    if (!lowSample || Number(s.balance) < Number(lowSample.balance)) lowSample = s
    if (!highSample || Number(s.balance) > Number(highSample.balance)) highSample = s
  }
  let min = lowSample ? Number(lowSample.balance) : 0
  let max = highSample ? Number(highSample.balance) : 1
  if (min === max) {
    const pad = Math.max(1, Math.abs(min) * 0.05)
    min -= pad
    max += pad
  }
  const y = (v: number) => plotBottom - ((v - min) / (max - min)) * (plotBottom - plotTop)

  const points = ordered.map((sample) => ({ x: round(x(sample.receivedAt)), y: round(y(Number(sample.balance))), sample }))
  let path = ''
  points.forEach((p, i) => {
    path += i === 0 ? `M${p.x} ${p.y}` : ` H${p.x} V${p.y}`
  })
  return {
    box,
    points,
    path,
    markers: marked.map((movement) => ({ x: round(x(movement.createdAt)), movement })),
    from,
    to,
    low: lowSample?.balance,
    high: highSample?.balance,
    lowY: lowSample ? round(y(Number(lowSample.balance))) : plotBottom,
    highY: highSample ? round(y(Number(highSample.balance))) : plotTop
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}
