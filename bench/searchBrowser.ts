import { chromium, type Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildRenderer, rendererIsStale } from '../src/main/host/rendererBuild'
import { controlCall } from '../src/main/sandbox/testing/client'
import type { SearchRequest } from '../src/shared/domain/search'
import { figure, publish } from './kit/figures'
import { ms, percentile, serve } from './searchAnswer'

/**
 * A 2,000-offer search through the browser host, as the window gets it (issue 10). Two processes
 * besides this one: the desk behind the host (searchHost.ts, embedded Sandbox included) and
 * Chromium. Figures:
 * - the rows message: the bytes of the JSON answer to `search`, and a `search` call through the
 *   host's HTTP bridge from this process (raw: it includes the Sandbox building its answer), beside
 *   a bare HTTP server returning the same bytes, interleaved;
 * - in Chromium, from the answer arriving in the page (the bridge's JSON read) to the first frame
 *   painted with rows in the Offers grid (goal ≤ 50 ms);
 * - filter (Nonstop) and sort (direction, and key: price ↔ departure) updates: applied at the start of a frame (60 of each),
 *   until that frame is painted with the new rows (the update's own time in the frame; goal p95 ≤ 16 ms,
 *   one 60 Hz frame); and from a click to the end of the first frame showing them (what the agent
 *   waits: the same work plus the wait for the next frame), beside a one-text change's.
 * The page is watched by a script added to it here (fetch wrapped, frames counted); nothing in the
 * renderer is there for the bench. Prints; asserts nothing. About 55 seconds (each search through the host waits ~4 s for the Sandbox to build 2,000 offers).
 *
 *   npx tsx bench/searchBrowser.ts
 */

const HOST_ROUNDS = 3
const PAINT_ROUNDS = 4
const TOGGLES = 30
/**
 * Updates timed within their frame, of each kind: their p95 is held to a goal, and of 30 samples the
 * p95 is the second-worst one, which one stall of this shared 2-core machine decides; of 60 it is
 * the fourth-worst.
 */
const IN_FRAME_TOGGLES = 60
const STEP_ROUNDS = 10
const BENCH = 'search in Chromium'
const GOAL_PAINT_MS = 50
const GOAL_UPDATE_P95_MS = 16
const CONTROL_TOKEN = 'bench-search-browser-control'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const date = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
const request = (days: number): SearchRequest => ({
  tripType: 'oneWay',
  legs: [{ from: 'SIN', to: 'HKG', date: date(days) }],
  passengers: { adults: 2, children: 1, infants: 0 },
  cabin: 'Y'
})

const missed: string[] = []
function goal(line: string, met: boolean, why: string): string {
  if (!met) missed.push(why)
  return `${line} ${met ? '(met)' : '(MISSED)'}`
}

/** The few parts of the page watchPage uses (this file is checked without the DOM's types). */
interface PageElement {
  getAttribute(name: string): string | null
  querySelector(selector: string): PageElement | null
  textContent: string | null
}
interface PageGlobals {
  document: PageElement
  requestAnimationFrame(callback: () => void): number
  MutationObserver: new (callback: () => void) => { observe(target: PageElement, options: Record<string, boolean>): void; disconnect(): void }
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(message: unknown): void } }
  addEventListener(type: string, listener: () => void, capture: boolean): void
  fetch: typeof fetch
  __bench: Bench
}
interface Bench {
  arrived: number[]
  /** When the rows were in the document (React's commit done), before style, layout and paint. */
  inDocument: number[]
  painted: number[]
  updates: number[]
  /** Of each update, the part until the new rows were in the document. */
  updatesInDocument: number[]
  arm(): void
}

/**
 * Runs in the page before the desk's own code. `arrived`: when the bridge has read the answer to
 * `search`; `painted`: the end of the first frame drawn with rows after it. `arm()` notes what the
 * grid shows; the next click or change starts a clock that stops at the end of the first frame in
 * which the grid shows something else.
 */
