import type { CallName, CallResponse, EventName, EventPayload } from '../../shared/contract'
import type { DeskError, Result } from '../../shared/errors'

/**
 * Data the whole window follows (the balance, the accounts, the start-up notices, the
 * preferences): one load, then main's events, and a refresh on demand. The frame starts
 * every feed once and stops them when it goes, so no widget or screen has to remember to.
 * What a value does to the window is the feed's `apply`: loads and events go through it
 * alike, so a feed whose values can cross (an event and a slower answer) orders them there.
 */
export interface Feed<T> {
  name: string
  load(): Promise<Result<T>>
  /** Follows main's event for this data; returns the way to stop. */
  follow(apply: (value: T) => void): () => void
  apply(value: T): void
  fail(error: DeskError): void
}

export interface RunningFeed {
  name: string
  /** Settles once the first load has been applied (or dropped because the feed stopped). */
  loaded: Promise<void>
  /** Loads again; an answer overtaken by a newer refresh is dropped. */
  refresh(): Promise<void>
  stop(): void
}

export function startFeed<T>(feed: Feed<T>): RunningFeed {
  let stopped = false
  let generation = 0
  // Follow first: an event sent while the first load is on its way is not missed.
  const unfollow = feed.follow((value) => {
    if (!stopped) feed.apply(value)
  })
  const load = async () => {
    const mine = ++generation
    let result: Result<T>
    try {
      result = await feed.load()
    } catch (cause) {
      // callDesk answers errors as data; a throw is a bug in the window, said as one.
      result = { ok: false, error: { kind: 'internal', message: `Loading ${feed.name} failed: ${String(cause)}`, action: 'report-bug' } }
    }
    if (stopped || mine !== generation) return
    if (result.ok) feed.apply(result.value)
    else feed.fail(result.error)
  }
  return {
    name: feed.name,
    loaded: load(),
    refresh: load,
    stop: () => {
      if (stopped) return
      stopped = true
      unfollow()
    }
  }
}

/** The ports a desk feed needs: the renderer's client in the window, a stand-in in unit tests. */
export interface DeskPorts {
  call<N extends CallName>(name: N): Promise<Result<CallResponse<N>>>
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void
}

/** A feed made of one contract call and the event that says its answer changed. */
export function deskFeed<N extends CallName, E extends EventName>(
  ports: DeskPorts,
  spec: { call: N; event: E; apply(value: CallResponse<N> | EventPayload<E>): void; fail(error: DeskError): void }
): Feed<CallResponse<N> | EventPayload<E>> {
  return {
    name: spec.call,
    load: () => ports.call(spec.call),
    follow: (apply) => ports.on(spec.event, apply),
    apply: spec.apply,
    fail: spec.fail
  }
}

/** Stops every running feed (the frame's clean-up). */
export function stopFeeds(feeds: readonly RunningFeed[]): void {
  for (const feed of feeds) feed.stop()
}
