/**
 * The parse workers are kept warm between parses (starting one and loading pdf.js into it cost
 * more than reading a 120-page PDF), and a parse that is stopped ends its worker: the next
 * parse gets a fresh one, and a parse asked for meanwhile never waits behind a stuck one.
 * These run the real worker file on pools of their own, with short limits.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import workerFile from '../../../electron/main/parse/worker?modulePath'
import { tinyPdf } from '../../support/tiny-pdf'
import { parseWorkers, parseInWorker } from '../../../electron/main/parse/run'
import { ParseWorkers, type ParseWorkerLimits } from '../../../electron/main/parse/workers'

/** @argdown/core takes many seconds over this (its time grows as n^1.6–1.9). */
const SLOW_ARGDOWN = '['.repeat(100_000)
const KIALO = 'Discussion Title: Cars\n\n1. Ban cars\n1.1. Pro: Fumes.'
const LONG = 60_000

const pools: ParseWorkers[] = []
function pool(limits: Partial<ParseWorkerLimits> = {}): ParseWorkers {
  const workers = new ParseWorkers(workerFile, { memoryMb: 1024, idleMs: LONG, maxParses: 50, retireAboveMb: 256, ...limits })
  pools.push(workers)
  return workers
}
afterEach(async () => {
  for (const workers of pools.splice(0)) await workers.close()
})

const kialo = (workers: ParseWorkers) => workers.run('kialo', KIALO, { what: 'the Kialo file', timeoutMs: LONG })

describe('successive parses', () => {
  it('are read by the one warm worker, which then waits for the next', async () => {
    const workers = pool()
    for (let i = 0; i < 3; i++) expect(await kialo(workers)).toMatchObject({ title: 'Ban cars' })
    expect(workers.counts).toEqual({ started: 1, idle: 1, busy: 0 })
  })

  it('keep the worker after a file the parser refuses, and the refusal names the line', async () => {
    const workers = pool()
    await expect(workers.run('kialo', 'Discussion Title: Cars\n\n1.2. Pro: no thesis', { what: 'the Kialo file', timeoutMs: LONG })).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'line 3'
    })
    expect(await kialo(workers)).toMatchObject({ title: 'Ban cars' })
    expect(workers.counts.started).toBe(1)
  })

  it('go to the same warm worker through parseInWorker, as the handlers call it', async () => {
    await parseInWorker('kialo', KIALO, { what: 'the Kialo file' })
    const before = parseWorkers.counts.started
    await parseInWorker('kialo', KIALO, { what: 'the Kialo file' })
    await parseInWorker('pack', '{}', { what: 'the pack' }).catch(() => undefined)
    expect(parseWorkers.counts.started).toBe(before)
  })

  it('are served by a fresh worker once one has served its share', async () => {
    const workers = pool({ maxParses: 2 })
    for (let i = 0; i < 3; i++) await kialo(workers)
    expect(workers.counts).toEqual({ started: 2, idle: 1, busy: 0 })
  })

  it('are served by a fresh worker when one holds too much memory after a parse', async () => {
    const workers = pool({ retireAboveMb: 0 })
    await kialo(workers)
    expect(workers.counts).toEqual({ started: 1, idle: 0, busy: 0 })
    await kialo(workers)
    expect(workers.counts.started).toBe(2)
  })

  it('find no worker waiting once it has waited its time', async () => {
    const workers = pool({ idleMs: 50 })
    await kialo(workers)
    expect(workers.counts.idle).toBe(1)
    await vi.waitFor(() => expect(workers.counts.idle).toBe(0), { timeout: 5000 })
    expect(await kialo(workers)).toMatchObject({ title: 'Ban cars' })
    expect(workers.counts.started).toBe(2)
  })
})