function watchPage(): void {
  const page = globalThis as unknown as PageGlobals
  const grid = () => page.document.querySelector('[role="grid"].offers-grid')
  const shown = () => {
    const g = grid()
    return g ? `${g.getAttribute('aria-rowcount')}|${g.querySelector('[role="row"]')?.textContent ?? ''}` : ''
  }
  /** After the frame whose callbacks are running has been painted. */
  const afterPaint = (then: () => void) => {
    const channel = new page.MessageChannel()
    channel.port1.onmessage = then
    channel.port2.postMessage(null)
  }
  /**
   * Waits for `changed()`: `inDocument` as soon as the document shows it (a mutation observer runs
   * right after React's commit), `painted` at the end of the next frame drawn.
   */
  const whenShown = (changed: () => boolean, inDocument: () => void, painted: () => void) => {
    const seen = () => {
      observer.disconnect()
      inDocument()
      page.requestAnimationFrame(() => afterPaint(painted))
    }
    const observer = new page.MutationObserver(() => {
      if (changed()) seen()
    })
    if (changed()) seen()
    else observer.observe(page.document, { subtree: true, childList: true, attributes: true, characterData: true })
  }
  const bench: Bench = { arrived: [], inDocument: [], painted: [], updates: [], updatesInDocument: [], arm: () => {} }
  page.__bench = bench

  const realFetch = page.fetch.bind(page)
  page.fetch = async (input, init) => {
    const response = await realFetch(input, init)
    if (!String(input instanceof Request ? input.url : input).includes('/api/call/search')) return response
    const json = response.json.bind(response)
    ;(response as { json: () => Promise<unknown> }).json = async () => {
      const value: unknown = await json()
      bench.arrived.push(performance.now())
      whenShown(
        () => Boolean(grid()?.querySelector('[role="row"]')),
        () => bench.inDocument.push(performance.now()),
        () => bench.painted.push(performance.now())
      )
      return value
    }
    return response
  }

  let before: string | undefined
  bench.arm = () => (before = shown())
  const start = () => {
    if (before === undefined) return
    const was = before
    before = undefined
    const started = performance.now()
    whenShown(
      () => shown() !== was,
      () => bench.updatesInDocument.push(performance.now() - started),
      () => bench.updates.push(performance.now() - started)
    )
  }
  page.addEventListener('click', start, true)
  page.addEventListener('change', start, true)
}

async function searchInPage(page: Page, days: number, round: number): Promise<void> {
  await page.getByRole('radio', { name: 'One way' }).check()
  await page.getByRole('combobox', { name: 'From', exact: true }).fill('SIN')
  await page.getByRole('combobox', { name: 'To', exact: true }).fill('HKG')
  await page.getByRole('textbox', { name: 'Departure date', exact: true }).fill(date(days))
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).__bench.painted.length >= n, round + 1, { timeout: 60_000 })
}

async function toggles(page: Page, toggle: (n: number) => Promise<void>): Promise<{ painted: number[]; inDocument: number[] }> {
  const start = await page.evaluate(() => (globalThis as unknown as PageGlobals).__bench.updates.length)
  for (let n = 0; n < TOGGLES; n++) {
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__bench.arm())
    await toggle(n)
    await page.waitForFunction((count) => (globalThis as unknown as PageGlobals).__bench.updates.length >= count, start + n + 1)
  }
  return page.evaluate((from) => {
    const bench = (globalThis as unknown as PageGlobals).__bench
    return { painted: bench.updates.slice(from), inDocument: bench.updatesInDocument.slice(from) }
  }, start)
}

/** The Offers grid scrolled from top to bottom, 600 px a frame: the gaps between frames (ms). */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        type Box = { scrollTop: number; scrollHeight: number; clientHeight: number; parentElement: Box | null }
        const g = globalThis as unknown as PageGlobals
        let box = g.document.querySelector('[role="grid"]') as unknown as Box | null
        while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement
        if (!box) throw new Error('no scrolling box around the Offers grid')
        const scroller = box
        scroller.scrollTop = 0
        const gaps: number[] = []
        let last = performance.now()
        const step = () => {
          const now = performance.now()
          gaps.push(now - last)
          last = now
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return resolve(gaps.slice(1))
          scroller.scrollTop += 600
          g.requestAnimationFrame(step)
        }
        g.requestAnimationFrame(step)
      })
  )
}

