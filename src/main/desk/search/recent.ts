import { z } from 'zod'
import { RECENT_SEARCHES, RecentSearch, type SearchRequest } from '../../../shared/domain/search'
import type { SettingsStore } from '../core/settingsStore'

/** Settings section: per profile id, the last searches, newest first. */
const SECTION = 'recentSearches'
const Section = z.record(z.string(), z.array(RecentSearch))

export class RecentSearchStore {
  constructor(private readonly settings: SettingsStore) {}

  list(profileId: string): { request: SearchRequest; at: number }[] {
    return (this.read()[profileId] ?? []).slice(0, RECENT_SEARCHES)
  }

  /** The same search again moves to the top instead of appearing twice. */
  add(profileId: string, request: SearchRequest, at: number): void {
    const all = this.read()
    const same = JSON.stringify(request)
    const rest = (all[profileId] ?? []).filter((r) => JSON.stringify(r.request) !== same)
    all[profileId] = [{ request, at }, ...rest].slice(0, RECENT_SEARCHES)
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
