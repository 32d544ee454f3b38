import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Store } from '../../../electron/main/store/store'
import { createMotion } from '../../../shared/operations/motions'
import { testEnv } from '../shared/fixtures'
import { run } from './run-cli'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-cli-backups-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** "Kept" in a backup, then "Later" after it; store closed. Answers the backup's id. */
async function seed(): Promise<string> {
  let now = new Date('2026-05-01T08:00:00.000Z')
  const store = await Store.open(dir, { holder: 'app', clock: () => now })
  const env = testEnv()
  await store.update((library) => createMotion(library, { title: 'Kept' }, env))
  now = new Date('2026-05-01T08:30:00.000Z')
  await store.update((library) => createMotion(library, { title: 'Later' }, env))
  await store.close()
  return readdirSync(join(dir, 'backups')).sort().at(-1)!
}

describe('casebook backups', () => {
  it('lists the backups, newest first, with their time and what they hold, as text and as JSON', async () => {
    const id = await seed()
    const text = await run('backups', 'list', '--data', dir)
    expect(text.code).toBe(0)
    expect(text.out.split('\n')[0]).toBe(`${id}  2026-05-01 08:30:00 UTC  1 motion, 0 claims, 0 cards`)
    expect(text.out.split('\n')).toHaveLength(2)
    const json = JSON.parse((await run('backups', 'list', '--json', '--data', dir)).out) as Array<{ id: string }>
    expect(json.map((b) => b.id)[0]).toBe(id)
  })

  it('restores one, saving the library first, and says how to undo it', async () => {
    const id = await seed()
    const restored = await run('backups', 'restore', id, '--data', dir)
    expect(restored.code).toBe(0)
    expect(restored.out).toContain('Restored the backup from 2026-05-01 08:30:00 UTC (1 motion, 0 claims, 0 cards).')
    const savedAs = /kept as the backup (\S+):/.exec(restored.out)?.[1]
    expect(savedAs).toBeDefined()
    expect((await run('list', 'motions', '--data', dir)).out).toContain('Kept')
    expect((await run('list', 'motions', '--data', dir)).out).not.toContain('Later')
    // And back again.
    expect((await run('backups', 'restore', savedAs!, '--data', dir)).code).toBe(0)
    expect((await run('list', 'motions', '--data', dir)).out).toContain('Later')
  })

  it('refuses an id that is not a backup, a missing id and a wrong action, in one line', async () => {
    await seed()
    const outside = await run('backups', 'restore', '../casebook.json', '--data', dir)
    expect(outside.code).not.toBe(0)
    expect(outside.err).toContain('is not the name of a backup')
    expect((await run('backups', 'restore', '--data', dir)).err).toContain('casebook backups list')
    expect((await run('backups', 'delete', '--data', dir)).err).toContain('"backups" takes "list" or "restore ID"')
    expect((await run('list', 'motions', '--data', dir)).out).toContain('Later')
  })
})
