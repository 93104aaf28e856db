import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { callNames, calls, eventNames, events } from './contract'
import { balanceCalls, balanceEvents } from './contract/balance'
import { bookingCalls, bookingEvents } from './contract/booking'
import { coreCalls, coreEvents } from './contract/core'
import { call, event, longCall, merge, NoArgs, pick } from './contract/define'
import { diagnosticsCalls, diagnosticsEvents } from './contract/diagnostics'
import { noticeCalls, noticeEvents } from './contract/notices'
import { orderCalls, orderEvents } from './contract/orders'
import { preferenceCalls, preferenceEvents } from './contract/preferences'
import { profileCalls, profileEvents } from './contract/profiles'
import { searchCalls, searchEvents } from './contract/search'

const features = [
  [coreCalls, coreEvents],
  [preferenceCalls, preferenceEvents],
  [profileCalls, profileEvents],
  [balanceCalls, balanceEvents],
  [diagnosticsCalls, diagnosticsEvents],
  [noticeCalls, noticeEvents],
  [searchCalls, searchEvents],
  [bookingCalls, bookingEvents],
  [orderCalls, orderEvents]
] as const

describe('the contract, grown per feature', () => {
  it('holds every feature’s calls and events, flat, each name once', () => {
    const featureCalls = features.flatMap(([c]) => Object.keys(c))
    const featureEvents = features.flatMap(([, e]) => Object.keys(e))
    expect([...callNames].sort()).toEqual([...featureCalls].sort())
    expect([...eventNames].sort()).toEqual([...featureEvents].sort())
    for (const [c] of features) for (const [name, spec] of Object.entries(c)) expect(calls[name as keyof typeof calls]).toBe(spec)
    for (const [, e] of features) for (const [name, spec] of Object.entries(e)) expect(events[name as keyof typeof events]).toBe(spec)
  })

  it('has the long-call mechanism: cancel and the progress event', () => {
    expect(callNames).toContain('cancel')
    expect(eventNames).toContain('progress')
    expect(calls.cancel.long).toBe(false)
  })

  it('refuses two features naming the same call', () => {
    const a = { ping: call(NoArgs, z.string()) }
    const b = { ping: call(NoArgs, z.number()) }
    expect(() => merge(a, b)).toThrow('The contract names "ping" twice.')
    expect(() => merge({ changed: event(z.string()) }, { changed: event(z.number()) })).toThrow('"changed" twice')
  })

  it('picks a slice with exactly the names asked for', () => {
    const all = { a: call(NoArgs, z.string()), b: longCall(NoArgs, z.string()), c: call(NoArgs, z.number()) }
    const slice = pick(all, ['a', 'b'])
    expect(Object.keys(slice)).toEqual(['a', 'b'])
    expect(slice.b.long).toBe(true)
  })
})
