/** Pack operations on a real store: all or nothing, locks kept, first run, saving through the main process. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { openRuntime } from '../../../electron/main/runtime'
import { Store } from '../../../electron/main/store/store'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import type { Outcome } from '../../../shared/errors'
import { json, smallPack } from '../packs/fixtures'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
let saved: Array<{ name: string; text: string }>
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-packs-api-'))
  store = await Store.open(dir, { holder: 'cli' })
  saved = []
  api = createApi({
    store,
    env: testEnv(),
    appVersion: '0',
    saveFile: async (name, bytes) => {
      saved.push({ name, text: new TextDecoder().decode(bytes) })
      return `/chosen/${name}`
    }
  })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

function data<T>(outcome: Outcome<unknown>): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return outcome.data as T
}

describe('pack operations', () => {
  it('previews without writing, then imports', async () => {
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const plan = data<{ status: string; counts: { claims: { added: number } } }>(await api('pack.preview', { text: json(smallPack()) }))
    expect(plan).toMatchObject({ status: 'new', counts: { claims: { added: 2 } } })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
    data(await api('pack.import', { text: json(smallPack()) }))
    expect(JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8')).claims).toHaveLength(2)
  })

  it('leaves the store file untouched when a pack is refused, and names the problem', async () => {
    data(await api('pack.import', { text: json(smallPack()) }))
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const hostile = { ...smallPack('2.0'), claims: [{ id: 'c1', motionId: 'nope', stance: 'pro', title: 'x' }] }
    const outcome = await api('pack.import', { text: json(hostile) })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'claims[0].motionId' } })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
  })

  it('refuses an older version unless the user confirms', async () => {
    data(await api('pack.import', { text: json(smallPack('2.0')) }))
    expect(data<{ status: string }>(await api('pack.preview', { text: json(smallPack('1.0')) })).status).toBe('older')
    expect(await api('pack.import', { text: json(smallPack('1.0')) })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(data<{ status: string }>(await api('pack.import', { text: json(smallPack('1.0')), allowOlder: true })).status).toBe('older')
  })

  it('previews a pack by another author as such, and imports it only when the user accepts', async () => {
    data(await api('pack.import', { text: json(smallPack()) }))
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const stranger = json({ ...smallPack('2.0', { claims: [] }), meta: { ...smallPack().meta, version: '2.0', author: 'A stranger' } })
    const authorChange = { installed: { author: 'Ms Rivera', organisation: '' }, incoming: { author: 'A stranger', organisation: '' } }
    expect(data(await api('pack.preview', { text: stranger }))).toMatchObject({ status: 'update', authorChange })
    expect(await api('pack.import', { text: stranger })).toMatchObject({ ok: false, error: { code: 'conflict', path: 'meta.author', message: expect.stringContaining('made by “A stranger”') } })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
    expect(data(await api('pack.import', { text: stranger, acceptNewAuthor: true }))).toMatchObject({ authorChange })
    expect(data<Array<{ author: string }>>(await api('pack.list', {}))[0]?.author).toBe('A stranger')
  })

  it('refuses to change or delete a locked item, but lets the user answer it', async () => {
    const pack = smallPack()
    pack.claims![0]!.locked = true
    pack.quotes![0]!.locked = true
    data(await api('pack.import', { text: json(pack) }))
    const claimId = 'civics-unit__c1'
    expect(await api('claim.edit', { claimId, title: 'Changed' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('comes locked from the pack “Civics unit”') } })
    expect(await api('claim.delete', { claimId })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await api('quote.update', { quoteId: 'civics-unit__q1', tag: 'mine' })).toMatchObject({ ok: false })
    expect(await api('claim.add', { motionId: 'civics-unit__m1', parentId: claimId, stance: 'con', title: 'My answer' })).toMatchObject({ ok: true })
    // Adding a contention before it shifts its place, which is allowed.
    expect(await api('claim.add', { motionId: 'civics-unit__m1', parentId: null, stance: 'con', title: 'First', index: 0 })).toMatchObject({ ok: true })
    expect(data<{ claims: Array<{ title: string }> }>(await api('motion.get', { motionId: 'civics-unit__m1' })).claims.map((c) => c.title)).toContain('Every vote should count equally')
  })

  it('exports the chosen motions and saves them through the main process', async () => {
    data(await api('pack.import', { text: json(smallPack()) }))
    const meta = { id: 'civics-unit', title: 'Civics unit', version: '1.1' }
    const file = data<{ fileName: string; text: string }>(await api('pack.export', { motionIds: ['civics-unit__m1'], meta, student: true }))
    expect(file.fileName).toBe('Civics-unit-student-edition.casebook')
    expect(JSON.parse(file.text)).toMatchObject({ format: 'casebook-pack', meta: { edition: 'student' } })
    expect(data(await api('file.save', { fileName: file.fileName, text: file.text }))).toEqual({ path: `/chosen/${file.fileName}` })
    expect(saved[0]?.text).toBe(file.text)
    expect(await api('file.save', { fileName: '../escape.casebook', text: 'x' })).toMatchObject({ ok: false, error: { path: 'fileName' } })
    expect(await api('file.save', { fileName: '..', text: 'x' })).toMatchObject({ ok: false, error: { path: 'fileName' } })
  })

  it('cannot label a claim as a pack’s own, or lock it, through an undo', async () => {
    data(await api('pack.import', { text: json(smallPack()) }))
    const motionId = 'civics-unit__m1'
    const added = data<{ claimId: string; put: Array<Record<string, unknown>> }>(await api('claim.add', { motionId, parentId: null, stance: 'con', title: 'Mine' }))
    const forged = { ...added.put.find((c) => c.id === added.claimId), origin: { kind: 'pack', packId: 'civics-unit', packVersion: '1.0', locked: true } }
    data(await api('claim.patch', { motionId, put: [forged], remove: [] }))
    const stored = data<{ claims: Array<{ id: string; origin: unknown }> }>(await api('motion.get', { motionId })).claims.find((c) => c.id === added.claimId)
    expect(stored?.origin).toEqual({ kind: 'local' })
  })

  it('keeps a drill written for a deleted motion, for any motion', async () => {
    const motion = data<{ id: string }>(await api('motion.create', { title: 'THW test drills' }))
    const drill = data<{ id: string }>(await api('drill.save', { motionId: motion.id, title: 'Drill', prompt: 'Answer it.' }))
    data(await api('motion.delete', { motionId: motion.id }))
    expect(data<Array<{ drill: { id: string; motionId: string | null } }>>(await api('drill.list', {})).find((d) => d.drill.id === drill.id)?.drill.motionId).toBeNull()
  })

  it('lists installed packs with their counts', async () => {
    data(await api('pack.import', { text: json(smallPack()) }))
    expect(data(await api('pack.list', {}))).toEqual([expect.objectContaining({ id: 'civics-unit', counts: { motions: 1, claims: 2, quotes: 1, drills: 1 } })])
  })
})

describe('the starter pack on first run', () => {
  it('is installed into a new library, once, and can be reinstalled', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'casebook-first-run-'))
    try {
      let runtime = await openRuntime(fresh, 'cli')
      const motions = data<Array<{ id: string }>>(await runtime.api('motion.list', {}))
      expect(motions).toHaveLength(3)
      // Its motions are locked: they can be archived, not deleted.
      expect(await runtime.api('motion.delete', { motionId: motions[0]!.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('cannot be deleted') } })
      data(await runtime.api('motion.update', { motionId: motions[0]!.id, archived: true }))
      const claimId = data<{ claims: Array<{ id: string; title: string }> }>(await runtime.api('motion.get', { motionId: motions[1]!.id })).claims[0]!.id
      // A locked motion locks the claims it came with (issue 15 item 6): rewording one is refused.
      expect(await runtime.api('claim.edit', { claimId, title: 'My own wording' })).toMatchObject({ ok: false, error: { code: 'conflict' } })
      await runtime.store.close()
      runtime = await openRuntime(fresh, 'cli')
      expect(data<unknown[]>(await runtime.api('motion.list', {}))).toHaveLength(2)
      expect(data(await runtime.api('pack.starter', {}))).toMatchObject({ status: 'reinstall' })
      expect(data<{ claims: Array<{ id: string; title: string }> }>(await runtime.api('motion.get', { motionId: motions[1]!.id })).claims.find((c) => c.id === claimId)?.title).not.toBe('My own wording')
      await runtime.store.close()
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })

  it('is left out when asked', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'casebook-first-run-'))
    try {
      const runtime = await openRuntime(fresh, 'cli', { starterPack: false })
      expect(data<unknown[]>(await runtime.api('motion.list', {}))).toHaveLength(0)
      await runtime.store.close()
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })
})

it('does without a save dialog in the web mode', async () => {
  const web = createApi({ store, env: testEnv(), appVersion: '0' })
  expect(await web('file.save', { fileName: 'a.casebook', text: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
})
