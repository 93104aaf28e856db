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
const WRITE_ROUNDS = 200
const READ_ROUNDS = 20
const ORDERS = 50_000

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
  await moneyAndOrders()
} finally {
  rmSync(dir, { recursive: true, force: true })
}

/**
 * What the booking path asks of the journal: a money intent written durably (WAL, synchronous=FULL)
 * before the call leaves, beside a bare INSERT into a table of the same pragmas; and, with 50,000
 * orders on the profile, the Orders list and the duplicate guard's query.
 */
async function moneyAndOrders(): Promise<void> {
  const journalPath = join(dir, 'orders.sqlite')
  const journal = new Journal(journalPath, systemClock)
  const bare = new DatabaseSync(join(dir, 'bare.sqlite'))
  bare.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (id TEXT PRIMARY KEY, amount TEXT, at INTEGER)')
  const bareInsert = bare.prepare('INSERT INTO t (id, amount, at) VALUES (?, ?, ?)')
  let i = 0
  const writes = await interleaved(
    {
      intent: () => journal.movements.recordIntent({ profileId: 'sandbox', kind: 'booking', amount: '2310.00', currency: 'CNY', partnerOrderNo: `FD${i++}` }),
      bare: () => bareInsert.run(`b${i++}`, '2310.00', Date.now())
    },
    WRITE_ROUNDS
  )
  bare.close()
  journal.close()

  // 50,000 orders straight in, one transaction (the repository writes them one by one, durably).
  const db = new DatabaseSync(journalPath)
  db.exec('BEGIN')
  const insert = db.prepare(
    `INSERT INTO orders (profile_id, order_no, partner_order_no, environment, route, depart_local, depart_zone, trip_start, trip_end,
       travellers, currency, total, state, payment, booked_at, updated_at)
     VALUES ('sandbox', ?, ?, 'sandbox', 'SIN–HKG–SIN', '2026-12-20T08:05', 'Asia/Singapore', ?, ?, ?, 'CNY', '2310.00', ?, 'paid', ?, ?)`
  )
  const day = 86_400_000
  const from = Date.UTC(2026, 11, 1)
  const traveller = db.prepare(`INSERT INTO order_travellers (profile_id, order_no, name, birthday) VALUES ('sandbox', ?, ?, ?)`)
  for (let n = 0; n < ORDERS; n++) {
    const start = from + (n % 365) * day
    // A regular: one traveller flies with the agency every few days (one order in 200), the rest once each.
    const people = [{ name: `TRAVELLER/N${n}`, paxType: 'ADT', birthday: '1980-01-01' }, ...(n % 200 === 0 ? [{ name: 'TRAVELLER/REGULAR', paxType: 'ADT', birthday: '1985-05-05' }] : [])]
    insert.run(String(100000 + n), `FD${n}`, start, start + 7 * day, JSON.stringify(people), n % 10 === 0 ? 'cancelled' : 'ticketed', from + n * 1000, from + n * 1000)
    for (const p of people) traveller.run(String(100000 + n), p.name, p.birthday)
  }
  db.exec('COMMIT')
  db.close()
  const reopened = new Journal(journalPath, systemClock)
  const bareRead = new DatabaseSync(journalPath, { readOnly: true })
  const bareList = bareRead.prepare('SELECT * FROM orders WHERE profile_id = ? ORDER BY booked_at DESC LIMIT 500')
  const span = { start: from + 100 * day, end: from + 107 * day }
  const reads = await interleaved(
    {
      list: () => reopened.orders.list('sandbox', 500),
      bareList: () => bareList.all('sandbox'),
      guard: () => reopened.orders.liveOverlapping('sandbox', { name: 'TRAVELLER/REGULAR', birthday: '1985-05-05' }, span)
    },
    READ_ROUNDS
  )
  bareRead.close()
  reopened.close()
  console.log(`money intents (durable) and orders at ${ORDERS.toLocaleString('en')} orders, interleaved:`)
  publish([
    figure(BENCH, { name: 'money intent written before the call (synchronous=FULL)', unit: 'ms', samples: writes.intent!, baseline: { name: 'bare INSERT, same pragmas', samples: writes.bare! } }),
    figure(BENCH, {
      name: `Orders list (newest 500 of ${ORDERS.toLocaleString('en')}, read into records)`,
      unit: 'ms',
      samples: reads.list!,
      baseline: { name: 'bare SELECT of the same rows', samples: reads.bareList! },
      goal: { on: 'p50', atMost: 50 }
    }),
    figure(BENCH, {
      name: `duplicate guard: a regular traveller's live orders overlapping a week, of ${ORDERS.toLocaleString('en')}`,
      unit: 'ms',
      samples: reads.guard!,
      baseline: { name: 'bare SELECT of the newest 500', samples: reads.bareList! },
      goal: { on: 'p50', atMost: 50 }
    })
  ])
}

function check(pragma: 'quick_check' | 'integrity_check'): void {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    db.prepare(`PRAGMA ${pragma}`).all()
  } finally {
    db.close()
  }
}
