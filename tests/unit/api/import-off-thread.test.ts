/**
 * Imports read the user's file on a worker thread (electron/main/parse), so a file that takes
 * long to read never stops the app: other calls are answered meanwhile, the page can cancel
 * it, and a time limit and size cap stop the worst. Before, @argdown/core parsing 100 KB of
 * "[" held the main thread (and the web mode's only thread) for 13–16 s.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { Store } from '../../../electron/main/store/store'
import type { Outcome } from '../../../shared/errors'
import { testEnv } from '../shared/fixtures'

/** @argdown/core takes many seconds over this (its time grows as n^1.6–1.9). */
const SLOW_ARGDOWN = '['.repeat(100_000)

let dir: string
let store: Store
let api: Api
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-import-off-thread-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
})
afterEach(async () => {
  await api('import.cancel', {})
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Whether the promise has settled by the time the event loop has had a turn. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((resolve) => setImmediate(resolve))
  return done
}

describe('a slow import', () => {
  it('leaves the app answering other calls, and the page can cancel it', async () => {
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const importing = api('motion.import', { format: 'argdown', text: SLOW_ARGDOWN })

    // A second for the parse to be well under way; on the main thread it would hold this timer
    // (and every call) until it ended, and the import would have settled before the status came.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const status = await api('app.status', {})
    expect(status).toMatchObject({ ok: true, data: { dataDir: dir } })
    expect(await api('motion.list', {})).toMatchObject({ ok: true, data: [] })
    expect(await settled(importing)).toBe(false)

    expect(await api('import.cancel', {})).toEqual({ ok: true, data: { cancelled: 1 } })
    expect(await importing).toEqual<Outcome<unknown>>({
      ok: false,
      error: { code: 'cancelled', message: 'Reading the Argdown file was cancelled', path: '' }
    })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
  })

  it('is stopped at its time limit with a plain message, and nothing is written', async () => {
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const limited = createApi({ store, env: testEnv(), appVersion: '0', parseTimeoutMs: 500 })
    expect(await limited('motion.import', { format: 'argdown', text: SLOW_ARGDOWN })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Reading the Argdown file took longer than 0.5 s and was stopped', path: '' }
    })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
    expect(await api('import.cancel', {})).toEqual({ ok: true, data: { cancelled: 0 } })
  })

  it('applies to packs and citation files too', async () => {
    const limited = createApi({ store, env: testEnv(), appVersion: '0', parseTimeoutMs: 1 })
    const pack = await limited('pack.preview', { text: '{}' })
    expect(pack).toMatchObject({ ok: false, error: { message: 'Reading the pack took longer than 0.001 s and was stopped' } })
    const bibtex = await limited('source.import', { format: 'bibtex', text: '@book{a, title={A}}' })
    expect(bibtex).toMatchObject({ ok: false, error: { message: 'Reading the BibTeX file took longer than 0.001 s and was stopped' } })
  })
})

describe('a file over the size cap', () => {
  it('is refused before any reading starts, naming the file and the cap', async () => {
    const text = `Discussion Title: Big\n\n1. Thesis\n${'x'.repeat(20.5 * 1024 * 1024)}`
    expect(await api('motion.import', { format: 'kialo', text })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The Kialo file is 20.5 MB; at most 20 MB can be read at once', path: '' }
    })
  })
})

describe('an ordinary import', () => {
  it('still reads the file and names the line at fault', async () => {
    const outcome = await api('motion.import', { format: 'kialo', text: 'Discussion Title: Cars\n\n1.2. Pro: no thesis' })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'line 3' } })
    const good = await api('motion.import', { format: 'kialo', text: 'Discussion Title: Cars\n\n1. Ban cars\n1.1. Pro: Fumes.' })
    expect(good).toMatchObject({ ok: true, data: { claimCount: 1 } })
  })
})

describe('a reader made ready before the file comes', () => {
  it('answers when ready, and the import that follows is read by that worker', async () => {
    const { parseWorkers } = await import('../../../electron/main/parse/run')
    expect(await api('import.prepare', { reader: 'argdown' })).toEqual({ ok: true, data: { ready: true } })
    const started = parseWorkers.counts.started
    const good = await api('motion.import', { format: 'argdown', text: '# Cars\n\n[Ban]: Ban cars.\n  + <Fumes>: Fumes harm.' })
    expect(good).toMatchObject({ ok: true })
    expect(parseWorkers.counts.started).toBe(started)
  })

  it('refuses a reader it does not have, naming the field', async () => {
    const outcome = await api('import.prepare', { reader: 'spreadsheet' } as never)
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'reader' } })
  })
})
