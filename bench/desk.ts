import { createCipheriv, createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createFr24Client } from '../src/main/fr24'
import { encryptPassengers } from '../src/main/fr24/passengerCrypto'
import { authentication } from '../src/main/fr24/sign'
import { silentLogger } from '../src/main/util/log'
import { figure, interleaved, publish } from './kit/figures'

/**
 * The FR24 protocol's own cost per call, each beside the bare work it wraps, in the same rounds:
 * a signed selectBalance through the desk's client (signing, request, envelope and schema) against
 * a loopback server answering FR24's documented example, beside a bare fetch + JSON.parse of the
 * same bytes from the same server; the signature beside a bare SHA-512 of the same text; the AES
 * encryption of 9 passengers beside a bare AES-128-CBC of the same JSON. About 10 seconds.
 *
 *   npx tsx bench/desk.ts
 */
const BENCH = 'protocol'
const CALL_ROUNDS = 1500
const CPU_ROUNDS = 3000

const answer = readFileSync('test/fixtures/fr24/selectBalance.response.json', 'utf8')
const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(answer))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const keys = { appKey: 'bench-agency', appSecret: 'bench-secret', aesKey: 'bench-aes-key-16' }
try {
  const client = createFr24Client({ baseUrl: url, credentials: async () => keys, log: silentLogger })
  const body = JSON.stringify({ authentication: authentication(keys.appKey, keys.appSecret, Date.now()) })
  const calls = await interleaved(
    {
      desk: () => client.selectBalance(),
      bare: async () => JSON.parse(await (await fetch(`${url}/api/new/selectBalance.do`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).text()) as unknown
    },
    CALL_ROUNDS,
    50
  )

  const passenger = (i: number) => ({
    paxId: i + 1,
    name: 'TRAVELLER/BENCH',
    paxType: 'ADT',
    birthday: '1980-01-01',
    gender: 'F',
    cardNum: `E${String(12345670 + i)}`,
    cardType: 'PP',
    cardIssuedPlace: 'SG',
    cardExpiryDate: '2031-06-30',
    nationality: 'SG'
  })
  const nine = Array.from({ length: 9 }, (_, i) => passenger(i))
  const plain = Buffer.from(JSON.stringify(nine))
  const key = Buffer.from(keys.aesKey)
  const cpu = await interleaved(
    {
      sign: () => authentication(keys.appKey, keys.appSecret, Date.now()),
      sha: () => createHash('sha512').update(keys.appKey + keys.appSecret + String(Math.floor(Date.now() / 1000))).digest('hex'),
      aes: () => encryptPassengers(nine, keys.aesKey),
      bareAes: () => {
        const cipher = createCipheriv('aes-128-cbc', key, Buffer.alloc(16, 0))
        return Buffer.concat([cipher.update(plain), cipher.final()])
      }
    },
    CPU_ROUNDS,
    100
  )
  const µs = (list: number[]): number[] => list.map((ms) => ms * 1000)
  console.log(`the FR24 protocol per call (loopback server answering FR24's documented selectBalance example):`)
  publish([
    figure(BENCH, {
      name: 'signed selectBalance through the desk client (sign, request, envelope, schema)',
      unit: 'µs',
      samples: µs(calls.desk!),
      baseline: { name: 'bare fetch + JSON.parse, same bytes', samples: µs(calls.bare!) }
    }),
    figure(BENCH, { name: 'the signature (authentication block)', unit: 'µs', samples: µs(cpu.sign!), baseline: { name: 'bare SHA-512 of the same text', samples: µs(cpu.sha!) } }),
    figure(BENCH, { name: 'AES of 9 passengers (booking)', unit: 'µs', samples: µs(cpu.aes!), baseline: { name: 'bare AES-128-CBC of the same JSON', samples: µs(cpu.bareAes!) } })
  ])
} finally {
  server.close()
}
