import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Store } from '../../../electron/main/store/store'
import { ApiError } from '../../../shared/errors'
import { LibrarySchema } from '../../../shared/model/library'
import { Scratch } from './helpers'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const ENTRY = fileURLToPath(new URL('./fixtures/burst-writer.ts', import.meta.url))

let bundleDir = ''
let bundle = ''

/** Bundles the child script (store, lowdb, zod and all) into one .mjs that plain Node runs. */
beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'casebook-burst-writer-'))
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: ENTRY,
      outDir: bundleDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'burst-writer.mjs' } }
    },
    ssr: { noExternal: true, target: 'node' }
  })
  bundle = join(bundleDir, 'burst-writer.mjs')
  expect(existsSync(bundle)).toBe(true)
}, 120_000)

afterAll(() => {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true })
})

/** A running burst-writer: what it acknowledged, and a way to kill it. */
class Writer {
  readonly acked: string[] = []
  motionId: string | null = null
  stderr = ''
  readonly closed: Promise<void>
  readonly #child: ChildProcess
  #exited = false
  #waiters: Array<{ count: number; resolve(): void; reject(e: Error): void }> = []

  constructor(dataDir: string) {
    this.#child = spawn(process.execPath, [bundle, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    this.#child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    createInterface({ input: this.#child.stdout! }).on('line', (line) => {
      const [word, id] = line.split(' ')
      if (word === 'motion' && id) this.motionId = id
      if (word === 'ack' && id) this.acked.push(id)
      this.#notify()
    })
    this.closed = new Promise((resolve) => {
      this.#child.on('close', () => {
        this.#exited = true
        this.#notify()
        resolve()
      })
    })
  }

  #notify(): void {
    this.#waiters = this.#waiters.filter((w) => {
      if (this.acked.length >= w.count) w.resolve()
      else if (this.#exited) w.reject(new Error(`burst-writer exited after ${this.acked.length} acks:\n${this.stderr}`))
      else return true
      return false
    })
  }

  waitForAcks(count: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiters.push({ count, resolve, reject })
      this.#notify()
    })
  }

  /** SIGKILL: no exit handlers, no lock release, a write possibly half done. */
  async kill(): Promise<void> {
    if (!this.#exited) this.#child.kill('SIGKILL')
    await this.closed
    // Anything it printed before dying was acknowledged; the stream is drained by now.
  }

  get signal(): NodeJS.Signals | null {
    return this.#child.signalCode
  }
}

const scratch = new Scratch()
const writers: Writer[] = []
afterEach(async () => {
  for (const w of writers.splice(0)) await w.kill()
  await scratch.cleanup()
})

function checkFile(dataDir: string, mustHold: readonly string[], motions: readonly string[]): void {
  const text = readFileSync(join(dataDir, 'casebook.json'), 'utf8')
  const library = LibrarySchema.parse(JSON.parse(text))
  const claimIds = new Set(library.claims.map((c) => c.id))
  const missing = mustHold.filter((id) => !claimIds.has(id))
  expect(missing).toEqual([])
  const motionIds = new Set(library.motions.map((m) => m.id))
  for (const id of motions) expect(motionIds.has(id)).toBe(true)
}

describe('a crash in the middle of a burst of writes', () => {
  it('leaves a file that parses and holds every acknowledged edit', async () => {
    const dataDir = scratch.dir('casebook-crash-')
    const allAcked: string[] = []
    const motions: string[] = []
    // Kill at different moments: early, late, right on an ack, and a few milliseconds after one
    // (mid-write). More kills make a non-atomic write far more likely to be caught.
    const plan = [
      { acks: 30, delayMs: 0 },
      { acks: 100, delayMs: 0 },
      { acks: 60, delayMs: 3 },
      { acks: 45, delayMs: 1 },
      { acks: 80, delayMs: 0 },
      { acks: 20, delayMs: 5 }
    ]
    for (const [i, step] of plan.entries()) {
      // Each writer after the first must take over the lock its killed predecessor left behind.
      const writer = new Writer(dataDir)
      writers.push(writer)
      await writer.waitForAcks(step.acks)
      if (i === 0) {
        // While it runs, another process cannot open the same folder.
        const error = await Store.open(dataDir, { holder: 'app' }).then(
          async (store) => {
            await store.close()
            return null
          },
          (e: unknown) => e
        )
        expect(error).toBeInstanceOf(ApiError)
        expect((error as ApiError).code).toBe('store_locked')
        expect((error as ApiError).message).toContain(dataDir)
        expect((error as ApiError).message).toMatch(/command line/)
      }
      if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs))
      await writer.kill()
      expect(writer.signal).toBe('SIGKILL')
      expect(writer.motionId).not.toBeNull()
      expect(writer.acked.length).toBeGreaterThanOrEqual(step.acks)
      allAcked.push(...writer.acked)
      motions.push(writer.motionId!)

      // The lock is left behind by the dead process...
      expect(existsSync(join(dataDir, 'casebook.lock'))).toBe(true)
      // ...and the file holds everything acknowledged so far, across every crash.
      checkFile(dataDir, allAcked, motions)
    }
    expect(new Set(allAcked).size).toBe(allAcked.length)

    // The next open takes over the dead process's lock and finds nothing damaged.
    const store = await scratch.open(dataDir, { holder: 'app' })
    expect(store.notices).toEqual([])
    const ids = new Set(store.library.claims.map((c) => c.id))
    expect(allAcked.filter((id) => !ids.has(id))).toEqual([])
    expect(store.library.motions.map((m) => m.id)).toEqual(expect.arrayContaining(motions))
    expect(readdirSync(dataDir).filter((n) => n.startsWith('casebook.damaged-'))).toEqual([])
    expect(JSON.parse(readFileSync(join(dataDir, 'casebook.lock'), 'utf8'))).toMatchObject({ pid: process.pid })
  }, 90_000)
})
