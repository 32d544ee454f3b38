import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Store } from '../../../electron/main/store/store'
import { addClaim } from '../../../shared/operations/claims'
import { createQuote } from '../../../shared/operations/quotes'
import { createMotion } from '../../../shared/operations/motions'
import { testEnv } from '../shared/fixtures'
import { run } from './run-cli'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-cli-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))


async function seed(): Promise<string> {
  const store = await Store.open(dir, { holder: 'cli' })
  const env = testEnv()
  const motion = await store.update((library) => createMotion(library, { title: 'THBT states may secede', format: 'ld' }, env))
  await store.update((library) => addClaim(library, { motionId: motion.id, parentId: null, stance: 'pro', title: 'Consent' }, env))
  await store.close()
  return motion.id
}

describe('casebook CLI', () => {
  it('prints help for no arguments, --help and a command’s --help', async () => {
    expect((await run()).out).toContain('Usage: casebook <command>')
    expect((await run('--help')).code).toBe(0)
    const list = await run('list', '--help')
    expect(list).toMatchObject({ code: 0 })
    expect(list.out).toContain('casebook list motions')
  })

  it('lists motions with their counts, as text and as JSON', async () => {
    const id = await seed()
    const text = await run('list', 'motions', '--data', dir)
    expect(text.code).toBe(0)
    expect(text.out).toBe(`${id}  THBT states may secede  (Lincoln-Douglas; 1 pro, 0 con, 1 claims)`)
    const json = await run('list', 'motions', '--data', dir, '--json')
    expect(JSON.parse(json.out)[0]).toMatchObject({ id, title: 'THBT states may secede' })
  })

  it('reads while the app holds the data folder, without taking its lock', async () => {
    await seed()
    const store = await Store.open(dir, { holder: 'app' })
    expect((await run('list', 'motions', '--data', dir)).code).toBe(0)
    await store.close()
  })

  it('says so when the library is empty', async () => {
    expect((await run('list', 'motions', '--data', dir)).out).toBe(`No motions in ${dir}`)
  })

  it('refuses an unknown command, an unknown flag and a wrong argument with exit 2 and one line', async () => {
    const unknown = await run('explode')
    expect(unknown).toMatchObject({ code: 2, out: '' })
    expect(unknown.err).toBe('casebook: unknown command "explode". Run "casebook --help" for the list.')
    const flag = await run('list', 'motions', '--colour')
    expect(flag.code).toBe(2)
    expect(flag.err).toMatch(/^casebook list: Unknown option '--colour'.*Run "casebook list --help" for its usage\.$/)
    expect(flag.err.split('\n')).toHaveLength(1)
    expect((await run('list', 'claims', '--data', dir))).toMatchObject({ code: 1 })
    expect((await run('constructor')).code).toBe(2)
  })

  it('check: passes while cards match their sources, and lists a tampered card with exit 1', async () => {
    const store = await Store.open(dir, { holder: 'cli' })
    const env = testEnv()
    const card = await store.update((library) =>
      createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: 30 }, tag: 'Admission' }, env)
    )
    await store.close()
    expect((await run('check', '--data', dir))).toMatchObject({ code: 0, out: 'All 1 card matches its source.' })

    const file = join(dir, 'casebook.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace('New States may be admitted', 'Old States may be admitted'))
    const tampered = await run('check', '--data', dir)
    expect(tampered.code).toBe(1)
    expect(tampered.out).toBe(`${card.id}  “Admission” (Constitution of the United States, Art. IV, § 3, cl. 1): its text differs from Art. IV, § 3, cl. 1 at 0–30`)
    expect(tampered.err).toBe('casebook check: 1 card does not match its source')
  })

  it('lists a file the quick reading cannot vouch for as the full reading does: the same motions, repaired, and the file left alone', async () => {
    const id = await seed()
    const file = join(dir, 'casebook.json')
    const library = JSON.parse(readFileSync(file, 'utf8'))
    // A claim that lost its stance (a hand edit): the store's reading sets it aside, and so must the listing.
    library.claims.push({ ...library.claims[0], id: 'hand-edited', stance: 'maybe' })
    const text = JSON.stringify(library)
    writeFileSync(file, text)
    const listed = await run('list', 'motions', '--data', dir)
    expect(listed.out).toBe(`${id}  THBT states may secede  (Lincoln-Douglas; 1 pro, 0 con, 1 claims)`)
    expect(JSON.parse((await run('list', 'motions', '--data', dir, '--json')).out)[0].claimCounts).toEqual({ pro: 1, con: 0, total: 1 })
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('names the damaged file and leaves it alone', async () => {
    const file = join(dir, 'casebook.json')
    writeFileSync(file, '{"schemaVersion": 1, "motions": [')
    const result = await run('list', 'motions', '--data', dir)
    expect(result.code).toBe(1)
    expect(result.err).toContain(`cannot read ${file}: it is not valid JSON`)
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "motions": [')
  })
})
