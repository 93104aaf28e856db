import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { z } from 'zod'
import type { NewStartupNotice } from '../../../shared/domain/notices'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { copyAside, ensurePrivateDir, makePrivate, moveAside, writeFileDurably } from '../../util/privateFiles'

/**
 * Non-secret settings in one JSON file, split into sections that each service owns
 * with its own schema. Secrets never go here (they live in the vault), except the
 * Sandbox profile's keys, which only open the local simulator.
 *
 * Nothing in it is ever lost silently:
 * - a file that is not a JSON object is moved aside (`settings.json.damaged-<UTC time>`)
 *   and the desk starts with fresh settings;
 * - a section that no longer fits its schema (older or newer version, hand edit) is
 *   repaired (what still fits is kept, see `Salvage`) or goes back to its defaults, but
 *   first the file as it was is copied aside (`settings.json.before-repair-<UTC time>`);
 * each time with a log line and a notice for the agent.
 *
 * Writes are durable: temp file, fsync, rename, fsync of the folder.
 */
export interface SettingsStore {
  read<S extends z.ZodType>(section: string, schema: S, fallback: z.output<S>, salvage?: Salvage<z.output<S>>): z.output<S>
  write(section: string, value: unknown): void
}

/** A notice about one part of a section; the store adds which copy of the file holds the original. */
export type SectionNotice = NewStartupNotice extends infer N ? (N extends { file: string } ? Omit<N, 'file'> : never) : never

/**
 * Recovers what still fits from a section that failed its schema (one bad profile must
 * not take its neighbours with it). `undefined` means nothing could be recovered.
 */
export type Salvage<T> = (raw: unknown) => { value: T; notices: SectionNotice[] } | undefined

export interface JsonSettingsStoreOptions {
  /** Where what was kept aside is told to the agent (the notices room). */
  report: (notice: NewStartupNotice) => void
  log: Logger
  /** For the set-aside files' timestamps. */
  clock: Clock
}

export class JsonSettingsStore implements SettingsStore {
  private cache: Record<string, unknown> | undefined
  /** The copy of the file as first read, once a section needed repair (one copy covers every section). */
  private original: string | undefined

  constructor(
    private readonly path: string,
    private readonly options: JsonSettingsStoreOptions
  ) {}

  read<S extends z.ZodType>(section: string, schema: S, fallback: z.output<S>, salvage?: Salvage<z.output<S>>): z.output<S> {
    const all = this.load()
    const raw = all[section]
    if (raw === undefined) return fallback
    const parsed = schema.safeParse(raw)
    if (parsed.success) return parsed.data

    const reason = describeIssues(parsed.error)
    const file = this.keepOriginal()
    const recovered = salvage?.(raw)
    const checked = recovered ? schema.safeParse(recovered.value) : undefined
    if (recovered && checked?.success) {
      this.persist({ ...all, [section]: recovered.value })
      this.options.log.warn('settings section repaired; the original file is kept', { section, reason, file })
      for (const notice of recovered.notices) this.options.report({ ...notice, file } as NewStartupNotice)
      return checked.data
    }
    const { [section]: _dropped, ...rest } = all
    this.persist(rest)
    this.options.log.warn('settings section did not fit and went back to defaults; the original file is kept', { section, reason, file })
    this.options.report({ kind: 'section-reset', section, reason, file })
    return fallback
  }

  write(section: string, value: unknown): void {
    this.persist({ ...this.load(), [section]: value })
  }

  private persist(all: Record<string, unknown>): void {
    ensurePrivateDir(dirname(this.path))
    writeFileDurably(this.path, JSON.stringify(all, null, 2))
    this.cache = all
  }

  private load(): Record<string, unknown> {
    this.cache ??= this.readFile()
    return this.cache
  }

  private readFile(): Record<string, unknown> {
    let text: string
    try {
      text = readFileSync(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
      return this.setAside(`the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    }
    makePrivate(this.path)
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      return this.setAside(`not valid JSON (${error instanceof Error ? error.message : String(error)})`)
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return this.setAside('not a JSON object')
    return parsed as Record<string, unknown>
  }

  private setAside(reason: string): Record<string, unknown> {
    // If even the move fails, the error stops the start-up: better than writing over the file.
    const file = moveAside(this.path, 'damaged', this.options.clock.now())
    this.options.log.error('settings file could not be used and was set aside; starting with fresh settings', { reason, file })
    this.options.report({ kind: 'settings-set-aside', file })
    return {}
  }

  private keepOriginal(): string {
    this.original ??= copyAside(this.path, 'before-repair', this.options.clock.now())
    return this.original
  }
}

/** Where and why, in a line: `profiles.2.name: Too big: expected string to have <=60 characters`. */
export function describeIssues(error: z.ZodError): string {
  const text = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ')
  return text.length > 400 ? `${text.slice(0, 399)}…` : text
}
