import type { Figure } from './figures'

interface Results {
  date: string
  totalSeconds: number
  machine: { platform: string; release: string; cpu: string; cores: number; memoryGB: number }
  versions: Record<string, string>
  runs: { script: string; seconds: number; ok: boolean }[]
  figures: Figure[]
}

const num = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2))
const cell = (text: string): string => text.replace(/\|/g, '\\|')

/** BENCHMARKS.md from one run's results: written by `npm run bench`, never by hand. */
export function writeBenchmarksMd(r: Results): string {
  const lines: string[] = []
  lines.push('# Benchmarks', '')
  lines.push(`Latest run: **${r.date.slice(0, 16).replace('T', ' ')} UTC**, \`npm run bench\` in ${r.totalSeconds.toFixed(0)} s. Written by bench/run.ts; every figure with its`)
  lines.push('baseline measured in the same run (interleaved where the two can take turns), p50/p95 over repeated samples, and its goal.')
  lines.push('Raw figures: [bench/results.json](bench/results.json).', '')
  lines.push(`Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, ${r.machine.platform} ${r.machine.release}.`)
  lines.push(`Versions: ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`, '')
  const failed = r.runs.filter((run) => !run.ok)
  if (failed.length) lines.push(`**Scripts that failed:** ${failed.map((f) => f.script).join(', ')} (their figures are missing).`, '')
  const missed = r.figures.filter((f) => f.goal && !f.goal.met)
  lines.push('## Goals missed', '')
  if (missed.length === 0) lines.push('None.', '')
  else {
    for (const f of missed) lines.push(`- **${f.bench} — ${f.name}** (goal ${f.goal?.text}): ${f.note ?? 'no note given'}`)
    lines.push('')
  }
  const benches = [...new Set(r.figures.map((f) => f.bench))]
  for (const bench of benches) {
    const run = r.runs.find((x) => x.script.endsWith(`${bench}.ts`))
    lines.push(`## ${bench}${run ? ` (${run.seconds.toFixed(0)} s)` : ''}`, '')
    lines.push('| Figure | p50 | p95 | p99 | n | Baseline (same run) | Ratio | Goal | |')
    lines.push('|---|---:|---:|---:|---:|---|---:|---|---|')
    for (const f of r.figures.filter((x) => x.bench === bench)) {
      const base = f.baseline ? `${cell(f.baseline.name)}: ${num(f.baseline.p50)} ${f.unit}` : f.note && !f.goal ? cell(f.note) : '—'
      const ratio = f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '—'
      const goal = f.goal ? cell(f.goal.on === 'max' ? `${f.goal.text} (max ${num(f.max)} ${f.unit})` : f.goal.text) : '—'
      const met = f.goal ? (f.goal.met ? 'met' : '**missed**') : ''
      lines.push(`| ${cell(f.name)} | ${num(f.p50)} ${f.unit} | ${f.n > 1 ? `${num(f.p95)} ${f.unit}` : '—'} | ${f.n >= 100 ? `${num(f.p99)} ${f.unit}` : '—'} | ${f.n} | ${base} | ${ratio} | ${goal} | ${met} |`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
