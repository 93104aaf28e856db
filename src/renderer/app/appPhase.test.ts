import { describe, expect, it } from 'vitest'
import { appStateAttribute, failedToStart, loading, started } from './appPhase'

const info = {
  name: 'FR24 Desk',
  version: '0.1.0',
  shell: 'browser-host' as const,
  platform: 'linux',
  systemLocale: 'en-US',
  startup: { servicesReadyMs: 12 }
}

describe('app phase', () => {
  it('reports loading, ready and failed', () => {
    expect(appStateAttribute(loading)).toBe('loading')
    expect(appStateAttribute(started(info))).toBe('ready')
    expect(appStateAttribute(failedToStart({ kind: 'network', message: 'x' }))).toBe('failed')
  })
})