/** As many frame-to-frame gaps on a page doing nothing: what scrolling is compared with. */
async function idleFrameGaps(page: Page, count: number): Promise<number[]> {
  await page.evaluate('globalThis.__name = (f) => f')
  return page.evaluate(
    (n) =>
      new Promise<number[]>((resolve) => {
        const g = globalThis as unknown as PageGlobals
        const gaps: number[] = []
        let last = performance.now()
        const step = () => {
          const now = performance.now()
          gaps.push(now - last)
          last = now
          if (gaps.length > n) return resolve(gaps.slice(1))
          g.requestAnimationFrame(step)
        }
        g.requestAnimationFrame(step)
      }),
    Math.max(10, count)
  )
}

/**
 * The booking flow's own step changes (no FR24 call on the way): the cheapest offer priced, then
 * Seats and bags → Passengers (Continue) and back (Back), STEP_ROUNDS times, each from the click to
 * the next step's region shown, as the driver sees it.
 */
async function stepTransitions(page: Page): Promise<{ forward: number[]; back: number[] }> {
  const grid = page.getByRole('grid', { name: 'Offers' })
  await grid.getByRole('row').first().click()
  await page.getByRole('button', { name: 'Price this offer' }).first().click()
  const price = page.getByRole('region', { name: 'Price' })
  await price.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 })
  const extras = page.getByRole('region', { name: 'Seats and bags' })
  const passengers = page.getByRole('region', { name: 'Passengers' })
  await extras.getByRole('grid').first().waitFor({ timeout: 60_000 })
  const forward: number[] = []
  const back: number[] = []
  for (let round = 0; round < STEP_ROUNDS; round++) {
    let started = performance.now()
    await extras.getByRole('button', { name: 'Continue' }).click()
    await passengers.waitFor()
    forward.push(performance.now() - started)
    started = performance.now()
    await passengers.getByRole('button', { name: 'Back' }).click()
    await extras.waitFor()
    back.push(performance.now() - started)
    // The extras are asked for again on coming back: wait for them, so Continue moves on with them.
    await extras.getByRole('grid').first().waitFor({ timeout: 60_000 })
  }
  return { forward, back }
}

/** The same driver's click → a one-text change shown, on the bare page: the floor under the step figures. */
async function clickToShown(page: Page, rounds: number): Promise<number[]> {
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  await page.setContent('<button id="b">next</button><p id="o">0</p><script>let n = 0; document.querySelector("#b").addEventListener("click", () => { document.querySelector("#o").textContent = String(++n) })</script>')
  const times: number[] = []
  for (let round = 1; round <= rounds; round++) {
    const started = performance.now()
    await page.locator('#b').click()
    await page.locator('#o', { hasText: new RegExp(`^${round}$`) }).waitFor()
    times.push(performance.now() - started)
  }
  return times
}

/** Click → the end of the next frame, on a page that only changes one text node per click. */
async function frameFloor(page: Page): Promise<number[]> {
  await page.setContent('<button id="b">next</button><p id="o">0</p>')
  await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals & { __floor: number[] }
    g.__floor = []
    const button = g.document.querySelector('#b') as unknown as { addEventListener(type: string, listener: () => void): void }
    const out = g.document.querySelector('#o')!
    button.addEventListener('click', () => {
      const started = performance.now()
      out.textContent = String(Number(out.textContent) + 1)
      g.requestAnimationFrame(() => {
        const channel = new g.MessageChannel()
        channel.port1.onmessage = () => g.__floor.push(performance.now() - started)
        channel.port2.postMessage(null)
      })
    })
  })
  for (let n = 0; n < TOGGLES; n++) {
    await page.click('#b')
    await page.waitForFunction((count) => (globalThis as unknown as { __floor: number[] }).__floor.length >= count, n + 1)
  }
  return page.evaluate(() => (globalThis as unknown as { __floor: number[] }).__floor)
}

