/**
 * Two libraries open in one process (as tests and the CLI may have): each runtime keeps its own
 * search index and its own recent exports, so nothing of one shows in the other.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { Store } from '../../../electron/main/store/store'
import type { Outcome } from '../../../shared/errors'
import { testEnv } from '../shared/fixtures'

let root: string
const stores: Store[] = []

async function openLibrary(name: string): Promise<Api> {
  const store = await Store.open(join(root, name), { holder: 'cli' })
  stores.push(store)
  return createApi({ store, env: testEnv(), appVersion: '0', saveFile: async (fileName) => join(root, `${name}-${fileName}`) })
}

function data<T>(outcome: Outcome<unknown>): T {
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.data as T
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'casebook-two-stores-'))
})

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close()
  rmSync(root, { recursive: true, force: true })
})

describe('two stores in one process', () => {
  it('search each library alone, and keep each one’s index up to date', async () => {
    const first = await openLibrary('first')
    const second = await openLibrary('second')
    const motion = data<{ id: string }>(await first('motion.create', { title: 'THW ban zeppelins' }))
    data(await first('claim.add', { motionId: motion.id, parentId: null, stance: 'pro', title: 'Zeppelins are dangerous' }))
    // Both indexes exist before the second library changes: a shared one would now hold the first's claim.
    expect(data<unknown[]>(await second('search.query', { query: 'zeppelins' }))).toEqual([])
    const hits = data<Array<{ kind: string; title: string }>>(await first('search.query', { query: 'zeppelins' }))
    expect(hits.filter((h) => h.kind === 'claim').map((h) => h.title)).toEqual(['Zeppelins are dangerous'])

    const other = data<{ id: string }>(await second('motion.create', { title: 'THW fund airships' }))
    data(await second('claim.add', { motionId: other.id, parentId: null, stance: 'con', title: 'Airships are slow' }))
    expect(data<Array<{ title: string }>>(await second('search.query', { query: 'airships' })).map((h) => h.title)).toContain('Airships are slow')
    expect(data<unknown[]>(await first('search.query', { query: 'airships' }))).toEqual([])
  })

  it('keep each one’s recent exports in its own data folder', async () => {
    const first = await openLibrary('first')
    const second = await openLibrary('second')
    data(await first('file.save', { fileName: 'brief.md', text: '# Brief' }))
    expect(data<Array<{ fileName: string }>>(await first('file.recent', {})).map((e) => e.fileName)).toEqual(['first-brief.md'])
    expect(data<unknown[]>(await second('file.recent', {}))).toEqual([])
  })
})
