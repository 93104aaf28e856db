import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startDeskOn } from '../testing/deskOnFolder'

describe('the desk with a damaged journal', () => {
  it('starts, says so on the notice list and records readings in a fresh journal', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fr24-journal-desk-'))
    try {
      writeFileSync(join(dataDir, 'journal.sqlite'), Buffer.from('SQLite format 2\0 but not really '.repeat(200)))
      const desk = await startDeskOn(dataDir)
      try {
        const { notices } = await desk.call('listNotices')
        expect(notices).toEqual([
          { id: expect.any(String), kind: 'journal-set-aside', file: expect.stringContaining('journal.sqlite.corrupted-'), reason: expect.any(String) }
        ])
        expect(existsSync(notices[0]!.file)).toBe(true)
        expect(desk.log.lines.some((line) => line.level === 'error' && line.fields?.file === notices[0]!.file)).toBe(true)
        // The balance path writes to the journal: a reading from the embedded Sandbox goes in and comes back.
        const view = await desk.call('refreshBalance')
        expect(view).toMatchObject({ profileId: 'sandbox' })
        const history = await desk.call('balanceHistory', { since: 0 })
        expect(history.samples.length).toBeGreaterThan(0)
      } finally {
        await desk.app.stop()
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
