import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { Journal } from '../src/main/journal/journal'
import { openJournalFile } from '../src/main/journal/openJournal'
import { systemClock } from '../src/main/util/clock'
import { figure, interleaved, publish } from './kit/figures'

/**
 * What the journal's start-up check costs: a journal of 10k balance readings and 10k money
 * movements, opened the way the desk opens it (quick_check, then the Journal), beside the
 * two SQLite checks alone. The figures behind choosing quick_check (see openJournal.ts).
 * Prints and publishes (bench/kit/figures.ts); asserts nothing.
 *
 *   npx tsx bench/journal.ts
 */
const ROWS = 10_000
const ROUNDS = 15
const BENCH = 'journal'

const dir = mkdtempSync(join(tmpdir(), 'fr24-bench-journal-'))
const path = join(dir, 'journal.sqlite')
try {
  new Journal(path, systemClock).close()
  // Rows straight in, in one transaction: the Journal's own writes are fsynced one by one.
  const db = new DatabaseSync(path)
  db.exec('BEGIN')
  const sample = db.prepare(
    `INSERT INTO balance_samples (profile_id, received_at, balance, credit_limit, payable, currency, server_time, trace_id)
     VALUES ('sandbox', ?, '50000.00', '0.00', '0.00', 'CNY', '2026-12-01 09:30:00', ?)`
  )
  const movement = db.prepare(
    `INSERT INTO money_movements (id, profile_id, kind, order_no, amount, currency, direction, state, created_at)
     VALUES (?, 'sandbox', 'ticketing', ?, '7757.00', 'CNY', 'debit', 'succeeded', ?)`
  )
  for (let i = 0; i < ROWS; i++) {
    sample.run(1_764_000_000_000 + i * 60_000, `balance_NEWAPI${i}`)
    movement.run(`mv_${i}`, `T${i}`, 1_764_000_000_000 + i)
  }
  db.exec('COMMIT')
  db.close()

  const cases: Record<string, () => void> = {
    'open as the desk does (quick_check + Journal)': () => {
      const opening = openJournalFile(path, systemClock)
      if (opening.kind !== 'opened') throw new Error(`the bench journal is ${opening.kind}`)
      opening.journal.close()
    },
    'PRAGMA quick_check alone': () => check('quick_check'),
    'PRAGMA integrity_check alone': () => check('integrity_check')
  }
  const times = await interleaved(cases, ROUNDS)
  const integrity = { name: 'PRAGMA integrity_check alone', samples: times['PRAGMA integrity_check alone']! }
  console.log(`journal of ${ROWS} readings + ${ROWS} movements, ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB, ${ROUNDS} interleaved rounds:`)
  publish([
    figure(BENCH, { name: 'open as the desk does (quick_check + Journal)', unit: 'ms', samples: times['open as the desk does (quick_check + Journal)']!, baseline: integrity }),
    figure(BENCH, { name: 'PRAGMA quick_check alone', unit: 'ms', samples: times['PRAGMA quick_check alone']!, baseline: integrity })
  ])
} finally {
  rmSync(dir, { recursive: true, force: true })
}

function check(pragma: 'quick_check' | 'integrity_check'): void {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    db.prepare(`PRAGMA ${pragma}`).all()
  } finally {
    db.close()
  }
}
