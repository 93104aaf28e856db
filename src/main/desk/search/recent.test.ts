import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SearchRequest } from '../../../shared/domain/search'
import { ManualClock } from '../../util/clock'
import { silentLogger, type Logger } from '../../util/log'
import { FakeTimers } from '../../util/testing/fakeTimers'
import { JsonSettingsStore, type SettingsStore } from '../core/settingsStore'
import { RecentSearchStore } from './recent'

const request = (to: string): SearchRequest => ({
  tripType: 'oneWay',
  legs: [{ from: 'SIN', to, date: '2027-03-01' }],
  passengers: { adults: 1, children: 0, infants: 0 },
  cabin: 'Y'
})

describe('recent searches: saved after the answer, never missing from the list', () => {
  let dir: string
  let path: string
  let clock: ManualClock
  let timers: FakeTimers
  let settings: SettingsStore

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fr24-desk-recent-'))
    path = join(dir, 'settings.json')
    clock = new ManualClock(Date.UTC(2027, 0, 1))
    timers = new FakeTimers(clock)
    settings = new JsonSettingsStore(path, { report: () => {}, log: silentLogger, clock })
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const onDisk = (): unknown => JSON.parse(readFileSync(path, 'utf8')).recentSearches

  it('writes nothing while the answer is on its way, then every queued search in one write on the next turn', async () => {
    const recent = new RecentSearchStore(settings, timers, silentLogger)
    recent.add('sandbox', request('HKG'), 1)
    recent.add('sandbox', request('BKK'), 2)
    recent.add('sandbox', request('HKG'), 3)
    expect(() => readFileSync(path)).toThrow()
    expect(timers.count()).toBe(1)
    await timers.advance(0)
    // Newest first; HKG again moved to the top instead of appearing twice.
    expect(onDisk()).toEqual({ sandbox: [{ request: request('HKG'), at: 3 }, { request: request('BKK'), at: 2 }] })
  })

  it('a list read before the save sees the queued search, and saves it', () => {
    const recent = new RecentSearchStore(settings, timers, silentLogger)
    recent.add('sandbox', request('HKG'), 1)
    expect(recent.list('sandbox')).toEqual([{ request: request('HKG'), at: 1 }])
    expect(onDisk()).toEqual({ sandbox: [{ request: request('HKG'), at: 1 }] })
    expect(recent.list('other')).toEqual([])
  })

  it('save() (the desk stopping) writes what is queued; a store again on the same file reads it', () => {
    const recent = new RecentSearchStore(settings, timers, silentLogger)
    recent.add('sandbox', request('HKG'), 1)
    recent.save()
    const again = new RecentSearchStore(new JsonSettingsStore(path, { report: () => {}, log: silentLogger, clock }), timers, silentLogger)
    expect(again.list('sandbox')).toEqual([{ request: request('HKG'), at: 1 }])
  })

  it('a save that fails on its turn is logged, not thrown into whatever runs next', async () => {
    const warned: string[] = []
    const log: Logger = { ...silentLogger, warn: (message) => void warned.push(message) }
    const failing: SettingsStore = {
      read: (section, schema, fallback) => settings.read(section, schema, fallback),
      write: () => {
        throw new Error('disk full')
      }
    }
    const recent = new RecentSearchStore(failing, timers, log)
    recent.add('sandbox', request('HKG'), 1)
    await expect(timers.advance(0)).resolves.toBeUndefined()
    expect(warned).toEqual(['recent searches could not be saved'])
  })
})
