import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { DriftCounter } from '../drift'
import { BookingData } from './order'
import { amount, describeFields, expected, inferred, maybe, text } from './kit'
import { parseLenient } from './lenient'

const Item = z.looseObject({ id: text, price: expected(amount), note: maybe(z.string()) })
const Answer = z.looseObject({ orderNo: text, items: z.array(Item), when: expected(z.string()) })

function run(raw: unknown) {
  const drift = new DriftCounter()
  const result = parseLenient('test', Answer, raw, drift)
  return { result, drift: drift.counts().map((d) => `${d.path}: ${d.problem}`).sort() }
}

describe('parseLenient', () => {
  it('accepts ids as numbers, amounts as numbers or strings, and keeps unknown fields', () => {
    const { result, drift } = run({ orderNo: 17981635587543040n.toString(), items: [{ id: 7, price: '45.60', extra: true }], when: 'x', more: 1 })
    expect(drift).toEqual([])
    expect(result).toEqual({ ok: true, value: { orderNo: '17981635587543040', items: [{ id: '7', price: '45.6', extra: true }], when: 'x', more: 1 } })
  })

  it('drops a wrongly typed optional value and reports it', () => {
    const { result, drift } = run({ orderNo: '1', items: [{ id: 'a', price: 1, note: 5 }], when: 'x' })
    expect(result.ok && result.value.items[0]).toEqual({ id: 'a', price: '1' })
    expect(drift).toEqual(['items[].note: Invalid input: expected string, received number'])
  })

  it('reports a documented field that is missing but carries on', () => {
    const { result, drift } = run({ orderNo: '1', items: [{ id: 'a' }] })
    expect(result.ok).toBe(true)
    expect(drift).toEqual(['items[].price: missing', 'when: missing'])
  })

  it('drops a list item that lacks a field we cannot do without', () => {
    const { result, drift } = run({ orderNo: '1', items: [{ price: 1 }, { id: 'b', price: 2 }, { id: {}, price: 3 }], when: 'x' })
    expect(result.ok && result.value.items.map((i) => i.id)).toEqual(['b'])
    expect(drift).toEqual(['items[].id: missing'])
  })

  it('fails only when the answer itself is unusable', () => {
    expect(run({ items: [] }).result).toEqual({ ok: false, problems: ['orderNo'] })
    expect(run(null).result).toEqual({ ok: false, problems: ['(root)'] })
  })

  it('booking without orderNo or totalPrice is unusable; without payDeadline it is drift', () => {
    const base = { orderNo: '1', orderStatus: 11, currency: 'CNY', totalPrice: 100 }
    const drift = new DriftCounter()
    const ok = parseLenient('booking', BookingData, base, drift)
    expect(ok.ok && ok.value.orderStatus).toBe('11')
    expect(drift.counts().map((d) => d.path).sort()).toEqual(['createTime', 'legs', 'offer', 'payDeadline', 'segments'])
    expect(parseLenient('booking', BookingData, { ...base, orderNo: undefined }, drift)).toEqual({ ok: false, problems: ['orderNo'] })
    expect(parseLenient('booking', BookingData, { ...base, totalPrice: 'lots' }, drift)).toEqual({ ok: false, problems: ['totalPrice'] })
  })
})

describe('describeFields', () => {
  it('lists paths with required and inferred markers', () => {
    const s = z.looseObject({ a: text, b: maybe(z.string()), c: inferred(expected(z.array(z.looseObject({ d: text }))), 'because') })
    expect(describeFields(s)).toEqual([
      { path: 'a', required: true },
      { path: 'b', required: false },
      { path: 'c', required: true, inferred: 'because' },
      { path: 'c[].d', required: true }
    ])
  })
})
