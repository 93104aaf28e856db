import type { CallResponse } from '../../shared/contract'
import type { Result } from '../../shared/errors'
import { callDesk } from '../desk/client'
import { startFeed, type RunningFeed } from '../feeds/feed'
import { preferencesFeed } from '../stores/preferences'

/** What the window waits for before it shows anything but "Loading…". */
export interface FirstAnswers {
  info: Promise<Result<CallResponse<'appInfo'>>>
  /** Followed for as long as the window lives (language and theme come from it). */
  preferences: RunningFeed
}

let asked: FirstAnswers | undefined

/**
 * Asks main for the first answers once per window. main.tsx asks as soon as the bridge exists, so
 * the round trips overlap the text system's and React's start instead of following them.
 */
export function askFirstAnswers(): FirstAnswers {
  asked ??= { info: callDesk('appInfo'), preferences: startFeed(preferencesFeed()) }
  return asked
}
