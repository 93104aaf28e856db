import { describe, expect, it } from 'vitest'
import { DriftCounter } from './drift'
import { WireLog, supportBundle, type WireEntry } from './wireLog'

const entry = (over: Partial<WireEntry> = {}): Omit<WireEntry, 'seq'> => ({
  endpoint: 'booking',
  startedAt: 1_700_000_000_000,
  durationMs: 812,
  attempt: 1,
  httpStatus: 200,
  code: '000000',
  traceId: 'order_NEWAPI250117113939340071145',
  requestBytes: 900,
  responseBytes: 2100,
  outcome: 'ok',
  ...over
})

describe('WireLog', () => {
  it('keeps only the newest entries, in order', () => {
    const log = new WireLog(3)
    for (let i = 0; i < 5; i++) log.add(entry({ traceId: `t${i}` }))
    expect(log.entries().map((e) => [e.seq, e.traceId])).toEqual([
      [3, 't2'],
      [4, 't3'],
      [5, 't4']
    ])
  })

  it('finds all attempts for one traceId', () => {
    const log = new WireLog()
    log.add(entry({ traceId: 'a' }))
    log.add(entry({ traceId: 'b', attempt: 1 }))
    log.add(entry({ traceId: 'b', attempt: 2 }))
    expect(log.byTraceId('b').map((e) => e.attempt)).toEqual([1, 2])
  })
})

describe('supportBundle', () => {
  it('carries the call, the app version and the drift of that endpoint, as JSON', () => {
    const log = new WireLog()
    log.add(entry())
    log.add(entry({ endpoint: 'shopping', traceId: 'other' }))
    const drift = new DriftCounter({ now: () => 5 })
    drift.report('booking', 'createTime', 'missing')
    drift.report('booking', 'createTime', 'missing')
    drift.report('shopping', 'legs', 'missing')
    const bundle = JSON.parse(
      supportBundle({ traceId: 'order_NEWAPI250117113939340071145', wireLog: log, drift, appVersion: '0.1.0', now: () => 0 })
    )
    expect(bundle).toMatchObject({
      kind: 'fr24-desk-support-bundle',
      appVersion: '0.1.0',
      found: true,
      calls: [expect.objectContaining({ endpoint: 'booking', code: '000000', durationMs: 812 })],
      drift: [expect.objectContaining({ endpoint: 'booking', path: 'createTime', count: 2 })]
    })
  })

  it('says when the traceId is unknown', () => {
    const bundle = JSON.parse(supportBundle({ traceId: 'nope', wireLog: new WireLog(), appVersion: 'x' }))
    expect(bundle.found).toBe(false)
    expect(bundle.calls).toEqual([])
  })
})
