import type { z } from 'zod'
import type { SettingsStore } from '../settingsStore'

/** Settings kept in memory, for tests: each section as last written, or the fallback. */
export class MemorySettingsStore implements SettingsStore {
  private readonly data = new Map<string, unknown>()
  read<S extends z.ZodType>(section: string, schema: S, fallback: z.output<S>): z.output<S> {
    const parsed = schema.safeParse(this.data.get(section))
    return this.data.has(section) && parsed.success ? parsed.data : fallback
  }
  write(section: string, value: unknown): void {
    this.data.set(section, structuredClone(value))
  }
}