describe('a parse that is stopped', () => {
  it('at its time limit ends its worker, and the next parse gets a fresh one', async () => {
    const workers = pool()
    await kialo(workers)
    await expect(workers.run('argdown', SLOW_ARGDOWN, { what: 'the Argdown file', timeoutMs: 300 })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Reading the Argdown file took longer than 0.3 s and was stopped'
    })
    // The warm worker took the slow file and was ended with it: none is left running.
    expect(workers.counts).toEqual({ started: 1, idle: 0, busy: 0 })
    expect(await kialo(workers)).toMatchObject({ title: 'Ban cars' })
    expect(workers.counts).toEqual({ started: 2, idle: 1, busy: 0 })
  })

  it('by a cancel ends its worker too', async () => {
    const workers = pool()
    const slow = workers.run('argdown', SLOW_ARGDOWN, { what: 'the Argdown file', timeoutMs: LONG })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(workers.cancelAll()).toBe(1)
    await expect(slow).rejects.toMatchObject({ code: 'cancelled', message: 'Reading the Argdown file was cancelled' })
    expect(workers.counts).toEqual({ started: 1, idle: 0, busy: 0 })
    expect(await kialo(workers)).toMatchObject({ title: 'Ban cars' })
  })

  it('by its signal fails as cancelled, and one aborted before it starts takes no worker', async () => {
    const workers = pool()
    const controller = new AbortController()
    const slow = workers.run('argdown', SLOW_ARGDOWN, { what: 'the Argdown file', timeoutMs: LONG, signal: controller.signal })
    controller.abort()
    await expect(slow).rejects.toMatchObject({ code: 'cancelled' })
    await expect(workers.run('kialo', KIALO, { what: 'the Kialo file', timeoutMs: LONG, signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled'
    })
    expect(workers.counts).toEqual({ started: 1, idle: 0, busy: 0 })
  })
})

describe('parses asked for together', () => {
  it('each get a worker, so a slow file never holds up another', async () => {
    const workers = pool()
    await kialo(workers)
    let slowSettled = false
    const slow = workers.run('argdown', SLOW_ARGDOWN, { what: 'the Argdown file', timeoutMs: LONG }).finally(() => (slowSettled = true))
    expect(workers.counts).toEqual({ started: 1, idle: 0, busy: 1 })
    expect(await kialo(workers)).toMatchObject({ title: 'Ban cars' })
    expect(slowSettled).toBe(false)
    expect(workers.counts).toEqual({ started: 2, idle: 1, busy: 1 })
    workers.cancelAll()
    await expect(slow).rejects.toMatchObject({ code: 'cancelled' })
    expect(workers.counts).toEqual({ started: 2, idle: 1, busy: 0 })
  })
})

describe('a reader made ready while the user chooses a file', () => {
  const pdf = tinyPdf([[{ text: 'The Congress shall have Power to dispose of the Territory', x: 72, y: 700, size: 11 }]])
  const readPdf = (workers: ParseWorkers) => workers.run('document', { bytes: pdf, fileName: 'memo.pdf' }, { what: 'the document', timeoutMs: LONG })

  it('waits on a worker of its own, which then reads the file', async () => {
    const workers = pool()
    await workers.prepare('document')
    expect(workers.counts).toEqual({ started: 1, idle: 1, busy: 0 })
    expect((await readPdf(workers)).units[0]?.text).toContain('dispose of the Territory')
    expect(workers.counts).toEqual({ started: 1, idle: 1, busy: 0 })
  })

  it('is waited for by a file that comes while it loads, rather than a cold worker started beside it', async () => {
    const workers = pool()
    const preparing = workers.prepare('document')
    expect(workers.counts).toEqual({ started: 1, idle: 0, busy: 1 })
    const read = readPdf(workers)
    await preparing
    expect((await read).units[0]?.text).toContain('dispose of the Territory')
    expect(workers.counts).toEqual({ started: 1, idle: 1, busy: 0 })
  })

  it('is made ready once however often the chooser opens, and not again once loaded', async () => {
    const workers = pool()
    await Promise.all([workers.prepare('document'), workers.prepare('document'), workers.prepare('verbatim')])
    await workers.prepare('document')
    expect(workers.counts).toEqual({ started: 1, idle: 1, busy: 0 })
  })

  it('leaves a slow parse alone and readies another worker beside it', async () => {
    const workers = pool()
    const slow = workers.run('argdown', SLOW_ARGDOWN, { what: 'the Argdown file', timeoutMs: LONG })
    await workers.prepare('document')
    expect(workers.counts).toEqual({ started: 2, idle: 1, busy: 1 })
    workers.cancelAll()
    await expect(slow).rejects.toMatchObject({ code: 'cancelled' })
  })

  it('is not started once the pool is closed', async () => {
    const workers = pool()
    await workers.close()
    await workers.prepare('document')
    expect(workers.counts.started).toBe(0)
  })
})
