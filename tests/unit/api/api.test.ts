import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, handlers, type Api } from '../../../electron/main/api'
import { combineHandlers, type Handlers } from '../../../electron/main/api/handler'
import { Store } from '../../../electron/main/store/store'
import { contract, OPERATION_NAMES, type OperationName, type OutputOf } from '../../../shared/contract'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-api-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '9.9.9' })
})

afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const fileBytes = () => readFileSync(join(dir, 'casebook.json'), 'utf8')

/** Calls an operation that must succeed, and checks its answer against the contract's output schema. */
async function ok<N extends OperationName>(name: N, input: unknown): Promise<OutputOf<N>> {
  const outcome = await api(name, input)
  if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error.message}`)
  return contract[name].output.parse(outcome.data) as OutputOf<N>
}

describe('the handler table', () => {
  it('has exactly one handler for every operation in the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...OPERATION_NAMES].sort())
  })

  it('refuses a name defined twice, and a contract operation without a handler', () => {
    const one = { 'motion.list': handlers['motion.list'] }
    expect(() => combineHandlers(one, one)).toThrow('api: handler "motion.list" is defined twice')
    expect(() => createApi({ store, env: testEnv(), appVersion: '0' }, one as unknown as Handlers)).toThrow(/no handler for app\.status/)
  })
})

describe('calls', () => {
  it('runs the vertical slice: create, add, respond, rename, delete, all saved and valid', async () => {
    const motion = await ok('motion.create', { title: 'THBT California should secede', format: 'bp' })
    const pro = await ok('claim.add', { motionId: motion.id, parentId: null, stance: 'pro', title: 'Economy' })
    const con = await ok('claim.add', { motionId: motion.id, parentId: null, stance: 'con', title: 'No exit' })
    const response = await ok('claim.add', { motionId: motion.id, parentId: con.claimId, stance: 'con', title: 'Amend it' })
    expect(response.put.map((c) => c.title)).toEqual(['Amend it'])
    const edited = await ok('claim.edit', { claimId: pro.claimId, title: 'Economy of a country' })
    expect(edited).toEqual({ put: [expect.objectContaining({ id: pro.claimId, title: 'Economy of a country' })], remove: [] })
    await ok('motion.update', { motionId: motion.id, title: 'THBT California should leave' })
    const deleted = await ok('claim.delete', { claimId: con.claimId })
    expect(deleted.remove.sort()).toEqual([con.claimId, response.claimId].sort())

    const map = await ok('motion.get', { motionId: motion.id })
    expect(map.motion.title).toBe('THBT California should leave')
    expect(map.claims.map((c) => c.title)).toEqual(['Economy of a country'])
    expect(JSON.parse(fileBytes()).claims).toHaveLength(1)
    const [summary] = await ok('motion.list', {})
    expect(summary?.claimCounts).toEqual({ pro: 1, con: 0, total: 1 })
    expect(await ok('app.status', {})).toEqual({ dataDir: dir, version: '9.9.9', notices: [] })
  })

  it('answers an unknown operation with a structured error', async () => {
    for (const name of ['motion.explode', '__proto__', 'constructor', 42, undefined]) {
      const outcome = await api(name, {})
      expect(outcome).toEqual({
        ok: false,
        error: { code: 'unknown_operation', message: `Unknown operation "${String(name)}"`, path: '' }
      })
    }
  })

  it('answers an operation name that is not text (as JSON can send it) with unknown_operation, not an internal error', async () => {
    const names: Array<[unknown, string]> = [
      [JSON.parse('{"toString": 1}'), 'an object'],
      [Object.create(null), 'an object'],
      [{}, 'an object'],
      [['motion.list'], 'a list'],
      [null, 'null']
    ]
    for (const [name, kind] of names) {
      const outcome = await api(name, {})
      expect(outcome).toEqual({
        ok: false,
        error: { code: 'unknown_operation', message: `Unknown operation: its name must be text, not ${kind}`, path: '' }
      })
    }
  })

  it('refuses bad input with the field at fault, and changes nothing on disk', async () => {
    const motion = await ok('motion.create', { title: 'M' })
    const before = fileBytes()
    const cases: Array<[OperationName, unknown, string, string]> = [
      ['motion.create', { title: '' }, 'title', 'Motion title must not be empty'],
      ['motion.create', { title: '   ' }, 'title', 'Motion title must not be empty'],
      ['motion.create', {}, 'title', ''],
      ['motion.create', { title: 42 }, 'title', ''],
      ['motion.create', { title: 'x', format: 'chess' }, 'format', ''],
      ['motion.create', 'not an object', '', ''],
      ['claim.add', { motionId: motion.id, parentId: null, stance: 'maybe', title: 'x' }, 'stance', ''],
      ['claim.add', { motionId: motion.id, stance: 'pro', title: 'x' }, 'parentId', ''],
      ['claim.add', { motionId: motion.id, parentId: null, stance: 'pro', title: '' }, 'title', 'Claim tag must not be empty'],
      ['motion.update', { motionId: '../../etc', title: 'x' }, 'motionId', ''],
      ['claim.move', { claimId: 'a', parentId: null, index: -1 }, 'index', '']
    ]
    for (const [name, input, path, message] of cases) {
      const outcome = await api(name, input)
      expect(outcome.ok, `${name} ${JSON.stringify(input)}`).toBe(false)
      if (outcome.ok) continue
      expect(outcome.error.code).toBe('invalid_input')
      expect(outcome.error.path).toBe(path)
      expect(outcome.error.message).toContain(message)
    }
    expect(fileBytes()).toBe(before)
  })

  it('refuses a claim under a missing parent or in a missing motion, naming which', async () => {
    const motion = await ok('motion.create', { title: 'M' })
    const before = fileBytes()
    expect(await api('claim.add', { motionId: motion.id, parentId: 'ghost', stance: 'pro', title: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No claim with id "ghost"', path: 'parentId' }
    })
    expect(await api('claim.add', { motionId: 'gone', parentId: null, stance: 'pro', title: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No motion with id "gone"', path: 'motionId' }
    })
    expect(await api('claim.delete', { claimId: 'ghost' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await api('claim.move', { claimId: 'ghost', parentId: null, index: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', path: 'claimId' }
    })
    expect(fileBytes()).toBe(before)
  })

  it('moves a claim, refuses a move under its own response, and undoes a change exactly', async () => {
    const motion = await ok('motion.create', { title: 'M' })
    const a = await ok('claim.add', { motionId: motion.id, parentId: null, stance: 'pro', title: 'A' })
    const b = await ok('claim.add', { motionId: motion.id, parentId: a.claimId, stance: 'con', title: 'B' })
    const before = (await ok('motion.get', { motionId: motion.id })).claims

    const cycle = await api('claim.move', { claimId: a.claimId, parentId: b.claimId, index: 0 })
    expect(cycle).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Cannot move “A” under its own response “B”', path: 'parentId' }
    })

    const moved = await ok('claim.move', { claimId: b.claimId, parentId: null, index: 0 })
    expect(moved.put.find((c) => c.id === b.claimId)).toMatchObject({ parentId: null, order: 0 })
    // Undo: put back the claims as they were before the move.
    const previous = new Map(before.map((c) => [c.id, c]))
    await ok('claim.patch', { motionId: motion.id, put: moved.put.map((c) => previous.get(c.id)), remove: [] })
    const after = (await ok('motion.get', { motionId: motion.id })).claims
    const byId = (list: typeof before) => [...list].sort((x, y) => x.id.localeCompare(y.id))
    expect(byId(after)).toEqual(byId(before))
  })

  it('refuses a patch that would break the map, and changes nothing', async () => {
    const motion = await ok('motion.create', { title: 'M' })
    const a = await ok('claim.add', { motionId: motion.id, parentId: null, stance: 'pro', title: 'A' })
    const orphan = { ...a.put[0]!, id: 'orphan', parentId: 'nowhere' }
    const before = fileBytes()
    const outcome = await api('claim.patch', { motionId: motion.id, put: [orphan], remove: [] })
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The change would break the map: claim "A" answers a claim that is not there', path: '' }
    })
    expect(fileBytes()).toBe(before)
  })

  it('turns an unexpected failure into an internal error instead of throwing across the transport', async () => {
    const broken = createApi({ store, env: testEnv(), appVersion: '0' }, {
      ...handlers,
      'motion.list': () => {
        throw new TypeError('boom')
      }
    })
    expect(await broken('motion.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Unexpected error: boom', path: '' }
    })
  })
})
