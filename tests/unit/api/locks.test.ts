/**
 * The lock check lives in one place, the store's update path: a write operation written with
 * no thought of locks still cannot change or delete a locked pack item; a pack update may.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, handlers, type Api } from '../../../electron/main/api'
import type { Handlers } from '../../../electron/main/api/handler'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { Store } from '../../../electron/main/store/store'
import type { Outcome } from '../../../shared/errors'
import { json, smallPack } from '../packs/fixtures'
import { testEnv } from '../shared/fixtures'

const LOCKED_CLAIM = 'civics-unit__c1'
let dir: string
let store: Store

/**
 * Handlers as a careless new write operation would be: straight to the store, with no lock
 * check of their own (a rename, and a delete that drops a claim and nothing else).
 */
const careless: Pick<Handlers, 'claim.edit' | 'claim.delete'> = {
  'claim.edit': ({ claimId, title }, { store }) =>
    store.update((library) => ({
      library: { ...library, claims: library.claims.map((c) => (c.id === claimId ? { ...c, title: title ?? c.title } : c)) },
      result: { put: [], remove: [] }
    })),
  'claim.delete': ({ claimId }, { store }) =>
    store.update((library) => ({ library: { ...library, claims: library.claims.filter((c) => c.id !== claimId) }, result: { put: [], remove: [claimId] } }))
}

function lockedPack(version = '1.0', title = 'Every vote should count equally') {
  const pack = smallPack(version)
  pack.claims![0] = { ...pack.claims![0]!, title, locked: true }
  return pack
}

function data<T>(outcome: Outcome<unknown>): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return outcome.data as T
}

let api: Api
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-locks-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' }, { ...handlers, ...careless })
  data(await api('pack.import', { text: json(lockedPack()) }))
})

afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the lock check in the store', () => {
  it('refuses a write operation that never checks locks when it would change or delete a locked item, writing nothing', async () => {
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    expect(await api('claim.edit', { claimId: LOCKED_CLAIM, title: 'Votes are overrated' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('comes locked from the pack “Civics unit” and cannot be changed') }
    })
    expect(await api('claim.delete', { claimId: LOCKED_CLAIM })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('cannot be deleted') } })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
    expect(store.library.claims.find((c) => c.id === LOCKED_CLAIM)?.title).toBe('Every vote should count equally')
  })

  it('lets the same careless operation change what is not locked', async () => {
    data(await api('claim.edit', { claimId: 'civics-unit__c2', title: 'States still matter' }))
    expect(store.library.claims.find((c) => c.id === 'civics-unit__c2')?.title).toBe('States still matter')
  })

  it('lets a new version of the pack change its own locked item: the one named exception', async () => {
    data(await api('pack.import', { text: json(lockedPack('2.0', 'Every vote should weigh the same')) }))
    expect(store.library.claims.find((c) => c.id === LOCKED_CLAIM)?.title).toBe('Every vote should weigh the same')
  })
})