/**
 * What an update costs within its frame, without the wait for the frame: the change is applied at
 * the start of a frame (in a requestAnimationFrame callback: a click on the Nonstop box, or a
 * sort select set to the next of `values` and its change event sent, as the browser does for a pick), and the clock
 * stops when that frame has been painted with the grid showing something else. Script, style,
 * layout and paint all happen in that frame, so this is the update's own time on the main thread;
 * ≤ 16 ms is an update that fits in one 60 Hz frame. Had the window put the change off to a later
 * frame, the clock runs on until a frame shows it. `selector` names the element in the page.
 */
async function inFrameUpdates(page: Page, selector: string, kind: 'click' | 'select', values: readonly [string, string] = ['desc', 'asc']): Promise<number[]> {
  // tsx wraps named functions in __name(): the page needs one for the function evaluated below.
  await page.evaluate('globalThis.__name = (f) => f')
  const out: number[] = []
  for (let n = 0; n < IN_FRAME_TOGGLES; n++) {
    const value = values[n % 2]!
    out.push(
      await page.evaluate(
        ([css, how, next]) =>
          new Promise<number>((resolve, reject) => {
            const g = globalThis as unknown as PageGlobals
            const grid = () => g.document.querySelector('[role="grid"].offers-grid')
            // Every drawn row's text, not the first row's alone: two orders can start with the same offer.
            const shown = () => `${grid()?.getAttribute('aria-rowcount')}|${grid()?.textContent ?? ''}`
            const was = shown()
            const target = g.document.querySelector(css) as unknown as { click(): void; value: string; dispatchEvent(event: unknown): boolean }
            const afterPaint = (then: () => void) => {
              const channel = new g.MessageChannel()
              channel.port1.onmessage = then
              channel.port2.postMessage(null)
            }
            g.requestAnimationFrame(() => {
              const started = performance.now()
              if (how === 'click') target.click()
              else {
                target.value = next
                target.dispatchEvent(new Event('change', { bubbles: true }))
              }
              let frames = 0
              const check = () => {
                // The clock is read first: reading the rows' text is the bench's work, not the update's.
                const now = performance.now()
                if (shown() !== was) resolve(now - started)
                else if (++frames > 300) reject(new Error(`${css}: the Offers grid showed nothing new in 300 frames`))
                else g.requestAnimationFrame(() => afterPaint(check))
              }
              afterPaint(check)
            })
          }),
        [selector, kind, value] as const
      )
    )
    // Let the frames after it (the rows beyond the view, the side panels) finish before the next one.
    await page.waitForTimeout(100)
  }
  return out
}

/** The floor of inFrameUpdates: one text node changed at the start of a frame, until that frame is painted. */
async function inFrameFloor(page: Page): Promise<number[]> {
  await page.setContent('<p id="o">0</p>')
  await page.evaluate('globalThis.__name = (f) => f')
  const out: number[] = []
  for (let n = 0; n < IN_FRAME_TOGGLES; n++) {
    out.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const g = globalThis as unknown as PageGlobals
            const text = g.document.querySelector('#o')!
            g.requestAnimationFrame(() => {
              const started = performance.now()
              text.textContent = String(Number(text.textContent) + 1)
              const channel = new g.MessageChannel()
              channel.port1.onmessage = () => resolve(performance.now() - started)
              channel.port2.postMessage(null)
            })
          })
      )
    )
  }
  return out
}

const line = (list: number[]) => `p50 ${ms(percentile(list, 50))} p95 ${ms(percentile(list, 95))}`

