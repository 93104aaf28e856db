import { describe, expect, it } from 'vitest'
import {
  BOOK_STEPS,
  focusTargetId,
  HOME,
  keyCommand,
  mainScreenOf,
  parseRoute,
  routeHref,
  screenForShortcut,
  SETTINGS_SECTIONS,
  type KeyPress,
  type Route
} from './routes'

const EVERY_KIND: Route[] = [
  { screen: 'search' },
  { screen: 'orders' },
  { screen: 'order', orderNo: 'NEWAPI2026120100012345' },
  { screen: 'order', orderNo: 'a.b~c:d@e+f=g-h_1' },
  ...BOOK_STEPS.map((step): Route => ({ screen: 'book', searchId: 's_20261201_7f3a', offerId: 'offer-9:1@CA+MU', step })),
  { screen: 'balance' },
  { screen: 'settings' },
  ...SETTINGS_SECTIONS.map((section): Route => ({ screen: 'settings', section }))
]

describe('routes', () => {
  it('round-trips every kind of route through the location hash', () => {
    for (const route of EVERY_KIND) {
      expect(parseRoute(routeHref(route)), routeHref(route)).toEqual(route)
    }
  })

  it('round-trips screens through the location hash, as before parameters', () => {
    for (const screen of ['search', 'orders', 'balance', 'settings'] as const) {
      expect(parseRoute(routeHref({ screen }))).toEqual({ screen })
    }
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'search' })
    expect(parseRoute('')).toEqual({ screen: 'search' })
  })

  it('writes the hashes people read and share', () => {
    expect(routeHref({ screen: 'order', orderNo: '123' })).toBe('#/order/123')
    expect(routeHref({ screen: 'book', searchId: 's1', offerId: 'o2', step: 'passengers' })).toBe('#/book/s1/o2/passengers')
    expect(routeHref({ screen: 'settings', section: 'diagnostics' })).toBe('#/settings/diagnostics')
    expect(routeHref({ screen: 'settings' })).toBe('#/settings')
  })

  it('reads hashes with or without the slash, a trailing slash or a query', () => {
    expect(parseRoute('#orders')).toEqual({ screen: 'orders' })
    expect(parseRoute('#/orders/')).toEqual({ screen: 'orders' })
    expect(parseRoute('#/order/123?from=tray')).toEqual({ screen: 'order', orderNo: '123' })
    expect(parseRoute('#/order/NEW%2DAPI')).toEqual({ screen: 'order', orderNo: 'NEW-API' })
  })

  it('lands somewhere safe on bad input', () => {
    // An order number that is not one: the orders list, not a broken order screen.
    expect(parseRoute('#/order/')).toEqual({ screen: 'orders' })
    expect(parseRoute('#/order/a%2Fb')).toEqual({ screen: 'orders' })
    expect(parseRoute('#/order/has space')).toEqual({ screen: 'orders' })
    expect(parseRoute(`#/order/${'9'.repeat(129)}`)).toEqual({ screen: 'orders' })
    expect(parseRoute('#/order/1/2')).toEqual({ screen: 'orders' })
    // A booking without all its parts, or at a step that does not exist.
    expect(parseRoute('#/book/s1/o2')).toEqual(HOME)
    expect(parseRoute('#/book/s1/o2/pay-now')).toEqual(HOME)
    expect(parseRoute('#/book//o2/price')).toEqual(HOME)
    // An unknown section is Settings itself.
    expect(parseRoute('#/settings/secrets')).toEqual({ screen: 'settings' })
    expect(parseRoute('#/balance/extra')).toEqual(HOME)
    expect(parseRoute('#/constructor')).toEqual(HOME)
    expect(parseRoute('#/__proto__')).toEqual(HOME)
  })

  it('never throws on garbage', () => {
    const garbage = ['#/order/%E0%A4%A', '#/order/%', '%%%', '#/book/%ZZ/%/price', '#//////', '#/\u0000', '#/order/\u202e1', '\ud800', '#'.repeat(10_000)]
    for (let i = 0; i < 200; i++) {
      garbage.push('#/' + Array.from({ length: (i % 13) + 1 }, (_, j) => String.fromCharCode(((i * 7919 + j * 104729) % 0x2fff) + 1)).join(''))
    }
    for (const hash of garbage) {
      const route = parseRoute(hash)
      // Whatever it read is a route the desk can draw and write back unchanged.
      expect(parseRoute(routeHref(route))).toEqual(route)
    }
    expect(parseRoute(undefined as unknown as string)).toEqual(HOME)
  })

  it('puts an order under Orders and a booking under Search in the side navigation', () => {
    expect(mainScreenOf({ screen: 'order', orderNo: '1' })).toBe('orders')
    expect(mainScreenOf({ screen: 'book', searchId: 's', offerId: 'o', step: 'price' })).toBe('search')
    expect(mainScreenOf({ screen: 'settings', section: 'accounts' })).toBe('settings')
  })

  it('focuses the screen title, or the heading of the section a link named', () => {
    expect(focusTargetId({ screen: 'balance' })).toBe('screen-title')
    expect(focusTargetId({ screen: 'settings' })).toBe('screen-title')
    expect(focusTargetId({ screen: 'settings', section: 'diagnostics' })).toBe('diagnostics-title')
  })
})

describe('navigation keys', () => {
  const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    inTextField: false,
    ...modifiers
  })

  it('maps Ctrl+1…4 to screens and ignores other keys', () => {
    expect(screenForShortcut('1', true)).toBe('search')
    expect(screenForShortcut('4', true)).toBe('settings')
    expect(screenForShortcut('5', true)).toBeUndefined()
    expect(screenForShortcut('2', false)).toBeUndefined()
  })

  it('opens screens with Ctrl or Cmd, steps through history with Alt+←/→', () => {
    expect(keyCommand(press('3', { ctrlKey: true }))).toEqual({ kind: 'open', route: { screen: 'balance' } })
    expect(keyCommand(press('2', { metaKey: true }))).toEqual({ kind: 'open', route: { screen: 'orders' } })
    expect(keyCommand(press('ArrowLeft', { altKey: true }))).toEqual({ kind: 'back' })
    expect(keyCommand(press('ArrowRight', { altKey: true }))).toEqual({ kind: 'forward' })
  })

  it('leaves other combinations to the page, and Alt+←/→ to a text field (word by word on macOS)', () => {
    expect(keyCommand(press('3'))).toBeUndefined()
    expect(keyCommand(press('3', { ctrlKey: true, shiftKey: true }))).toBeUndefined()
    expect(keyCommand(press('3', { ctrlKey: true, altKey: true }))).toBeUndefined()
    expect(keyCommand(press('ArrowLeft', { altKey: true, ctrlKey: true }))).toBeUndefined()
    expect(keyCommand(press('ArrowLeft', { altKey: true, inTextField: true }))).toBeUndefined()
    expect(keyCommand(press('ArrowLeft'))).toBeUndefined()
    // Ctrl+1…4 still works from a field, as before.
    expect(keyCommand(press('1', { ctrlKey: true, inTextField: true }))).toEqual({ kind: 'open', route: { screen: 'search' } })
  })
})
