import { describe, expect, it } from 'vitest'
import { resultsCommand, type ResultsKeyPress } from './resultsKeys'

const press = (key: string, over: Partial<ResultsKeyPress> = {}): ResultsKeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inField: false,
  afterSortPrefix: false,
  ...over
})

describe('the results keyboard', () => {
  it('moves with j/k and the arrows, opens with Enter', () => {
    expect(resultsCommand(press('j'))).toEqual({ kind: 'move', by: 1 })
    expect(resultsCommand(press('ArrowUp'))).toEqual({ kind: 'move', by: -1 })
    expect(resultsCommand(press('Enter'))).toEqual({ kind: 'open' })
    expect(resultsCommand(press('End'))).toEqual({ kind: 'last' })
  })

  it('sorts with s then a letter, and only then', () => {
    expect(resultsCommand(press('s'))).toEqual({ kind: 'sortPrefix' })
    expect(resultsCommand(press('p', { afterSortPrefix: true }))).toEqual({ kind: 'sort', key: 'price' })
    expect(resultsCommand(press('e', { afterSortPrefix: true }))).toEqual({ kind: 'sort', key: 'departure' })
    expect(resultsCommand(press('t', { afterSortPrefix: true }))).toEqual({ kind: 'sort', key: 'stops' })
    expect(resultsCommand(press('x', { afterSortPrefix: true }))).toBeUndefined()
    expect(resultsCommand(press('p'))).toBeUndefined()
  })

  it('leaves typing in a field alone, except Escape', () => {
    expect(resultsCommand(press('j', { inField: true }))).toBeUndefined()
    expect(resultsCommand(press('f', { inField: true }))).toBeUndefined()
    expect(resultsCommand(press('Escape', { inField: true }))).toEqual({ kind: 'escape' })
  })

  it('leaves chords to the frame (Ctrl+1…4, the palette)', () => {
    expect(resultsCommand(press('k', { ctrlKey: true }))).toBeUndefined()
    expect(resultsCommand(press('f', { metaKey: true }))).toBeUndefined()
  })
})
