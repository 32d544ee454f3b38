/** The library-changed event the API sends after each committed write, which keeps every open view true. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { Store } from '../../../electron/main/store/store'
import type { LibraryChange } from '../../../shared/bridge'
import { contract, OPERATION_NAMES } from '../../../shared/contract'
import { OPERATION_TOPICS, readIsStale } from '../../../shared/library-changes'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
let changes: LibraryChange[]

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-changes-'))
  store = await Store.open(dir, { holder: 'cli' })
  changes = []
  api = createApi({ store, env: testEnv(), appVersion: '0', onLibraryChanged: (change) => changes.push(change) })
})

afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function ok<T>(name: string, input: unknown): Promise<T> {
  const outcome = await api(name, input)
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`)
  return outcome.data as T
}

describe('the library-changed event', () => {
  it('names, for a claim deleted with its responses, the motion it was on (known only before the delete)', async () => {
    const motion = await ok<{ id: string }>('motion.create', { title: 'THBT zoos should close' })
    const { claimId } = await ok<{ claimId: string }>('claim.add', { motionId: motion.id, parentId: null, stance: 'pro', title: 'Cruel' })
    await ok('claim.add', { motionId: motion.id, parentId: claimId, stance: 'con', title: 'Conservation' })
    changes.length = 0
    await ok('claim.delete', { claimId })
    expect(changes).toEqual([{ operation: 'claim.delete', topics: ['claims'], motionId: motion.id }])
  })

  it('is sent once per committed write and never for a read or a write that failed', async () => {
    const motion = await ok<{ id: string }>('motion.create', { title: 'THBT zoos should close' })
    await ok('motion.get', { motionId: motion.id })
    await ok('source.list', {})
    expect((await api('claim.edit', { claimId: 'gone', title: 'x' })).ok).toBe(false)
    expect((await api('source.create', { title: '' })).ok).toBe(false)
    await ok('source.create', { kind: 'web', title: 'Zoo report', url: 'https://example.org/zoos' })
    expect(changes.map((c) => c.operation)).toEqual(['motion.create', 'source.create'])
    expect(changes[1]).toEqual({ operation: 'source.create', topics: ['sources'] })
  })

  it('makes stale exactly the reads that show what a write touched', () => {
    const sourceCreated = { topics: OPERATION_TOPICS['source.create'] }
    expect(readIsStale('source.list', sourceCreated)).toBe(true)
    expect(readIsStale('motion.list', sourceCreated)).toBe(false)
    // A claim edit changes a motion's claim counts in the list, and a source's "used by".
    const claimEdited = { topics: OPERATION_TOPICS['claim.edit'] }
    expect(['motion.list', 'motion.get', 'source.get', 'search.query'].every((read) => readIsStale(read as never, claimEdited))).toBe(true)
    expect(readIsStale('practice.list', claimEdited)).toBe(false)
  })

  it('gives every write operation at least one topic, so no write goes unheard', () => {
    const writes = OPERATION_NAMES.filter((name) => contract[name].kind === 'write')
    expect(writes.filter((name) => OPERATION_TOPICS[name].length === 0)).toEqual([])
  })
})