async function main(): Promise<void> {
  if (rendererIsStale(process.cwd())) buildRenderer(process.cwd())
  const host = spawn(join('node_modules', '.bin', 'tsx'), ['bench/searchHost.ts'], {
    env: { ...process.env, FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const exited = new Promise((resolve) => host.once('exit', resolve))
  try {
    const started = await new Promise<{ hostUrl: string; openUrl: string; token: string }>((resolve, reject) => {
      let out = ''
      host.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const end = out.indexOf('\n')
        if (end >= 0) resolve(JSON.parse(out.slice(0, end)) as { hostUrl: string; openUrl: string; token: string })
      })
      host.once('exit', (code) => reject(new Error(`bench/searchHost.ts exited (${code}) before printing`)))
    })
    const { hostUrl, openUrl, token } = started
    const call = async (name: string, body: unknown): Promise<string> => {
      const response = await fetch(`${hostUrl}/api/call/${name}`, { method: 'POST', headers: { 'x-desk-token': token, 'content-type': 'application/json' }, body: JSON.stringify(body) })
      const text = await response.text()
      if (!(JSON.parse(text) as { ok: boolean }).ok) throw new Error(`${name} failed: ${text.slice(0, 300)}`)
      return text
    }
    const profiles = JSON.parse(await call('listProfiles', {})) as { value: { profiles: { id: string; baseUrl?: string }[] } }
    const sandboxUrl = profiles.value.profiles.find((p) => p.id === 'sandbox')?.baseUrl
    if (!sandboxUrl) throw new Error('the desk shows no Sandbox URL')
    const set = await controlCall(sandboxUrl, CONTROL_TOKEN, 'setSettings', { offerCount: 2000, priceChangeRate: 0, noSeatsRate: 0 })
    if (set.status !== 200) throw new Error(`the Sandbox refused its settings: ${JSON.stringify(set.json)}`)

    // The rows message through the host, beside a bare server returning the same bytes.
    const message = await call('search', request(30))
    const bytes = Buffer.byteLength(message)
    const rows = (JSON.parse(message) as { value: { rows: unknown[] } }).value.rows.length
    const { server, url: bareUrl } = await serve(message)
    const times = { desk: [] as number[], bare: [] as number[] }
    try {
      for (let round = 0; round < HOST_ROUNDS; round++) {
        const order = round % 2 === 0 ? (['bare', 'desk'] as const) : (['desk', 'bare'] as const)
        for (const who of order) {
          const t0 = performance.now()
          if (who === 'desk') JSON.parse(await call('search', request(31 + round)))
          else JSON.parse(await (await fetch(bareUrl, { method: 'POST', body: '{}' })).text())
          times[who].push(performance.now() - t0)
        }
      }
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
    console.log(`rows message through the browser host (${rows} rows): ${(bytes / 1024).toFixed(0)} KB of JSON`)
    console.log(
      `  \`search\` through the host's HTTP bridge from another process (raw, the Sandbox building its answer included) ${line(times.desk)}; ` +
        `bare HTTP server, same bytes ${line(times.bare)}; ratio ${(percentile(times.desk, 50) / percentile(times.bare, 50)).toFixed(1)}× (p50s, ${HOST_ROUNDS} interleaved rounds; no goal)`
    )

    // In Chromium: rows arriving → first rows painted, then filter and sort updates.
    const browser = await chromium.launch({
      headless: true,
      executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      // tsx names functions with a helper of its own (__name) that the page does not have.
      await page.addInitScript({ content: `{ const __name = (f) => f; (${watchPage.toString()})() }` })
      await page.goto(openUrl)
      await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached', timeout: 30_000 })
      for (let round = 0; round < PAINT_ROUNDS; round++) await searchInPage(page, 40 + round, round)
      const marks = await page.evaluate(() => (globalThis as unknown as PageGlobals).__bench)
      // Each search's answer against the paint that followed it.
      const paint = marks.painted.map((at, i) => at - (marks.arrived[i] ?? at))
      const inDocument = marks.inDocument.map((at, i) => at - (marks.arrived[i] ?? at))
      const paint50 = percentile(paint, 50)
      console.log('in Chromium (browser host + Sandbox, 2,000 offers):')
      console.log(
        '  ' +
          goal(
            `rows arriving → first rows painted: p50 ${ms(paint50)}, each ${paint.map((n) => n.toFixed(0)).join(', ')} ms (${PAINT_ROUNDS} searches); goal ≤ ${GOAL_PAINT_MS} ms`,
            paint50 <= GOAL_PAINT_MS,
            `first rows painted ${ms(paint50)} after the rows arrived (goal ≤ ${GOAL_PAINT_MS} ms; ${ms(percentile(inDocument, 50))} of it before the rows were in the document: the window's own work on the answer and React's render)`
          )
      )
      console.log(`    of which until the rows were in the document (state, render, commit): p50 ${ms(percentile(inDocument, 50))}; the rest is style, layout and paint`)
      const nonstop = page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Nonstop/ })
      const filter = await toggles(page, () => nonstop.click())
      const direction = page.getByRole('combobox', { name: /^Order/ })
      const sort = await toggles(page, (n) => direction.selectOption(n % 2 === 0 ? 'desc' : 'asc').then(() => undefined))
      // The same two updates applied at a frame's start: their own cost within the frame.
      await nonstop.evaluate((el) => el.setAttribute('data-bench', 'nonstop'))
      await direction.evaluate((el) => el.setAttribute('data-bench', 'direction'))
      const filterInFrame = await inFrameUpdates(page, '[data-bench="nonstop"]', 'click')
      const sortInFrame = await inFrameUpdates(page, '[data-bench="direction"]', 'select')
      // Another key: a different order of the same rows, which the grid must draw just as anew.
      // (Departure, not duration: the Sandbox's fastest offers are nonstops of one length, ties
      // go by price, so the duration order starts with the same offers as the price order.)
      const sortKey = page.getByRole('combobox', { name: /^Sort by/ })
      await sortKey.evaluate((el) => el.setAttribute('data-bench', 'sort-key'))
      const sortKeyInFrame = await inFrameUpdates(page, '[data-bench="sort-key"]', 'select', ['departure', 'price'])
      for (const [what, list, inFrame] of [
        ['filter (Nonstop on/off)', filter, filterInFrame],
        ['sort (direction asc/desc)', sort, sortInFrame],
        ['sort (key price/departure)', undefined, sortKeyInFrame]
      ] as const) {
        const p95 = percentile(inFrame, 95)
        console.log(
          '  ' +
            goal(
              `${what} update, applied at a frame's start → that frame painted: ${line(inFrame)} (${inFrame.length} toggles); goal p95 ≤ ${GOAL_UPDATE_P95_MS} ms`,
              p95 <= GOAL_UPDATE_P95_MS,
              `${what} p95 ${ms(p95)} within its frame (goal ≤ ${GOAL_UPDATE_P95_MS} ms)`
            )
        )
        if (list) console.log(`    click → next frame with the new rows (its own time plus the wait for the frame): ${line(list.painted)}; until the new rows were in the document: ${line(list.inDocument)}`)
      }
      // The floor under the click figures: the same clock on a page whose click changes one text node.
      // Any update waits for the next frame (up to 16.7 ms at 60 Hz); the in-frame figures do not.
      const floorPage = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      const floor = await frameFloor(floorPage)
      const inFrameFloorTimes = await inFrameFloor(floorPage)
      console.log(`  the frame floor in this Chromium: click → next frame after a one-text change ${line(floor)} (${floor.length} clicks; no goal: what any update waits for)`)
      // tsx wraps named functions in __name(): give the pages one, for the functions evaluated below.
      for (const p of [page, floorPage]) await p.evaluate('globalThis.__name = (f) => f')
      const rowsShown = Number(await page.getByRole('grid', { name: 'Offers' }).getAttribute('aria-rowcount'))
      const scroll = await scrollFrames(page)
      const idleFrames = await idleFrameGaps(floorPage, scroll.length)
      const steps = await stepTransitions(page)
      const clickFloor = await clickToShown(floorPage, STEP_ROUNDS)
      publish([
        figure(BENCH, { name: `rows arriving → first rows painted (${PAINT_ROUNDS} searches in one page, the first one cold)`, unit: 'ms', samples: paint, baseline: { name: 'of it, until the rows are in the document', samples: inDocument }, goal: { on: 'p50', atMost: GOAL_PAINT_MS }, note: 'the first search of a fresh page runs before the engine has optimised the answer check and row formatting (55–95 ms cold, 30–50 ms warm); of a warm one, the answer check (acceptOrParse) is 14–20 ms, React’s render of the results 8–11 ms (8 rows drawn, the 3 beyond them and the side panels after the frame), style, layout and paint the rest' }),
        figure(BENCH, { name: 'filter update (Nonstop on/off), applied at a frame’s start → that frame painted with the new rows (its own time in the frame)', unit: 'ms', samples: filterInFrame, baseline: { name: 'a one-text change applied the same way', samples: inFrameFloorTimes }, goal: { on: 'p95', atMost: GOAL_UPDATE_P95_MS }, note: 'script (filtering 2,000 rows, the grid, the filters panel and matrix for their checked state), style, layout and paint, all in one frame; ≤ 16 ms fits a 60 Hz frame' }),
        figure(BENCH, { name: 'sort update (direction), applied at a frame’s start → that frame painted with the new rows (its own time in the frame)', unit: 'ms', samples: sortInFrame, baseline: { name: 'a one-text change applied the same way', samples: inFrameFloorTimes }, goal: { on: 'p95', atMost: GOAL_UPDATE_P95_MS }, note: 'a direction flip rewrites every row in view (8 at 1400×900, about 20 elements and 12 texts each; the 3 beyond follow in the next frame). In a trace of a flip: the change handler (React) 1.5–3 ms, style ~0.2 ms, layout 2.5–4 ms (from the document down, as the direction select’s text changes too), pre-paint, paint, layerize and commit 3–4 ms; on this 2-core machine with software rendering' }),
        figure(BENCH, { name: 'sort update (key, price ↔ departure), applied at a frame’s start → that frame painted with the new rows (its own time in the frame)', unit: 'ms', samples: sortKeyInFrame, baseline: { name: 'a one-text change applied the same way', samples: inFrameFloorTimes }, goal: { on: 'p95', atMost: GOAL_UPDATE_P95_MS }, note: 'another order of the same offers: each order is sorted once per search and warmed while the window is idle (useWarmTexts), so, as for a direction flip, the frame is the rows in view drawn anew' }),
        figure(BENCH, { name: 'filter update (Nonstop on/off), click → next frame with the new rows', unit: 'ms', samples: filter.painted, baseline: { name: 'the frame floor (a one-text change)', samples: floor }, note: 'what the agent waits: the update’s own time plus the wait for the next frame, which for a click at a random moment is up to a frame (the floor alone is p95 12–13 ms here)' }),
        figure(BENCH, { name: 'sort update (direction), click → next frame with the new rows', unit: 'ms', samples: sort.painted, baseline: { name: 'the frame floor (a one-text change)', samples: floor }, note: 'what the agent waits: the update’s own time (the figure above) plus the wait for the next frame (the floor alone is p95 12–13 ms here)' }),
        figure(BENCH, { name: `scrolling the Offers grid top to bottom (${rowsShown} rows), frame to frame`, unit: 'ms', samples: scroll, baseline: { name: 'frames of an idle page, as many', samples: idleFrames }, goal: { on: 'max', atMost: 50 }, note: '600 px a frame rewrites every drawn row (8 in view and 3 beyond on each side, recycled by slot); the longest frames are those a major GC (13–20 ms) lands in' }),
        figure(BENCH, { name: 'booking step: Seats and bags → Passengers (Continue), click → region shown', unit: 'ms', samples: steps.forward, baseline: { name: 'click → a one-text change shown (same driver)', samples: clickFloor } }),
        figure(BENCH, { name: 'booking step: Passengers → Seats and bags (Back), click → region shown', unit: 'ms', samples: steps.back, baseline: { name: 'click → a one-text change shown (same driver)', samples: clickFloor } })
      ])
    } finally {
      await browser.close()
    }
    console.log(missed.length ? `missed: ${missed.join('; ')}` : 'every goal here was met')
  } finally {
    host.stdin.end()
    await exited
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
