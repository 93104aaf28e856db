import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDeskApp, type DeskApp } from '../desk/app'
import { systemClock } from '../util/clock'
import { silentLogger } from '../util/log'
import { MemoryVault } from '../vault/memoryVault'
import { startHost, type RunningHost } from './server'

/**
 * The browser host in-process, attacked the ways another local page or process would:
 * wrong Host (DNS rebinding), foreign Origin, no or wrong token, path traversal,
 * oversized and malformed bodies, preflights, and several event streams at once.
 */
const TOKEN = 'host-test-token-0123456789abcdef'
let dataDir: string
let app: DeskApp
let host: RunningHost

interface Raw {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A request with exactly the headers given (fetch would not let us forge Host). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, agent: false, method, path, headers: { host: `127.0.0.1:${host.port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

const call = (name: string, body: string, headers: Record<string, string> = {}) =>
  raw('POST', `/api/call/${name}`, { 'content-type': 'application/json', 'x-desk-token': TOKEN, ...headers }, body)

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fr24-host-test-'))
  const rendererDir = join(dataDir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dataDir, 'secret.txt'), 'outside the renderer')
  app = await createDeskApp({
    shell: 'browser-host',
    dataDir: join(dataDir, 'data'),
    version: '0.0.0-test',
    platform: 'linux',
    systemLocale: 'en-US',
    clock: systemClock,
    log: silentLogger,
    processStartedAt: Date.now(),
    vault: new MemoryVault()
  })
  host = await startHost({ app, rendererDir, port: 0, token: TOKEN })
})

afterAll(async () => {
  await host?.close()
  await app?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Opens an event stream and resolves with everything it received once `until` shows up. */
function stream(path: string, until: string): { status: Promise<number>; text: Promise<string>; close(): void } {
  let close = () => {}
  let status!: (code: number) => void
  const statusP = new Promise<number>((resolve) => (status = resolve))
  const text = new Promise<string>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, agent: false, path, headers: { host: `127.0.0.1:${host.port}` } }, (res) => {
      status(res.statusCode ?? 0)
      let seen = ''
      res.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8')
        if (seen.includes(until)) resolve(seen)
      })
      res.on('end', () => resolve(seen))
    })
    req.on('error', reject)
    req.end()
    close = () => req.destroy()
  })
  return { status: statusP, text, close }
}

describe('browser host: who may call', () => {
  it('answers a call that carries the token', async () => {
    const res = await call('appInfo', '{}')
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { shell: 'browser-host' } })
  })

  it('refuses a missing or wrong token, including one of the right length', async () => {
    expect((await raw('POST', '/api/call/appInfo', {}, '{}')).status).toBe(401)
    expect((await call('appInfo', '{}', { 'x-desk-token': 'nope' })).status).toBe(401)
    expect((await call('appInfo', '{}', { 'x-desk-token': TOKEN.replace(/.$/, 'X') })).status).toBe(401)
  })

  it('refuses another Host (DNS rebinding) and another Origin, even with the token', async () => {
    expect((await call('appInfo', '{}', { host: `evil.example:${host.port}` })).status).toBe(421)
    expect((await call('appInfo', '{}', { host: `localhost:${host.port}` })).status).toBe(421)
    expect((await raw('GET', '/', { host: `evil.example:${host.port}` })).status).toBe(421)
    expect((await call('appInfo', '{}', { origin: 'http://evil.example' })).status).toBe(403)
    expect((await call('appInfo', '{}', { origin: 'null' })).status).toBe(403)
    expect((await call('appInfo', '{}', { origin: host.url })).status).toBe(200)
  })

  it('gives a cross-site preflight nothing that would let the browser send the token header', async () => {
    const res = await raw('OPTIONS', '/api/call/appInfo', {
      origin: 'http://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'x-desk-token'
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
    expect(res.headers['access-control-allow-headers']).toBeUndefined()
  })

  it('takes the token from the query only for the event stream (EventSource cannot send headers)', async () => {
    expect((await raw('POST', `/api/call/appInfo?token=${TOKEN}`, {}, '{}')).status).toBe(401)
  })
})

describe('browser host: requests', () => {
  it('refuses bodies over the limit and says malformed JSON is a validation error', async () => {
    const big = await call('appInfo', JSON.stringify({ pad: 'x'.repeat(9 * 1024 * 1024) }))
    expect(big.status).toBe(413)
    const bad = await call('appInfo', '{"language":')
    expect(bad.status).toBe(200)
    expect(JSON.parse(bad.body)).toEqual({
      ok: false,
      error: { kind: 'validation', message: 'The request is not JSON.', messageKey: 'desk.call.notJson', action: 'fix-input' }
    })
    const polluted = await call('setPreferences', '{"language":"en","theme":"dark","__proto__":{"admin":true}}')
    expect(JSON.parse(polluted.body)).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('serves the renderer with its CSP, never a file outside it, and no 500 for a bad escape', async () => {
    const page = await raw('GET', '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    const head = await raw('HEAD', '/assets/app.js')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await raw('GET', path)
      expect(res.body, path).not.toContain('outside the renderer')
    }
    expect((await raw('GET', '/%E0%A4%A')).status).toBeLessThan(500)
    expect((await raw('POST', '/')).status).toBe(405)
  })

  it('never puts the token in a response', async () => {
    const responses = await Promise.all([raw('GET', '/'), raw('GET', '/missing'), raw('POST', '/api/call/appInfo', {}, '{}'), call('nope', '{}')])
    for (const res of responses) expect(JSON.stringify(res)).not.toContain(TOKEN)
  })
})

describe('browser host: events', () => {
  it('needs the token and feeds every open stream', async () => {
    const refused = stream('/api/events', 'never')
    expect(await refused.status).toBe(401)
    refused.close()
    const a = stream(`/api/events?token=${TOKEN}`, 'event: preferencesChanged')
    const b = stream(`/api/events?token=${encodeURIComponent(TOKEN)}`, 'event: preferencesChanged')
    expect([await a.status, await b.status]).toEqual([200, 200])
    expect(JSON.parse((await call('setPreferences', '{"language":"en","theme":"dark"}')).body)).toMatchObject({ ok: true })
    for (const s of [a, b]) {
      expect(await s.text).toContain('"theme":"dark"')
      s.close()
    }
  })
})

describe('browser host: opening the browser', () => {
  it('opens a one-time launch link that does not carry the token, redirecting once to the token URL', async () => {
    const launch = host.launchUrl()
    expect(launch).not.toContain(TOKEN)
    const path = new URL(launch).pathname + new URL(launch).search
    const first = await raw('GET', path)
    expect(first.status).toBe(303)
    expect(first.headers.location).toBe(`/?token=${TOKEN}`)
    expect(first.headers['referrer-policy']).toBe('no-referrer')
    expect(first.headers['cache-control']).toBe('no-store')
    const again = await raw('GET', path)
    expect(again.status).not.toBe(303)
    expect(JSON.stringify(again)).not.toContain(TOKEN)
    expect((await raw('GET', path.replace(/launch=[^&]+/, 'launch=guess'))).status).not.toBe(303)
  })
})
