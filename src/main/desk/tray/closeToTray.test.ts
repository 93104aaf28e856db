import { describe, expect, it } from 'vitest'
import { decideWindowClose, type WindowCloseInput } from './closeToTray'

const base: WindowCloseInput = {
  closeToTray: true,
  explained: false,
  quitting: false,
  trayAvailable: true,
  platform: 'win32',
  language: 'en'
}

describe('closing the window', () => {
  it('hides to the tray and explains it the first time only', () => {
    const first = decideWindowClose(base)
    expect(first).toMatchObject({ action: 'hide', explain: { title: 'FR24 Desk is still running' } })
    if (first.action === 'hide') expect(first.explain?.body).toContain('notification area')
    expect(decideWindowClose({ ...base, explained: true })).toEqual({ action: 'hide' })
    const mac = decideWindowClose({ ...base, platform: 'darwin', language: 'zh-CN' })
    expect(mac.action === 'hide' && mac.explain?.body).toContain('菜单栏')
  })
  it('closes when quitting, when the agent turned it off, or without a tray', () => {
    expect(decideWindowClose({ ...base, quitting: true })).toEqual({ action: 'close' })
    expect(decideWindowClose({ ...base, closeToTray: false })).toEqual({ action: 'close' })
    expect(decideWindowClose({ ...base, trayAvailable: false })).toEqual({ action: 'close' })
  })
})
