import { appendFileSync } from 'node:fs'

/**
 * One way every benchmark reports: a figure is a set of samples summarised as p50/p95, with the
 * baseline measured in the same run beside it (machines are noisy: ratios travel, absolute times
 * don't) and the goal it is held to. Each bench script prints its figures and, under `npm run
 * bench`, appends them as JSON lines to the file named by FR24_BENCH_OUT, from which bench/run.ts
 * writes bench/results.json and BENCHMARKS.md.
 */

export type Unit = 'ms' | 'µs' | 'req/s' | 'KB' | 'MB' | '×' | '%'

/** What the figure is held to: its p50, p95 or ratio to the baseline, at most or at least a bound. */
export interface Goal {
  on: 'p50' | 'p95' | 'p99' | 'max' | 'ratio'
  atMost?: number
  atLeast?: number
}

export interface Figure {
  bench: string
  name: string
  unit: Unit
  /** Samples behind p50/p95 (1 for a single measurement such as a size). */
  n: number
  p50: number
  p95: number
  p99: number
  max: number
  baseline?: { name: string; p50: number; p95: number; p99: number }
  /** p50 ÷ the baseline's p50 (a rate: baseline ÷ figure is not used; say so in the name). */
  ratio?: number
  goal?: Goal & { met: boolean; text: string }
  /** Why there is no baseline, or what limits a miss and what would fix it. */
  note?: string
}

export interface Stats {
  n: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('a figure needs at least one sample')
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1]! }
}

export interface FigureInput {
  name: string
  unit: Unit
  samples: readonly number[]
  baseline?: { name: string; samples: readonly number[] }
  goal?: Goal
  note?: string
}

function goalText(goal: Goal, unit: Unit): string {
  const bound = goal.atMost !== undefined ? `≤ ${goal.atMost}` : `≥ ${goal.atLeast}`
  return goal.on === 'ratio' ? `${bound}× baseline` : `${goal.on} ${bound} ${unit}`
}

export function figure(bench: string, input: FigureInput): Figure {
  const own = stats(input.samples)
  const out: Figure = { bench, name: input.name, unit: input.unit, ...own }
  if (input.baseline) {
    const base = stats(input.baseline.samples)
    out.baseline = { name: input.baseline.name, p50: base.p50, p95: base.p95, p99: base.p99 }
    out.ratio = base.p50 === 0 ? Number.POSITIVE_INFINITY : own.p50 / base.p50
  }
  if (input.goal) {
    const value = input.goal.on === 'ratio' ? out.ratio : own[input.goal.on]
    if (value === undefined) throw new Error(`${input.name}: a ratio goal needs a baseline`)
    const met = (input.goal.atMost === undefined || value <= input.goal.atMost) && (input.goal.atLeast === undefined || value >= input.goal.atLeast)
    out.goal = { ...input.goal, met, text: goalText(input.goal, input.unit) }
  }
  if (input.note) out.note = input.note
  return out
}

const digits = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2))

export function describe(f: Figure): string {
  let line = `${f.name}: p50 ${digits(f.p50)} ${f.unit}`
  if (f.n > 1) line += `, p95 ${digits(f.p95)} ${f.unit}${f.n >= 100 ? `, p99 ${digits(f.p99)} ${f.unit}` : ''} (n=${f.n})`
  if (f.baseline && f.ratio !== undefined) line += ` — ${f.ratio.toFixed(2)}× ${f.baseline.name} (p50 ${digits(f.baseline.p50)} ${f.unit})`
  if (f.goal?.on === 'max') line += `, max ${digits(f.max)} ${f.unit}`
  if (f.goal) line += ` — goal ${f.goal.text}: ${f.goal.met ? 'met' : 'MISSED'}`
  if (f.note) line += ` — ${f.note}`
  return line
}

/** Prints the figures and hands them to `npm run bench` (FR24_BENCH_OUT), one JSON line each. */
export function publish(figures: readonly Figure[]): void {
  for (const f of figures) console.log(`  ${describe(f)}`)
  const out = process.env.FR24_BENCH_OUT
  if (out) appendFileSync(out, figures.map((f) => JSON.stringify(f)).join('\n') + '\n')
}

/**
 * Runs the cases in turn, round after round (interleaved), so no case gets a quieter machine
 * than another; the first `warmup` rounds are dropped. Returns each case's samples in ms.
 */
export async function interleaved(cases: Record<string, () => unknown>, rounds: number, warmup = 2): Promise<Record<string, number[]>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]))
  for (let round = -warmup; round < rounds; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const started = performance.now()
      await run()
      if (round >= 0) times[name]!.push(performance.now() - started)
    }
  }
  return times
}
