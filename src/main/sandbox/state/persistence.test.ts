import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MINUTE } from '../world/time'
import { balance, book, testSandbox } from '../testing/fixtures'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fr24-sandbox-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('state on disk', () => {
  it('keeps orders, balance and business time across a restart', async () => {
    const first = await testSandbox({ statePath: dir })
    const { booking } = await book(first.client)
    await first.client.ok('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    await first.sandbox.control.advanceClock(30 * MINUTE)
    const paid = await balance(first.client)
    await first.close()
    expect(readdirSync(dir)).toEqual(['fr24-sandbox-state.json'])

    const second = await testSandbox({ statePath: dir })
    try {
      expect(await balance(second.client)).toBe(paid)
      const detail = await second.client.ok('orderDetail', { orderNo: booking.orderNo })
      expect(detail.orderStatus).toBe('13')
      expect(second.sandbox.control.state().clockOffsetMs).toBe(30 * MINUTE)
      // reset() is what Settings calls: opening balance, no orders — and it is saved.
      await second.sandbox.reset()
      expect(await balance(second.client)).toBe('50000.00')
      expect((await second.client.call('orderDetail', { orderNo: booking.orderNo })).code).toBe('10100030')
    } finally {
      await second.close()
    }
    const saved = JSON.parse(readFileSync(join(dir, 'fr24-sandbox-state.json'), 'utf8'))
    expect(Object.keys(saved.orders)).toHaveLength(0)
  })

  it('writes the file before it answers', async () => {
    const file = join(dir, 'state.json')
    const t = await testSandbox({ statePath: file })
    try {
      const { booking } = await book(t.client)
      const saved = JSON.parse(readFileSync(file, 'utf8'))
      expect(saved.orders[booking.orderNo].status).toBe('11')
    } finally {
      await t.close()
    }
  })

  it('starts afresh, keeping the unreadable file aside, when the state cannot be read', async () => {
    const file = join(dir, 'state.json')
    writeFileSync(file, '{ half a file')
    const t = await testSandbox({ statePath: file })
    try {
      expect(await balance(t.client)).toBe('50000.00')
      expect(readdirSync(dir).some((f) => f.startsWith('state.json.unreadable-'))).toBe(true)
    } finally {
      await t.close()
    }
  })
})
