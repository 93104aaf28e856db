import { z } from 'zod'
import { RECENT_SEARCHES, RecentSearch, type SearchRequest } from '../../../shared/domain/search'
import type { Logger } from '../../util/log'
import type { Timers } from '../../util/timers'
import type { SettingsStore } from '../core/settingsStore'

/** Settings section: per profile id, the last searches, newest first. */
const SECTION = 'recentSearches'
const Section = z.record(z.string(), z.array(RecentSearch))

interface Unsaved {
  profileId: string
  request: SearchRequest
  at: number
}

/**
 * The last searches per profile, in the settings file. A search's answer does not wait for its
 * save: the file is written durably (an fsync), a few milliseconds on the path of every 2,000-offer
 * answer (issue 10), so searches are queued and saved on the next turn, after the rows have left.
 * Reading the list saves what is queued first, so nobody ever reads a list missing a search.
 */
export class RecentSearchStore {
  private unsaved: Unsaved[] = []
  private saveQueued = false

  constructor(
    private readonly settings: SettingsStore,
    private readonly timers: Timers,
    private readonly log: Logger
  ) {}

  list(profileId: string): { request: SearchRequest; at: number }[] {
    this.save()
    return (this.read()[profileId] ?? []).slice(0, RECENT_SEARCHES)
  }

  /** The same search again moves to the top instead of appearing twice. Saved on the next turn. */
  add(profileId: string, request: SearchRequest, at: number): void {
    this.unsaved.push({ profileId, request, at })
    if (this.saveQueued) return
    this.saveQueued = true
    this.timers.setTimeout(() => {
      try {
        this.save()
      } catch (error) {
        // Only the list of recent searches is at stake; the search itself has answered.
        this.log.warn('recent searches could not be saved', { error: error instanceof Error ? error.message : String(error) })
      }
    }, 0)
  }

  /** Writes every queued search, oldest first, in one write. */
  save(): void {
    this.saveQueued = false
    if (this.unsaved.length === 0) return
    const queued = this.unsaved
    this.unsaved = []
    const all = this.read()
    for (const { profileId, request, at } of queued) {
      const same = JSON.stringify(request)
      const rest = (all[profileId] ?? []).filter((r) => JSON.stringify(r.request) !== same)
      all[profileId] = [{ request, at }, ...rest].slice(0, RECENT_SEARCHES)
    }
    this.settings.write(SECTION, all)
  }

  private read(): Record<string, RecentSearch[]> {
    // A damaged section starts empty (the store reports it); dropping recent searches loses nothing that matters.
    return this.settings.read(SECTION, Section, {}, (raw) => salvage(raw))
  }
}

/** Keeps every profile's entries that still read, so one bad entry does not cost all of them. */
function salvage(raw: unknown): { value: Record<string, RecentSearch[]>; notices: [] } | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined
  const value: Record<string, RecentSearch[]> = {}
  for (const [profileId, list] of Object.entries(raw)) {
    if (!Array.isArray(list)) continue
    value[profileId] = list.flatMap((item) => {
      const parsed = RecentSearch.safeParse(item)
      return parsed.success ? [parsed.data] : []
    })
  }
  return { value, notices: [] }
}
