/**
 * The outline in Debian's Chromium, against the built web mode, on a motion of 5,000 claims:
 * time to open it, to move the selection one row, to type one character into a claim's tag,
 * and for one edit to reach the disk (synced), next to writing the same library as a careful
 * plain program would (JSON.stringify + write + fsync; the same without fsync is printed too). Targets: open median <= 300 ms; a keystroke's
 * scripting p95 <= 16 ms (one frame); edit-to-disk p95 <= 1.5 x that write's, the
 * foundation's target (the store bench measures it without HTTP). Needs `out/` built (`npm run bench` builds).
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { rmSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { createLibrarySerializer } from '../../electron/main/store/serialize'
import type { Library } from '../../shared/model/library'
import { chromiumLaunchOptions } from '../support/chromium'
import { generateLibrary } from '../support/generate'
import { ms, quantile } from '../support/stats'
import { writeAndSync } from '../support/synced-write'
import { startWebMode, tempDataDir, type RunningWebMode } from '../support/web-mode'

// What the in-page functions below use of the DOM: this file compiles with Node's lib, not the DOM's.
interface PageElement {
  value: string
  textContent: string | null
  click(): void
  dispatchEvent(event: Event): boolean
  getAttribute(name: string): string | null
}
declare const document: {
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageElement>
}
declare const HTMLInputElement: { prototype: object }
declare const KeyboardEvent: new (type: string, init: { key: string; bubbles: boolean }) => Event
declare const MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(message: unknown): void } }
declare function requestAnimationFrame(callback: () => void): number

const CLAIMS = 5_000
const VIEWPORT = { width: 1280, height: 800 }
const SMALL_TITLE = 'This House would keep its case short'

/** The big motion, and a small one to switch away to. */
function benchLibrary(): Library {
  const big = generateLibrary(CLAIMS)
  const small = generateLibrary(12)
  const motion = { ...small.motions[0], id: 'small-motion', title: SMALL_TITLE }
  const claims = small.claims.map((claim) => ({ ...claim, id: `small-${claim.id}`, motionId: motion.id }))
  return { ...big, motions: [...big.motions, motion], claims: [...big.claims, ...claims] }
}

const library = benchLibrary()
const BIG_TITLE = library.motions[0].title
const json = createLibrarySerializer()(library)
const dataDir = tempDataDir('casebook-bench-')
writeFileSync(join(dataDir, 'casebook.json'), json)

let server: RunningWebMode | null = null
let browser: Browser | null = null
let page: Page
let rowsInDom = NaN
let chromiumVersion = ''
const samples = {
  open: [] as number[],
  arrow: [] as number[],
  type: [] as number[],
  edit: [] as number[],
  plain: [] as number[],
  stringifyAndWrite: [] as number[],
  stringifyWriteSync: [] as number[]
}

/** Warm-up runs are not recorded. `prepare` runs once, before them. */
let recording = false
function runs(iterations: number, prepare?: () => Promise<void>) {
  return {
    iterations,
    time: 0,
    warmupIterations: 3,
    warmupTime: 0,
    setup: async (_task: unknown, mode: 'warmup' | 'run') => {
      recording = mode === 'run'
      if (mode === 'warmup') await prepare?.()
    }
  }
}
const record = (list: number[], elapsed: number) => {
  if (recording) list.push(elapsed)
}

/** In the page: click a motion in the sidebar, then wait, frame by frame, for its outline's first row. */
function openMotion(title: string): Promise<number> {
  return page.evaluate(async (title) => {
    const button = Array.from(document.querySelectorAll('nav[aria-label="Motions"] button')).find((b) => b.textContent?.includes(title))
    if (!button) throw new Error(`No “${title}” in the sidebar`)
    const firstRow = `[role="tree"][aria-label="Outline of “${title}”"] [role="treeitem"]`
    const started = performance.now()
    button.click()
    while (!document.querySelector(firstRow)) {
      if (performance.now() - started > 30_000) throw new Error(`“${title}” did not open`)
      await new Promise((done) => requestAnimationFrame(() => done(null)))
    }
    return performance.now() - started
  }, title)
}

/**
 * In the page: one keystroke's scripting, from dispatching it until a macrotask runs (React
 * has flushed its work by then): ArrowDown on the tree, or one more character in the open field.
 */
function keystroke(step: { key: 'ArrowDown' } | { char: string }): Promise<number> {
  return page.evaluate(async (step) => {
    const channel = new MessageChannel()
    const macrotask = new Promise((done) => (channel.port1.onmessage = () => done(null)))
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
    const target = document.querySelector('key' in step ? '[role="tree"]' : 'input.row-editor')
    if (!target || !setValue) throw new Error('Nothing to type into')
    const started = performance.now()
    if ('key' in step) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: step.key, bubbles: true }))
    } else {
      setValue.call(target, target.value + step.char)
      target.dispatchEvent(new Event('input', { bubbles: true }))
    }
    channel.port2.postMessage(null)
    await macrotask
    return performance.now() - started
  }, step)
}

