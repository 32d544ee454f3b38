import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { Store } from '../../../electron/main/store/store'
import { contract, type OperationName, type OutputOf } from '../../../shared/contract'
import type { ApiErrorData } from '../../../shared/errors'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
let now: Date

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-backups-api-'))
  now = new Date('2026-04-01T09:00:00.000Z')
  store = await Store.open(dir, { holder: 'cli', clock: () => now })
  api = createApi({ store, env: testEnv(), appVersion: '9.9.9' })
})

afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function ok<N extends OperationName>(name: N, input: unknown): Promise<OutputOf<N>> {
  const outcome = await api(name, input)
  if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error.message}`)
  return contract[name].output.parse(outcome.data) as OutputOf<N>
}

async function refused(name: OperationName, input: unknown): Promise<ApiErrorData> {
  const outcome = await api(name, input)
  if (outcome.ok) throw new Error(`${name} should have been refused`)
  return outcome.error
}

const motionTitles = async (): Promise<string[]> => (await ok('motion.list', {})).map((m) => m.title).sort()

/** Motion "Morning" and one claim, then a backup holding them (the next write after ten minutes), then "Afternoon". */
async function morningThenAfternoon(): Promise<string> {
  const morning = await ok('motion.create', { title: 'Morning' })
  await ok('claim.add', { motionId: morning.id, parentId: null, stance: 'pro', title: 'A morning point' })
  now = new Date('2026-04-01T09:11:00.000Z')
  await ok('motion.create', { title: 'Afternoon' })
  const backups = await ok('backup.list', {})
  expect(backups[0]).toMatchObject({ savedAt: '2026-04-01T09:11:00.000Z', holds: { motions: 1, claims: 1, cards: 0 } })
  return backups[0]!.id
}

describe('backup.list', () => {
  it('lists the backups newest first, with when each was taken and what it holds', async () => {
    await morningThenAfternoon()
    const backups = await ok('backup.list', {})
    expect(backups.map((b) => [b.savedAt, b.holds])).toEqual([
      ['2026-04-01T09:11:00.000Z', { motions: 1, claims: 1, cards: 0 }],
      ['2026-04-01T09:00:00.000Z', { motions: 0, claims: 0, cards: 0 }]
    ])
    for (const b of backups) expect(b.bytes).toBeGreaterThan(0)
  })

  it('lists a damaged backup as holding nothing readable', async () => {
    const id = await morningThenAfternoon()
    writeFileSync(join(dir, 'backups', id), 'garbage')
    expect((await ok('backup.list', {}))[0]).toMatchObject({ id, holds: null })
  })
})

describe('backup.restore', () => {
  it('brings back the earlier library, in memory and on disk, after saving the current one as a backup', async () => {
    const id = await morningThenAfternoon()
    await ok('motion.create', { title: 'Evening' })
    const result = await ok('backup.restore', { id })
    expect(result.restored.id).toBe(id)
    expect(await motionTitles()).toEqual(['Morning'])
    expect(JSON.parse(readFileSync(join(dir, 'casebook.json'), 'utf8'))).toEqual(store.library)

    // The library as it was is the newest backup, so the restore itself can be undone.
    const backups = await ok('backup.list', {})
    expect(backups[0]).toMatchObject({ id: result.savedAs, holds: { motions: 3, claims: 1, cards: 0 } })
    await ok('backup.restore', { id: result.savedAs })
    expect(await motionTitles()).toEqual(['Afternoon', 'Evening', 'Morning'])
  })

  it('search finds what the restored library holds, and not what it replaced', async () => {
    const id = await morningThenAfternoon()
    const motionId = (await ok('motion.list', {})).find((m) => m.title === 'Afternoon')!.id
    await ok('claim.add', { motionId, parentId: null, stance: 'pro', title: 'Zebra crossings' })
    expect((await ok('search.query', { query: 'zebra' })).map((h) => h.kind)).toEqual(['claim'])
    await ok('backup.restore', { id })
    expect(await ok('search.query', { query: 'zebra' })).toEqual([])
    expect((await ok('search.query', { query: 'morning point' })).map((h) => h.kind)).toContain('claim')
  })

  it('keeps saving edits after a restore', async () => {
    const id = await morningThenAfternoon()
    await ok('backup.restore', { id })
    await ok('motion.create', { title: 'After the restore' })
    await store.close()
    const reopened = await Store.open(dir, { holder: 'cli' })
    expect(reopened.library.motions.map((m) => m.title).sort()).toEqual(['After the restore', 'Morning'])
    await reopened.close()
    store = await Store.open(dir, { holder: 'cli' })
  })

  it.each([
    { what: 'a path out of the backups folder', id: '../casebook.json', code: 'invalid_input' },
    { what: 'an absolute path', id: '/etc/passwd', code: 'invalid_input' },
    { what: 'a backup that is not there', id: 'casebook-000999-2026-04-01T09-00-00-000Z.json', code: 'not_found' }
  ])('refuses $what, changing nothing', async ({ id, code }) => {
    await morningThenAfternoon()
    const before = readdirSync(join(dir, 'backups')).sort()
    const error = await refused('backup.restore', { id })
    expect(error.code).toBe(code)
    expect(error.path).toBe('id')
    expect(await motionTitles()).toEqual(['Afternoon', 'Morning'])
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(before)
  })

  it('refuses a damaged backup, saying why, and changes nothing', async () => {
    const id = await morningThenAfternoon()
    writeFileSync(join(dir, 'backups', id), '{"schemaVersion":1, "motions": [')
    const before = readdirSync(join(dir, 'backups')).sort()
    const error = await refused('backup.restore', { id })
    expect(error.code).toBe('conflict')
    expect(error.message).toContain(id)
    expect(error.message).toMatch(/not valid JSON/)
    expect(await motionTitles()).toEqual(['Afternoon', 'Morning'])
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(before)
  })
})
