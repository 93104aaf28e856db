import { z } from 'zod'
import { Id } from '../contract/define'

/**
 * What the desk found wrong with its own files at start-up and did about it, so the
 * agent hears of it on screen (a log line alone is never read). Nothing was lost in
 * any of these cases: the original is kept under `file`.
 */
const FilePath = z.string().min(1).max(4096)

export const StartupNotice = z.discriminatedUnion('kind', [
  /** settings.json was not readable JSON: moved aside, the desk started with fresh settings. */
  z.object({ id: Id, kind: z.literal('settings-set-aside'), file: FilePath }),
  /** One Test/Production profile did not fit and was left out; its neighbours were kept. */
  z.object({
    id: Id,
    kind: z.literal('profile-dropped'),
    profileId: z.string().max(200),
    name: z.string().max(200),
    reason: z.string().max(500),
    /** A copy of settings.json as it was, with the dropped profile in it. */
    file: FilePath
  }),
  /** A whole section of settings.json (preferences, balance settings…) did not fit and went back to defaults. */
  z.object({ id: Id, kind: z.literal('section-reset'), section: z.string().max(64), reason: z.string().max(500), file: FilePath }),
  /** The journal was damaged: moved aside (with its -wal/-shm) and a fresh one started. */
  z.object({ id: Id, kind: z.literal('journal-set-aside'), reason: z.string().max(500), file: FilePath })
])
export type StartupNotice = z.infer<typeof StartupNotice>
export type StartupNoticeKind = StartupNotice['kind']

/** A notice before it is given its id. */
export type NewStartupNotice = StartupNotice extends infer N ? (N extends StartupNotice ? Omit<N, 'id'> : never) : never

export const NoticeList = z.object({ notices: z.array(StartupNotice) })
export type NoticeList = z.infer<typeof NoticeList>

export const NoticeRef = z.strictObject({ id: Id })
export type NoticeRef = z.infer<typeof NoticeRef>