/** In the page: one claim.edit through the web mode's API; it answers once the file is on disk. */
function editOverHttp(claimId: string, title: string): Promise<number> {
  return page.evaluate(
    async ({ claimId, title }) => {
      const started = performance.now()
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'claim.edit', input: { claimId, title } })
      })
      const outcome = (await response.json()) as { ok: boolean; error?: unknown }
      const elapsed = performance.now() - started
      if (!outcome.ok) throw new Error(`claim.edit failed: ${JSON.stringify(outcome.error)}`)
      return elapsed
    },
    { claimId, title }
  )
}

beforeAll(async () => {
  server = await startWebMode(dataDir)
  browser = await chromium.launch(chromiumLaunchOptions())
  chromiumVersion = browser.version()
  page = await browser.newPage({ viewport: VIEWPORT })
  page.on('pageerror', (error) => console.error('page error:', error))
  await page.goto(server.url)
  await page.locator('[role="treeitem"]').first().waitFor()
}, 60_000)

let edits = 0
let typed = 0

describe(`outline in Chromium, one motion of ${CLAIMS.toLocaleString('en')} claims`, () => {
  bench(
    'open the motion (click in the sidebar to its first outline row)',
    async () => {
      await openMotion(SMALL_TITLE)
      record(samples.open, await openMotion(BIG_TITLE))
    },
    runs(8)
  )

  bench(
    'move the selection one row (ArrowDown)',
    async () => record(samples.arrow, await keystroke({ key: 'ArrowDown' })),
    runs(100, async () => {
      rowsInDom = await page.evaluate(async () => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))))
        return document.querySelectorAll('[role="treeitem"]').length
      })
      await page.locator('[role="treeitem"]').first().click()
    })
  )

  bench(
    'type one character into a claim’s tag',
    async () => record(samples.type, await keystroke({ char: 'abcdefghijklmnopqrstuvwxyz '.charAt(typed++ % 27) })),
    runs(100, async () => {
      await page.locator('[role="treeitem"][aria-selected="true"]').click()
      await page.keyboard.press('F2')
      await page.locator('input.row-editor').waitFor()
    })
  )

  bench(
    'edit a claim over HTTP, until it is on disk',
    async () => {
      const claimId = `claim-${(edits++ * 7919) % CLAIMS}`
      record(samples.edit, await editOverHttp(claimId, `Edited ${edits}`))
    },
    runs(40, () => page.keyboard.press('Escape'))
  )

  bench(
    'plain fs.writeFile of the same casebook.json',
    async () => {
      const started = performance.now()
      await writeFile(join(dataDir, 'plain.json'), json)
      record(samples.plain, performance.now() - started)
    },
    runs(40)
  )

  bench(
    'JSON.stringify + fs.writeFile of the same library',
    async () => {
      const started = performance.now()
      await writeFile(join(dataDir, 'plain.json'), JSON.stringify(library, null, 2))
      record(samples.stringifyAndWrite, performance.now() - started)
    },
    runs(40)
  )

  bench(
    'JSON.stringify + write + fsync of the same library',
    async () => {
      const started = performance.now()
      await writeAndSync(join(dataDir, 'plain.json'), JSON.stringify(library, null, 2))
      record(samples.stringifyWriteSync, performance.now() - started)
    },
    runs(40)
  )
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  if (samples.open.length === 0) return console.log('\nOutline benchmark: not measured (see the error above)\n')
  const judge = (ok: boolean) => (ok ? 'met' : 'NOT MET')
  const spread = (list: number[]) => `median ${ms(quantile(list, 0.5))}, p95 ${ms(quantile(list, 0.95))}`
  const openMedian = quantile(samples.open, 0.5)
  const arrowP95 = quantile(samples.arrow, 0.95)
  const typeP95 = quantile(samples.type, 0.95)
  const ratio = quantile(samples.edit, 0.95) / quantile(samples.stringifyWriteSync, 0.95)
  const medianRatio = quantile(samples.edit, 0.5) / quantile(samples.stringifyWriteSync, 0.5)
  console.log(
    [
      '',
      `Outline benchmark (${CLAIMS.toLocaleString('en')} claims, Chromium ${chromiumVersion} at ${VIEWPORT.width}x${VIEWPORT.height}, web mode)`,
      `  open (click -> first row):     median ${ms(openMedian)}, max ${ms(Math.max(...samples.open))}   (target median <= 300 ms: ${judge(openMedian <= 300)})`,
      `  rows in the DOM once open:     ${rowsInDom} of ${CLAIMS.toLocaleString('en')}   (virtualised: ${judge(rowsInDom < 200)})`,
      `  ArrowDown, scripting:          ${spread(samples.arrow)}   (target p95 <= 16 ms: ${judge(arrowP95 <= 16)})`,
      `  type a character, scripting:   ${spread(samples.type)}   (target p95 <= 16 ms: ${judge(typeP95 <= 16)})`,
      `  edit over HTTP -> on disk:     ${spread(samples.edit)}`,
      `  plain writeFile (ready bytes): ${spread(samples.plain)}`,
      `  stringify + writeFile:         ${spread(samples.stringifyAndWrite)}`,
      `  stringify + write + fsync:     ${spread(samples.stringifyWriteSync)}`,
      `  edit p95 / (stringify + write + fsync) p95 = ${ratio.toFixed(2)}   (target <= 1.5: ${judge(ratio <= 1.5)}; medians: ${medianRatio.toFixed(2)})`,
      ''
    ].join('\n')
  )
})
