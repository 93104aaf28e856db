import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Journal, JournalError } from '../../journal/journal'
import { ManualClock } from '../../util/clock'
import { InternalBus } from '../core/internalBus'
import { MoneyPath, settledStateOf } from './moneyPath'
import { Fr24Error } from '../../fr24'
import { silentLogger } from '../../util/log'

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0)

describe('money path (journal and bus, without FR24)', () => {
  let journal: Journal
  let bus: InternalBus
  let logged: string[]
  let money: MoneyPath
  beforeEach(() => {
    journal = new Journal(':memory:', new ManualClock(T0))
    logged = []
    bus = new InternalBus({ ...silentLogger, error: (message) => void logged.push(message) })
    money = new MoneyPath({ movements: journal.movements, bus, log: { ...silentLogger, error: (message) => void logged.push(message) } })
  })
  afterEach(() => journal.close())

  it('sends nothing when the intent cannot be written', async () => {
    let sent = 0
    const refused = money.move({ profileId: 'p', kind: 'ticketing', amount: '-5', currency: 'CNY', send: async () => (sent++, { data: {}, traceId: 't', message: '', elapsedMs: 1 }) })
    await expect(refused).rejects.toBeInstanceOf(JournalError)
    expect(sent).toBe(0)
    expect(journal.movements.since('p', 0)).toEqual([])
  })

  it('a fault outside the FR24 client leaves the movement uncertain (it may have left), logged; a failing listener does not stop it', async () => {
    bus.on('movementSettled', () => {
      throw new Error('listener broke')
    })
    const outcome = await money.move({
      profileId: 'p',
      kind: 'ticketing',
      amount: '10',
      currency: 'CNY',
      send: async () => {
        throw new TypeError('glue bug')
      }
    })
    expect(outcome).toMatchObject({ state: 'uncertain', movement: { state: 'uncertain', note: 'unexpected error before the answer' } })
    expect(logged).toEqual(['a money call failed outside the FR24 client; its outcome is unknown', 'an internal event listener failed'])
  })

  it('reads the FR24 failure: unsent or refused is failed, a lost answer is uncertain', () => {
    const refused = new Fr24Error({ kind: 'fr24', endpoint: 'ticketing', message: 'no', code: '20400002' })
    const unsent = new Fr24Error({ kind: 'refused', endpoint: 'ticketing', message: 'connection refused' })
    const lost = new Fr24Error({ kind: 'timeout', endpoint: 'ticketing', message: 'no answer', uncertain: true })
    expect([refused, unsent, lost].map(settledStateOf)).toEqual(['failed', 'failed', 'uncertain'])
    expect(unsent.sent).toBe('no')
  })

  it('a bug of ours during the call is shown as internal, but the journal keeps it uncertain when the request may have left', () => {
    const afterSending = new Fr24Error({ kind: 'internal', endpoint: 'booking', message: 'TypeError in the answer parser' })
    const beforeSending = new Fr24Error({ kind: 'internal', endpoint: 'booking', message: 'TypeError while preparing', sent: 'no' })
    expect(afterSending).toMatchObject({ uncertain: false, action: 'report-bug', sent: 'maybe' })
    expect([afterSending, beforeSending].map(settledStateOf)).toEqual(['uncertain', 'failed'])
  })
})
