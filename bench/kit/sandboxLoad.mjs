// The load generator of bench/sandboxScale.ts, in a process of its own so that making requests
// never shares the Sandbox's event loop. Plain JavaScript (no tsx start-up). It signs on its own
// (SHA-512 of appKey + appSecret + timestamp), independently of the Sandbox and of src/main/fr24.
// Driven over the IPC channel of child_process.fork():
//   { type: 'balance', id, url, ms, concurrency }  → { id, count, seconds, failures }
//   { type: 'book', id, targets: [{ url, offerIds }], count, passengers, contact } → { id, latencies: [per target], failures }
import { createHash } from 'node:crypto'
import { Agent, request } from 'node:http'

const [appKey, appSecret] = process.argv.slice(2)
// One pool of keep-alive connections per task, closed after it: a connection left idle across the
// Sandbox's quiet spells would meet the server's keep-alive timeout mid-request.
let agent = new Agent({ keepAlive: true, maxSockets: 64 })

function authentication() {
  const timestamp = String(Math.floor(Date.now() / 1000))
  return { sign: createHash('sha512').update(appKey + appSecret + timestamp).digest('hex'), timestamp }
}

function post(url, body) {
  const payload = Buffer.from(JSON.stringify({ authentication: authentication(), ...body }))
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { appKey, 'Content-Type': 'application/json', 'Content-Length': payload.length } }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ ms: performance.now() - started, answer: JSON.parse(Buffer.concat(chunks).toString('utf8')) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(payload)
  })
}

async function balance({ url, ms, concurrency }) {
  let count = 0
  let failures = 0
  const started = performance.now()
  const until = started + ms
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const { answer } = await post(`${url}/api/new/selectBalance.do`, {})
        if (answer.code === '000000') count++
        else failures++
      }
    })
  )
  return { count, seconds: (performance.now() - started) / 1000, failures }
}

/** A priced booking on one target: price its next offer, book it (timed); an offer out of seats is skipped. */
async function bookOne(target, passengers, contact) {
  while (target.next < target.offerIds.length) {
    const priced = await post(`${target.url}/api/new/pricing.do`, { offerId: target.offerIds[target.next], adultNum: 1, childNum: 0, infantNum: 0 })
    if (priced.answer.code !== '000000') {
      target.next++
      continue
    }
    const booked = await post(`${target.url}/api/new/booking.do`, { offerId: priced.answer.data.offer[0].offerId, partnerOrderNo: '', passengers, agentContact: contact })
    if (booked.answer.code === '000000') return booked.ms
    target.failures++
    target.next++
  }
  throw new Error(`${target.url}: out of offers to book`)
}

/** `count` bookings on each target, one at a time, alternating between the targets. */
async function book({ targets, count, passengers, contact }) {
  const state = targets.map((t) => ({ ...t, next: 0, failures: 0, latencies: [] }))
  for (let i = 0; i < count; i++) {
    for (const target of state) target.latencies.push(await bookOne(target, passengers, contact))
  }
  return { latencies: state.map((t) => t.latencies), failures: state.reduce((sum, t) => sum + t.failures, 0) }
}

process.on('message', (message) => {
  if (message.type === 'exit') {
    agent.destroy()
    process.exit(0)
  }
  agent = new Agent({ keepAlive: true, maxSockets: 64 })
  const work = message.type === 'balance' ? balance(message) : book(message)
  work.finally(() => agent.destroy()).then(
    (result) => process.send({ id: message.id, ...result }),
    (error) => process.send({ id: message.id, error: String(error?.stack ?? error) })
  )
})
process.send({ ready: true })
