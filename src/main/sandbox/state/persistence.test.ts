import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../util/log'
import { MINUTE } from '../world/time'
import { adult, balance, book, testSandbox, type TestSandbox } from '../testing/fixtures'
import { savedState } from '../testing/savedState'

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
    expect(readdirSync(dir)).toEqual(['fr24-sandbox-state.sqlite'])

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
    const saved = savedState(join(dir, 'fr24-sandbox-state.sqlite'))
    expect(Object.keys(saved?.orders ?? { missing: true })).toHaveLength(0)
  })

  it('writes the file before it answers', async () => {
    // The older form of the option: state.json names state.sqlite beside it.
    const t = await testSandbox({ statePath: join(dir, 'state.json') })
    try {
      const { booking } = await book(t.client)
      const saved = savedState(join(dir, 'state.sqlite'))
      expect(saved?.orders[booking.orderNo]?.status).toBe('11')
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

  it('keeps every change of a busy day across a restart, written a few rows at a time', async () => {
    const first = await testSandbox({ statePath: dir })
    const pay = (t: TestSandbox, o: { orderNo: string; totalPrice: unknown }) =>
      t.client.ok('ticketing', { orderNo: o.orderNo, currency: 'CNY', totalPrice: o.totalPrice, paymentMethod: '0' })
    // Issued and partly refunded; issued with a bag bought after; paid and still issuing; unpaid; a lost answer found again.
    const { booking: refunded } = await book(first.client, { adultNum: 2 }, [adult(1), adult(2)], 'P-1')
    await pay(first, refunded)
    const { booking: bagged } = await book(first.client, { depDate: '2026-04-16' }, undefined, 'P-2')
    await pay(first, bagged)
    await first.sandbox.control.advanceClock(2 * MINUTE)
    await first.client.ok('refundConfirming', { tktOrderNo: refunded.orderNo, passengers: [{ paxId: '2', name: 'TRAVELLER/ADULTB' }], refundReason: '0', fileId: [] })
    const postsale = await first.client.ok('postsaleAncillaryShopping', { orderNo: bagged.orderNo })
    const aux = await first.client.ok('ancillaryBooking', {
      orderNo: bagged.orderNo,
      ancillary: [{ paxId: '1', segmentIds: postsale.auxes[0].segmentIds, auxType: 1, auxId: postsale.auxes[0].auxId, quantity: 1 }]
    })
    await first.client.ok('ancillaryPurchase', { auxOrderNo: aux.auxOrderNo, orderNo: bagged.orderNo, currency: 'CNY', totalPrice: aux.totalPrice, paymentMethod: '0' })
    const { booking: issuing } = await book(first.client, { depDate: '2026-04-17' })
    await pay(first, issuing)
    await book(first.client, { depDate: '2026-04-18' }, undefined, 'P-4')
    await first.sandbox.control.advanceClock(MINUTE)
    await first.sandbox.control.setCreditLimit('1000')
    const before = first.sandbox.control.state()
    await first.close()

    const second = await testSandbox({ statePath: dir })
    try {
      const after = second.sandbox.control.state()
      expect(after.orders).toEqual(before.orders)
      expect(after.auxOrders).toEqual(before.auxOrders)
      expect(after.ledger).toEqual(before.ledger)
      expect(after.holds).toEqual(before.holds)
      expect(after.balance).toEqual(before.balance)
      expect(after.clockOffsetMs).toBe(before.clockOffsetMs)
      expect(before.orders.length).toBe(5)
      // The indexes are rebuilt from the file: the lost answer is found by its partner order number, and time still moves orders on.
      expect((await second.client.ok('orderDetail', { partnerOrderNo: 'P-4' })).orderStatus).toBe('11')
      await second.sandbox.control.advanceClock(60 * MINUTE)
      expect((await second.client.ok('orderDetail', { partnerOrderNo: 'P-4' })).orderStatus).toBe('15')
      expect((await second.client.ok('orderDetail', { orderNo: issuing.orderNo })).orderStatus).toBe('13')
      expect((await second.client.ok('ancillaryOrderDetail', { auxOrderNo: aux.auxOrderNo })).auxOrderStatus).toBe('3')
    } finally {
      await second.close()
    }
  })

  it('imports the JSON state of an older sandbox once, and keeps that file aside', async () => {
    const first = await testSandbox({ statePath: dir })
    const { booking } = await book(first.client, {}, undefined, 'OLD-1')
    await first.sandbox.control.setBalance('777')
    await first.close()
    // What an older sandbox left: the same state as one JSON file, and no database.
    const legacy = savedState(join(dir, 'fr24-sandbox-state.sqlite'))
    const older = mkdtempSync(join(tmpdir(), 'fr24-sandbox-older-'))
    try {
      const json = JSON.stringify(legacy)
      writeFileSync(join(older, 'fr24-sandbox-state.json'), json)
      const lines: string[] = []
      const log = createLogger({ sink: (line) => lines.push(line) })
      const second = await testSandbox({ statePath: older, log })
      try {
        expect(await balance(second.client)).toBe('777.00')
        expect((await second.client.ok('orderDetail', { partnerOrderNo: 'OLD-1' })).orderNo).toBe(booking.orderNo)
      } finally {
        await second.close()
      }
      const files = readdirSync(older).sort()
      expect(files).toHaveLength(2)
      expect(files[0]).toBe('fr24-sandbox-state.json.imported-' + files[0]?.split('.imported-')[1])
      expect(readFileSync(join(older, files[0] ?? ''), 'utf8')).toBe(json)
      expect(files[1]).toBe('fr24-sandbox-state.sqlite')
      expect(lines.some((line) => line.includes('imported'))).toBe(true)

      // From now on the database is the state: the file kept aside is not read again.
      const third = await testSandbox({ statePath: older })
      try {
        await third.client.ok('orderDetail', { orderNo: booking.orderNo })
        expect(await balance(third.client)).toBe('777.00')
      } finally {
        await third.close()
      }
    } finally {
      rmSync(older, { recursive: true, force: true })
    }
  })

  it('sets a damaged database aside with its companions, reports it and starts afresh', async () => {
    const file = join(dir, 'fr24-sandbox-state.sqlite')
    const garbage = 'SQLite format 3\0 — not really: half a page of something else'.repeat(40)
    writeFileSync(file, garbage)
    const lines: string[] = []
    const t = await testSandbox({ statePath: dir, log: createLogger({ sink: (line) => lines.push(line) }) })
    try {
      expect(await balance(t.client)).toBe('50000.00')
      await book(t.client)
    } finally {
      await t.close()
    }
    const aside = readdirSync(dir).filter((f) => f.startsWith('fr24-sandbox-state.sqlite.unreadable-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe(garbage)
    if (process.platform !== 'win32') expect(statSync(join(dir, aside[0] ?? '')).mode & 0o777).toBe(0o600)
    expect(lines.some((line) => line.includes('set aside') && line.includes(aside[0] ?? '?'))).toBe(true)
    expect(Object.keys(savedState(file)?.orders ?? {})).toHaveLength(1)
  })

  it('sets aside a database whose rows cannot be read', async () => {
    const first = await testSandbox({ statePath: dir })
    await book(first.client)
    await first.close()
    const file = join(dir, 'fr24-sandbox-state.sqlite')
    const db = new DatabaseSync(file)
    db.exec("UPDATE records SET value = '{ half a row' WHERE kind = 'orders'")
    db.close()
    const second = await testSandbox({ statePath: dir })
    try {
      expect(await balance(second.client)).toBe('50000.00')
      expect(second.sandbox.control.state().orders).toHaveLength(0)
    } finally {
      await second.close()
    }
    const aside = readdirSync(dir).filter((f) => f.startsWith('fr24-sandbox-state.sqlite.unreadable-'))
    expect(aside).toHaveLength(1)
    const kept = new DatabaseSync(join(dir, aside[0] ?? ''), { readOnly: true })
    try {
      expect(kept.prepare("SELECT value FROM records WHERE kind = 'orders'").get()).toEqual({ value: '{ half a row' })
    } finally {
      kept.close()
    }
  })
})
