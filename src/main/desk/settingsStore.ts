import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { z } from 'zod'

/**
 * Non-secret settings in one JSON file, split into sections that each service owns
 * with its own schema. Secrets never go here (they live in the vault), except the
 * Sandbox profile's keys, which only open the local simulator.
 *
 * Writes are atomic (temp file + rename) so a crash never leaves half a file.
 */
export interface SettingsStore {
  read<S extends z.ZodType>(section: string, schema: S, fallback: z.output<S>): z.output<S>
  write(section: string, value: unknown): void
}

export class JsonSettingsStore implements SettingsStore {
  private cache: Record<string, unknown> | undefined

  constructor(private readonly path: string) {}

  read<S extends z.ZodType>(section: string, schema: S, fallback: z.output<S>): z.output<S> {
    const raw = this.load()[section]
    if (raw === undefined) return fallback
    const parsed = schema.safeParse(raw)
    // A section that no longer fits its schema (older version, hand edit) falls back
    // rather than stopping the app; the file keeps the old value until the next write.
    return parsed.success ? parsed.data : fallback
  }

  write(section: string, value: unknown): void {
    const all = { ...this.load(), [section]: value }
    mkdirSync(dirname(this.path), { recursive: true })
    const tmp = `${this.path}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(all, null, 2), { mode: 0o600 })
    renameSync(tmp, this.path)
    this.cache = all
  }

  private load(): Record<string, unknown> {
    if (this.cache) return this.cache
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.path, 'utf8'))
      this.cache = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
    } catch {
      this.cache = {}
    }
    return this.cache
  }
}

/** For tests and for places with no disk. */
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
