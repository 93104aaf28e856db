import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../util/clock'
import { JournalError } from './errors'
import { Journal } from './journal'
import { openJournal, openJournalFile, type JournalSetAside } from './openJournal'
import { silentLogger } from '../util/log'

const T0 = Date.UTC(2026, 11, 1, 9, 30, 0)
const PAGE = 4096

let dir: string
let path: string
let clock: ManualClock
/** What was set aside, in the shape the desk turns it into (a `journal-set-aside` notice). */
let reported: ({ kind: 'journal-set-aside' } & JournalSetAside)[]
const opened: Journal[] = []
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fr24-journal-open-'))
  path = join(dir, 'journal.sqlite')
  clock = new ManualClock(T0)
  reported = []
})
afterEach(() => {
  for (const journal of opened.splice(0)) journal.close()
  rmSync(dir, { recursive: true, force: true })
})

const open = () => {
  const journal = openJournal(path, {
    clock,
    onSetAside: (aside) => void reported.push({ kind: 'journal-set-aside', ...aside }),
    log: silentLogger
  })
  opened.push(journal)
  return journal
}
const reading = (receivedAt: number, balance: string) => ({ currency: 'CNY', balance, creditLimit: '0.00', payable: '0.00', receivedAt })
const asideName = 'journal.sqlite.corrupted-20261201T093000Z'

/** A real journal with enough rows to fill many pages, closed so its -wal is folded into the file. */
function writeRealJournal(rows: number): void {
  const journal = new Journal(path, clock)
  for (let i = 0; i < rows; i++) journal.samples.add('sandbox', { ...reading(T0 + i, `${10_000 + i}.00`), traceId: `balance_NEWAPI${i}` })
  journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', amount: '7757.00', currency: 'CNY', orderNo: 'T1' })
  journal.close()
}

/** The fresh journal works: it takes rows and gives them back. */
function expectUsable(journal: Journal): void {
  expect(journal.samples.latest('sandbox')).toBeUndefined()
  journal.samples.add('sandbox', reading(T0 + 1, '50000.00'))
  expect(journal.samples.latest('sandbox')?.balance).toBe('50000.00')
}

describe('opening the journal', () => {
  it('opens a healthy journal as it is, with its rows and no notice', () => {
    writeRealJournal(50)
    const journal = open()
    expect(journal.samples.countSince('sandbox', 0)).toBe(50)
    expect(reported).toEqual([])
    expect(readdirSync(dir).filter((name) => name.includes('corrupted'))).toEqual([])
  })

  it('sets aside a file with a garbage header (with its -wal and -shm), reports it, and starts a fresh one', () => {
    const garbage = Buffer.from('this is not a database, just some bytes that landed here\n'.repeat(100))
    writeFileSync(path, garbage)
    writeFileSync(`${path}-wal`, 'wal bytes')
    writeFileSync(`${path}-shm`, 'shm bytes')
    expect(openJournalFile(path, clock)).toMatchObject({ kind: 'corrupted', reason: expect.stringContaining('not a database') })

    const journal = open()

    expect(readFileSync(join(dir, asideName))).toEqual(garbage)
    expect(readFileSync(join(dir, `${asideName}-wal`), 'utf8')).toBe('wal bytes')
    // The -shm goes with them; it is only SQLite's index of the -wal, rebuilt by whoever opens the file.
    expect(existsSync(join(dir, `${asideName}-shm`))).toBe(true)
    // The fresh journal has a -wal of its own, not the old one.
    expect(readFileSync(`${path}-wal`, 'utf8')).not.toBe('wal bytes')
    expect(reported).toEqual([{ kind: 'journal-set-aside', file: join(dir, asideName), reason: expect.stringContaining('not a database') }])
    expectUsable(journal)
  })

  it('sets aside a journal with a damaged page in the middle, keeping its bytes and its -wal, and starts a fresh one', () => {
    writeRealJournal(1500)
    // As a crash leaves it: later rows still in the -wal, not yet folded into the file.
    const live = new Journal(path, clock)
    for (let i = 0; i < 100; i++) live.samples.add('sandbox', reading(T0 + 10_000 + i, '1.00'))
    const crashImage = ['', '-wal', '-shm'].map((suffix) => [suffix, readFileSync(`${path}${suffix}`)] as const)
    live.close()
    for (const [suffix, bytes] of crashImage) writeFileSync(`${path}${suffix}`, bytes)
    const wal = readFileSync(`${path}-wal`)
    expect(wal.length).toBeGreaterThan(PAGE)

    const pages = statSync(path).size / PAGE
    expect(pages).toBeGreaterThan(20)
    const damaged = Math.floor(pages / 2)
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(PAGE, 0x5a), 0, PAGE, damaged * PAGE)
    closeSync(fd)
    const bytes = readFileSync(path)
    // The damage is past the header: SQLite opens the file and only a check finds it.
    expect(openJournalFile(path, clock).kind).toBe('corrupted')

    const journal = open()

    expect(readFileSync(join(dir, asideName))).toEqual(bytes)
    expect(readFileSync(join(dir, `${asideName}-wal`))).toEqual(wal)
    expect(reported).toEqual([{ kind: 'journal-set-aside', file: join(dir, asideName), reason: expect.stringMatching(/malformed|quick_check/) }])
    expectUsable(journal)
  })

  it('never writes over an earlier set-aside journal', () => {
    writeFileSync(path, 'garbage one '.repeat(400))
    open().close()
    writeFileSync(path, 'garbage two '.repeat(400))
    open()
    expect(readFileSync(join(dir, asideName), 'utf8')).toContain('garbage one')
    expect(readFileSync(join(dir, `${asideName}-2`), 'utf8')).toContain('garbage two')
    expect(existsSync(path)).toBe(true)
  })

  it('a journal another program holds is "locked": a JournalError of that kind, nothing set aside or replaced', () => {
    writeRealJournal(5)
    const other = new DatabaseSync(path)
    try {
      other.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; DELETE FROM balance_samples WHERE id = 1;")
      expect(openJournalFile(path, clock)).toMatchObject({ kind: 'locked', reason: expect.stringContaining('locked') })
      let failure: unknown
      try {
        open()
      } catch (error) {
        failure = error
      }
      expect(failure).toBeInstanceOf(JournalError)
      expect(failure).toMatchObject({ kind: 'locked', message: expect.stringContaining('locked by another program') })
      expect(reported).toEqual([])
      expect(readdirSync(dir).filter((name) => name.includes('corrupted'))).toEqual([])
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    expect(open().samples.countSince('sandbox', 0)).toBe(5)
  })
})
