import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fr24ExamplePath } from '../../../../test/fixtures/fr24/examples'
import { DriftCounter } from '../drift'
import { SUCCESS_DATA } from '../testSupport'
import { RESPONSE_SCHEMAS } from '.'
import { parseLenient } from './lenient'
import { retryLenient } from './retry'

/**
 * The one-pass lenient parse (lenient.ts) must read every answer the way the zod rounds it
 * replaced read it (retry.ts, still the slow path for what the pass does not cover): the same
 * value, the same drift, for the answers the desk knows and for thousands of damaged copies of
 * them — fields removed, values of every wrong type, lists where objects go and back.
 */

const example = (name: string): unknown => (JSON.parse(readFileSync(fr24ExamplePath(name), 'utf8')) as { data?: unknown }).data

const ANSWERS: [endpoint: string, data: unknown][] = [
  ...Object.keys(RESPONSE_SCHEMAS).flatMap((endpoint): [string, unknown][] => {
    const data = SUCCESS_DATA[endpoint] ?? (endpoint === 'seatMap' ? SUCCESS_DATA.seatShopping : undefined)
    return data === undefined ? [] : [[endpoint, data]]
  }),
  ['shopping', example('shopping.response.json')],
  ['selectBalance', example('selectBalance.response.json')],
  ['payVerify', example('payVerify.response.json')],
  ['presaleAncillaryShopping', example('presaleAncillaryShopping.response.json')],
  ['ancillaryOrderDetail', example('ancillaryOrderDetail.response.json')],
  ['orderChangeInforming', JSON.parse(readFileSync(fr24ExamplePath('orderChangeInforming.request.json'), 'utf8'))]
]

/** Both ways of reading, each with its own drift counter: the value (or failure) and the drift, as text. */
function bothWays(endpoint: string, data: unknown) {
  const schema = RESPONSE_SCHEMAS[endpoint]
  if (!schema) throw new Error(`no schema for ${endpoint}`)
  const onePass = new DriftCounter()
  const rounds = new DriftCounter()
  const reported = new Set<string>()
  const pass = parseLenient(endpoint, schema, data, onePass)
  const round = retryLenient(schema, data, (path, problem) => {
    if (reported.has(path)) return
    reported.add(path)
    rounds.report(endpoint, path, problem)
  })
  const drift = (d: DriftCounter) => d.counts().map((c) => `${c.path}: ${c.problem} ×${c.count}`).sort()
  // Reading in place (what the client does with an answer it just parsed) must give the same.
  const inPlace = new DriftCounter()
  const owned = parseLenient(endpoint, schema, structuredClone(data), inPlace, { owned: true })
  expect(owned).toEqual(pass)
  expect(drift(inPlace)).toEqual(drift(onePass))
  return { pass, round, passDrift: drift(onePass), roundDrift: drift(rounds) }
}

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function generator(seed: number) {
  let state = seed
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
  return { next, pick: <T>(list: readonly T[]): T => list[next(list.length)] as T }
}

const WRONG_VALUES: readonly unknown[] = [null, {}, [], 'x', '', ' 7 ', '12.50', '-3', 'true', 'false', 0, -0, 7, 12.5, 1e21, true, false, [null], ['a', 3], [{}], { a: 1 }]

/** Every place in a JSON value: the holder and the key (or index) inside it. */
function places(value: unknown, out: { holder: Record<string | number, unknown>; key: string | number }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push({ holder: value as unknown as Record<number, unknown>, key: i })
      places(v, out)
    })
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push({ holder: value as Record<string, unknown>, key: k })
      places(v, out)
    }
  }
  return out
}

function damage(data: unknown, seed: number): unknown {
  const copy = structuredClone(data)
  const { next, pick } = generator(seed)
  const times = 1 + next(4)
  for (let i = 0; i < times; i++) {
    const all = places(copy)
    if (all.length === 0) return copy
    const { holder, key } = pick(all)
    const current = holder[key]
    switch (next(5)) {
      case 0:
        if (Array.isArray(holder)) holder.splice(key as number, 1)
        else delete holder[key]
        break
      case 1:
        // An object where a list goes, and a list of one where an object goes.
        holder[key] = Array.isArray(current) ? current[0] : [current]
        break
      default:
        holder[key] = structuredClone(pick(WRONG_VALUES))
    }
  }
  return copy
}

/**
 * The one place the two part ways, on purpose: `legs` sent as one object (listOrOne) whose leg does
 * not fit. The rounds cannot remove an item from a list that is not an array on the wire, so they
 * go round until they give up on the whole answer; the pass drops the leg and keeps the answer.
 */
function roundsGaveUpOnOneLeg(damaged: unknown, round: { ok: boolean; problems?: string[] }): boolean {
  const legs = (damaged as { legs?: unknown } | null)?.legs
  const oneObject = legs !== null && typeof legs === 'object' && !Array.isArray(legs)
  return oneObject && !round.ok && round.problems?.join() === '(root)'
}

describe('the one-pass lenient parse reads as the zod rounds did', () => {
  it('the answers the desk knows: the same value and the same drift', () => {
    for (const [endpoint, data] of ANSWERS) {
      const { pass, round, passDrift, roundDrift } = bothWays(endpoint, data)
      expect(pass, endpoint).toEqual(round)
      expect(passDrift, endpoint).toEqual(roundDrift)
    }
  })

  it('thousands of damaged answers: the same value or the same refusal, the same drift, and the answer left as it came', () => {
    let compared = 0
    let drifted = 0
    let refused = 0
    let oneLegCases = 0
    for (const [endpoint, data] of ANSWERS) {
      for (let seed = 1; seed <= 250; seed++) {
        const damaged = damage(data, seed * 7919 + endpoint.length)
        const before = structuredClone(damaged)
        const { pass, round, passDrift, roundDrift } = bothWays(endpoint, damaged)
        const where = `${endpoint} seed ${seed}`
        expect(damaged, `${where}: the raw answer was changed`).toEqual(before)
        if (roundsGaveUpOnOneLeg(damaged, round)) {
          oneLegCases++
          continue
        }
        expect(pass.ok, where).toBe(round.ok)
        if (pass.ok && round.ok) {
          expect(pass.value, where).toEqual(round.value)
          expect(passDrift, where).toEqual(roundDrift)
        } else if (!pass.ok && !round.ok) {
          // The rounds stopped at the first round with a fatal field; the pass names every fatal field it met.
          for (const problem of round.problems) expect(pass.problems, where).toContain(problem)
          refused++
        }
        if (passDrift.length > 0) drifted++
        compared++
      }
    }
    // The damage did what it is for: most copies drift, some are refused outright.
    expect(compared + oneLegCases).toBe(ANSWERS.length * 250)
    expect(oneLegCases).toBeLessThan(compared / 20)
    expect(drifted).toBeGreaterThan(compared / 2)
    expect(refused).toBeGreaterThan(0)
  })
})

describe('where the pass does better than the rounds', () => {
  it('legs sent as one object with a leg that does not fit: the leg goes, the order stays', () => {
    const order = { ...(SUCCESS_DATA.orderDetail as Record<string, unknown>), legs: { segmentIds: ['s1'] } }
    const { pass, round, passDrift } = bothWays('orderDetail', order)
    expect(round).toEqual({ ok: false, problems: ['(root)'] })
    expect(pass.ok && (pass.value as { legs?: unknown }).legs).toEqual([])
    expect(passDrift).toEqual(['legs[].legId: missing ×1'])
  })
})
