import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listBackups } from '../../../electron/main/store/backups'
import { Store } from '../../../electron/main/store/store'
import { ApiError } from '../../../shared/errors'
import { emptyLibrary, LibrarySchema, type Library } from '../../../shared/model/library'
import { systemEnv } from '../../../shared/operations/change'
import { addClaim, editClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import type { Claim } from '../../../shared/model/claim'
import { addContention, addMotion, backupNames, damagedFiles, readLibraryFile, Scratch } from './helpers'

const scratch = new Scratch()
afterEach(async () => {
  vi.restoreAllMocks()
  await scratch.cleanup()
})

const DAMAGED_NAME = /^casebook\.damaged-\d{4}-\d{2}-\d{2}T[\d-]+Z\.json$/

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  let value: unknown
  try {
    value = await promise
  } catch (error) {
    return error
  }
  // A store that opened when it should not have must still give its lock back.
  if (value instanceof Store) await value.close()
  throw new Error('expected the promise to reject')
}

/** A folder holding a good library (one motion, two claims) and a backup of it, store closed. */
async function folderWithGoodBackup(): Promise<{ dir: string; good: Library }> {
  const dir = scratch.dir()
  const store = await Store.open(dir, { holder: 'app' })
  const motion = await addMotion(store, 'This house would ban homework')
  await addContention(store, motion.id, 'Homework widens inequality')
  await addContention(store, motion.id, 'Rest matters')
  const good = store.library
  await store.close()
  // Every start backs up the file, so this start leaves a backup holding `good`.
  const again = await Store.open(dir, { holder: 'app' })
  await again.close()
  expect(JSON.parse(readFileSync(listBackups(dir)[0] as string, 'utf8'))).toEqual(good)
  return { dir, good }
}

describe('a new data folder', () => {
  it('gets casebook.json holding an empty library and one backup', async () => {
    const dir = scratch.dir()
    const store = await scratch.open(dir)
    const onDisk = readLibraryFile(join(dir, 'casebook.json'))
    expect(onDisk).toEqual(emptyLibrary())
    expect(onDisk.schemaVersion).toBe(1)
    expect(store.library).toEqual(emptyLibrary())
    expect(store.notices).toEqual([])
    expect(store.file).toBe(join(dir, 'casebook.json'))
    const backups = backupNames(dir)
    expect(backups).toHaveLength(1)
    expect(readLibraryFile(join(dir, 'backups', backups[0] as string))).toEqual(emptyLibrary())
  })

  it('is created when it does not exist yet', async () => {
    const dir = join(scratch.dir(), 'nested', 'Casebook')
    await scratch.open(dir)
    expect(readLibraryFile(join(dir, 'casebook.json'))).toEqual(emptyLibrary())
  })
})

describe('saving', () => {
  it('keeps the data across a restart', async () => {
    const dir = scratch.dir()
    const store = await Store.open(dir, { holder: 'app' })
    const motion = await addMotion(store, 'This house regrets social media')
    const first = await addContention(store, motion.id, 'It harms attention')
    await store.update((library) =>
      addClaim(library, { motionId: motion.id, parentId: first.id, stance: 'con', title: 'Attention was always scarce', body: 'Plato on writing' }, systemEnv)
    )
    const written = store.library
    expect(written.motions).toHaveLength(1)
    expect(written.claims).toHaveLength(2)
    await store.close()

    const reopened = await scratch.open(dir)
    expect(reopened.library).toEqual(written)
    expect(reopened.notices).toEqual([])
    expect(LibrarySchema.parse(reopened.library)).toEqual(written)
  })

  it('writes later edits of existing items, not just additions', async () => {
    const dir = scratch.dir()
    const store = await Store.open(dir, { holder: 'app' })
    const motion = await addMotion(store, 'Edits must stick')
    const claims: Claim[] = []
    for (let i = 0; i < 5; i++) claims.push(await addContention(store, motion.id, `Claim ${i}`))
    await store.update((library) => editClaim(library, { claimId: claims[2]!.id, title: 'Renamed', body: 'New body' }, systemEnv))
    await store.update((library) => editClaim(library, { claimId: claims[2]!.id, title: 'Renamed again' }, systemEnv))
    const onDisk = readLibraryFile(join(dir, 'casebook.json'))
    expect(onDisk.claims.find((c) => c.id === claims[2]!.id)).toMatchObject({ title: 'Renamed again', body: 'New body' })
    const written = store.library
    await store.close()
    const reopened = await scratch.open(dir)
    expect(reopened.library).toEqual(written)
  })

  it('resolves an update only once the change is on disk', async () => {
    const dir = scratch.dir()
    const store = await scratch.open(dir)
    const file = join(dir, 'casebook.json')
    const motion = await addMotion(store, 'On disk first')
    expect(readLibraryFile(file).motions.map((m) => m.id)).toEqual([motion.id])
    const claim = await addContention(store, motion.id, 'Then acknowledged')
    expect(readLibraryFile(file).claims.map((c) => c.id)).toEqual([claim.id])
    expect(readLibraryFile(file)).toEqual(store.library)
  })

  it('returns the change result and does not write when nothing changed', async () => {
    const dir = scratch.dir()
    const store = await scratch.open(dir)
    const write = vi.spyOn(Low.prototype, 'write')
    const result = await store.update((library) => ({ library, result: 42 }))
    expect(result).toBe(42)
    expect(write).not.toHaveBeenCalled()
  })

  it('rejects an update whose change throws and leaves the library as it was', async () => {
    const dir = scratch.dir()
    const store = await scratch.open(dir)
    const before = store.library
    const error = await rejection(
      store.update((library) => addClaim(library, { motionId: 'missing', parentId: null, stance: 'pro', title: 'x' }, systemEnv))
    )
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('not_found')
    expect(store.library).toBe(before)
  })

  it('a burst of 200 updates all resolve, all reach the file, and share a few writes', async () => {
    const dir = scratch.dir()
    const store = await scratch.open(dir)
    const write = vi.spyOn(Low.prototype, 'write')
    const titles = Array.from({ length: 200 }, (_, i) => `Motion ${i}`)
    const motions = await Promise.all(titles.map((title) => addMotion(store, title)))
    expect(motions.map((m) => m.title)).toEqual(titles)
    const onDisk = readLibraryFile(join(dir, 'casebook.json'))
    expect(onDisk.motions.map((m) => m.id)).toEqual(motions.map((m) => m.id))
    expect(onDisk.motions.map((m) => m.title)).toEqual(titles)
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(1)
    expect(write.mock.calls.length).toBeLessThan(10)
    // No burst of backups either.
    expect(backupNames(dir)).toHaveLength(1)
  })

  it('a failed write rejects with the file named, and the store keeps saving afterwards', async () => {
    const dir = scratch.dir()
    const store = await scratch.open(dir)
    vi.spyOn(Low.prototype, 'write').mockRejectedValueOnce(new Error('disk full'))
    const error = await rejection(addMotion(store, 'Lost'))
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('internal')
    expect((error as ApiError).message).toContain(join(dir, 'casebook.json'))
    expect((error as ApiError).message).toContain('disk full')
    const saved = await addMotion(store, 'Saved')
    expect(readLibraryFile(join(dir, 'casebook.json')).motions.map((m) => m.id)).toContain(saved.id)
  })

  it('close waits for writes still in flight', async () => {
    const dir = scratch.dir()
    const store = await Store.open(dir, { holder: 'app' })
    const pending = Array.from({ length: 50 }, (_, i) => addMotion(store, `Pending ${i}`))
    await store.close()
    expect(readLibraryFile(join(dir, 'casebook.json')).motions).toHaveLength(50)
    await expect(Promise.all(pending)).resolves.toHaveLength(50)
    expect(existsSync(join(dir, 'casebook.lock'))).toBe(false)
  })

  it('refuses updates once closed', async () => {
    const dir = scratch.dir()
    const store = await Store.open(dir, { holder: 'app' })
    await store.close()
    const error = await rejection(addMotion(store, 'Too late'))
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).message).toMatch(/closed/)
    expect(readLibraryFile(join(dir, 'casebook.json'))).toEqual(emptyLibrary())
    // Closing twice is harmless.
    await store.close()
  })
})

describe('a damaged store file', () => {
  it('that is not JSON is moved aside and the newest good backup restored', async () => {
    const { dir, good } = await folderWithGoodBackup()
    const file = join(dir, 'casebook.json')
    const bad = '{"schemaVersion":1, "motions": ['
    writeFileSync(file, bad)

    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(readLibraryFile(file)).toEqual(good)

    const damaged = damagedFiles(dir)
    expect(damaged).toHaveLength(1)
    expect(damaged[0]).toMatch(DAMAGED_NAME)
    const damagedPath = join(dir, damaged[0] as string)
    expect(readFileSync(damagedPath, 'utf8')).toBe(bad)

    expect(store.notices).toHaveLength(1)
    const notice = store.notices[0]!
    expect(notice.kind).toBe('restored-from-backup')
    expect(notice.damagedFile).toBe(damagedPath)
    expect(notice.message).toContain(damagedPath)
    expect(notice.message).toMatch(/JSON/)
  })

  it('that is empty is treated as damaged too', async () => {
    const { dir, good } = await folderWithGoodBackup()
    writeFileSync(join(dir, 'casebook.json'), '')
    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(store.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
    expect(readFileSync(store.notices[0]!.damagedFile!, 'utf8')).toBe('')
  })

  it.each([
    {
      what: 'a claim with an empty title',
      where: 'claims[0].title',
      spoil: (library: Library): unknown => ({ ...library, claims: library.claims.map((c, i) => (i === 0 ? { ...c, title: '' } : c)) })
    },
    {
      what: 'motions that are not an array',
      where: 'motions',
      spoil: (library: Library): unknown => ({ ...library, motions: { first: library.motions[0] } })
    },
    {
      what: 'a missing collection',
      where: 'quotes',
      spoil: (library: Library): unknown => ({ ...library, quotes: undefined })
    },
    {
      what: 'a JSON array instead of a library',
      where: null,
      spoil: (library: Library): unknown => [library]
    }
  ])('that is valid JSON but holds $what is moved aside, naming where', async ({ where, spoil }) => {
    const { dir, good } = await folderWithGoodBackup()
    const file = join(dir, 'casebook.json')
    const bad = JSON.stringify(spoil(good), null, 2)
    writeFileSync(file, bad)

    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(readLibraryFile(file)).toEqual(good)
    expect(store.notices).toHaveLength(1)
    const notice = store.notices[0]!
    expect(notice.kind).toBe('restored-from-backup')
    expect(notice.damagedFile).not.toBeNull()
    expect(notice.message).toContain(notice.damagedFile!)
    if (where) expect(notice.message).toContain(`at ${where}`)
    else expect(notice.message).toMatch(/does not hold a Casebook library/)
    expect(readFileSync(notice.damagedFile!, 'utf8')).toBe(bad)
  })

  it('skips damaged backups and restores the newest good one', async () => {
    const { dir, good } = await folderWithGoodBackup()
    const newest = listBackups(dir)[0] as string
    // A newer backup that is itself damaged must not win.
    const newer = newest.replace(/casebook-\d{4}/, 'casebook-2999')
    writeFileSync(newer, 'garbage')
    writeFileSync(join(dir, 'casebook.json'), 'also garbage')
    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(store.notices[0]?.kind).toBe('restored-from-backup')
  })

  it('passes over a backup written by a newer Casebook and restores an older good one', async () => {
    const { dir, good } = await folderWithGoodBackup()
    const newest = listBackups(dir)[0] as string
    writeFileSync(newest.replace(/casebook-\d{4}/, 'casebook-2999'), JSON.stringify({ ...good, schemaVersion: 99 }))
    writeFileSync(join(dir, 'casebook.json'), 'garbage')
    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(store.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
    expect(readLibraryFile(join(dir, 'casebook.json'))).toEqual(good)
  })

  it('with no backups/ folder starts empty and keeps the damaged file', async () => {
    const { dir } = await folderWithGoodBackup()
    rmSync(join(dir, 'backups'), { recursive: true })
    const bad = '{"schemaVersion":1, "motions": ['
    writeFileSync(join(dir, 'casebook.json'), bad)

    const store = await scratch.open(dir)
    expect(store.library).toEqual(emptyLibrary())
    expect(readLibraryFile(join(dir, 'casebook.json'))).toEqual(emptyLibrary())
    expect(store.notices).toHaveLength(1)
    const notice = store.notices[0]!
    expect(notice.kind).toBe('started-empty')
    expect(basename(notice.damagedFile!)).toMatch(DAMAGED_NAME)
    expect(dirname(notice.damagedFile!)).toBe(dir)
    expect(notice.message).toContain(notice.damagedFile!)
    expect(notice.message).toMatch(/JSON/)
    expect(readFileSync(notice.damagedFile!, 'utf8')).toBe(bad)
  })

  it('with only damaged backups starts empty and leaves the backups alone', async () => {
    const { dir } = await folderWithGoodBackup()
    const backups = listBackups(dir)
    for (const b of backups) writeFileSync(b, '{"schemaVersion":1}')
    writeFileSync(join(dir, 'casebook.json'), 'not json')

    const store = await scratch.open(dir)
    expect(store.library).toEqual(emptyLibrary())
    expect(store.notices.map((n) => n.kind)).toEqual(['started-empty'])
    expect(readFileSync(store.notices[0]!.damagedFile!, 'utf8')).toBe('not json')
    for (const b of backups) expect(readFileSync(b, 'utf8')).toBe('{"schemaVersion":1}')
  })

  it('a second damage later keeps the first damaged file too', async () => {
    let now = new Date('2025-06-01T08:00:00.000Z')
    const clock = (): Date => now
    const { dir } = await folderWithGoodBackup()
    writeFileSync(join(dir, 'casebook.json'), 'first damage')
    await (await Store.open(dir, { holder: 'app', clock })).close()
    now = new Date('2025-06-01T08:01:00.000Z')
    writeFileSync(join(dir, 'casebook.json'), 'second damage')
    await (await Store.open(dir, { holder: 'app', clock })).close()
    const contents = damagedFiles(dir).map((n) => readFileSync(join(dir, n), 'utf8'))
    expect(contents.sort()).toEqual(['first damage', 'second damage'])
  })
})

describe('a file from a newer Casebook', () => {
  it('is refused with a conflict and left exactly as it was', async () => {
    const dir = scratch.dir()
    const file = join(dir, 'casebook.json')
    const bytes = JSON.stringify({ ...emptyLibrary(), schemaVersion: 99, hologram: true }, null, 2)
    writeFileSync(file, bytes)
    const before = readdirSync(dir).sort()

    const error = await rejection(Store.open(dir, { holder: 'app' }))
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('conflict')
    expect((error as ApiError).message).toMatch(/newer Casebook/)
    expect((error as ApiError).message).toContain(file)

    expect(readFileSync(file, 'utf8')).toBe(bytes)
    expect(damagedFiles(dir)).toEqual([])
    // Nothing new beside it: no backup, no damaged copy, and the lock is released.
    expect(readdirSync(dir).sort()).toEqual(before)
    expect(existsSync(join(dir, 'casebook.lock'))).toBe(false)
  })
})

describe('migrations', () => {
  function oldFile(version: number | undefined): Record<string, unknown> {
    const { sources: _sources, schemaVersion: _v, ...rest } = emptyLibrary()
    const motion = createMotion(emptyLibrary(), { title: 'Old motion' }, systemEnv).result
    return { ...(version === undefined ? {} : { schemaVersion: version }), ...rest, motions: [motion] }
  }

  it.each([
    { label: 'schemaVersion 0', version: 0 },
    { label: 'no schemaVersion', version: undefined }
  ])('lift a file with $label, keep the original and say so', async ({ version }) => {
    const dir = scratch.dir()
    const file = join(dir, 'casebook.json')
    const original = oldFile(version)
    const bytes = JSON.stringify(original, null, 2)
    writeFileSync(file, bytes)
    const step = vi.fn((d: Record<string, unknown>) => ({ ...d, sources: [] }))

    const store = await scratch.open(dir, { migrations: { 0: step } })
    expect(step).toHaveBeenCalledTimes(1)
    const expected = { ...original, schemaVersion: 1, sources: [] }
    expect(store.library).toEqual(expected)
    const onDisk = readLibraryFile(file)
    expect(onDisk.schemaVersion).toBe(1)
    expect(onDisk).toEqual(expected)

    const copies = readdirSync(dir).filter((n) => /^casebook\.before-migration-v0-.*\.json$/.test(n))
    expect(copies).toHaveLength(1)
    const copy = join(dir, copies[0] as string)
    expect(readFileSync(copy, 'utf8')).toBe(bytes)

    expect(store.notices).toHaveLength(1)
    const notice = store.notices[0]!
    expect(notice.kind).toBe('migrated')
    expect(notice.damagedFile).toBeNull()
    expect(notice.message).toContain(copy)
    expect(damagedFiles(dir)).toEqual([])
  })

  it('a migrated file is not migrated again on the next start', async () => {
    const dir = scratch.dir()
    writeFileSync(join(dir, 'casebook.json'), JSON.stringify(oldFile(0)))
    const step = vi.fn((d: Record<string, unknown>) => ({ ...d, sources: [] }))
    await (await Store.open(dir, { holder: 'app', migrations: { 0: step } })).close()
    const store = await scratch.open(dir, { migrations: { 0: step } })
    expect(step).toHaveBeenCalledTimes(1)
    expect(store.notices).toEqual([])
  })

  it('a file at version 0 with no migration for it is treated as damaged', async () => {
    const dir = scratch.dir()
    const bytes = JSON.stringify(oldFile(0))
    writeFileSync(join(dir, 'casebook.json'), bytes)
    const store = await scratch.open(dir)
    expect(store.library).toEqual(emptyLibrary())
    expect(store.notices).toHaveLength(1)
    const notice = store.notices[0]!
    expect(notice.kind).toBe('started-empty')
    expect(notice.message).toMatch(/no migration from schema version 0/)
    expect(readFileSync(notice.damagedFile!, 'utf8')).toBe(bytes)
  })

  it('a migration whose result is still invalid is treated as damaged, not written', async () => {
    const dir = scratch.dir()
    const bytes = JSON.stringify(oldFile(0))
    writeFileSync(join(dir, 'casebook.json'), bytes)
    const store = await scratch.open(dir, { migrations: { 0: (d) => ({ ...d }) } })
    expect(store.notices.map((n) => n.kind)).toEqual(['started-empty'])
    expect(store.notices[0]!.message).toContain('at sources')
    expect(readFileSync(store.notices[0]!.damagedFile!, 'utf8')).toBe(bytes)
  })
})

describe('backups while running', () => {
  it('are taken at most every 10 minutes, on a write', async () => {
    const dir = scratch.dir()
    const start = new Date('2025-03-01T10:00:00.000Z')
    let now = start
    const store = await scratch.open(dir, { clock: () => now })
    expect(backupNames(dir)).toEqual(['casebook-2025-03-01T10-00-00-000Z.json'])

    now = new Date(start.getTime() + 5 * 60_000)
    const motion = await addMotion(store, 'Five minutes in')
    expect(backupNames(dir)).toHaveLength(1)

    now = new Date(start.getTime() + 11 * 60_000)
    await addContention(store, motion.id, 'Eleven minutes in')
    const names = backupNames(dir)
    expect(names).toEqual(['casebook-2025-03-01T10-00-00-000Z.json', 'casebook-2025-03-01T10-11-00-000Z.json'])
    // The new backup is a good copy from before this write: it has the motion, not yet the claim.
    const backup = LibrarySchema.parse(readLibraryFile(join(dir, 'backups', names[1] as string)))
    expect(backup.motions.map((m) => m.id)).toEqual([motion.id])
    expect(backup.claims).toEqual([])

    // And the interval restarts from there.
    now = new Date(start.getTime() + 15 * 60_000)
    await addMotion(store, 'Fifteen minutes in')
    expect(backupNames(dir)).toHaveLength(2)
    now = new Date(start.getTime() + 22 * 60_000)
    await addMotion(store, 'Twenty-two minutes in')
    expect(backupNames(dir)).toHaveLength(3)
  })

  it('never number more than 10 after many restarts, and the newest matches the file', async () => {
    const dir = scratch.dir()
    for (let i = 0; i < 15; i++) {
      const store = await Store.open(dir, { holder: 'app' })
      await addMotion(store, `Session ${i}`)
      await store.close()
      expect(backupNames(dir).length).toBeLessThanOrEqual(10)
    }
    expect(backupNames(dir)).toHaveLength(10)
    const newest = listBackups(dir)[0] as string
    // The newest backup was taken at the start of the last session, before its motion.
    expect(readLibraryFile(newest).motions).toHaveLength(14)
    expect(readLibraryFile(join(dir, 'casebook.json')).motions).toHaveLength(15)
  })

  it('restarts with an advancing clock keep the 10 newest', async () => {
    const dir = scratch.dir()
    let now = new Date('2025-01-01T00:00:00.000Z')
    for (let i = 0; i < 15; i++) {
      now = new Date(now.getTime() + 60 * 60_000)
      await (await Store.open(dir, { holder: 'app', clock: () => now })).close()
    }
    const names = backupNames(dir)
    expect(names).toHaveLength(10)
    expect(names[0]).toBe('casebook-2025-01-01T06-00-00-000Z.json')
    expect(names[9]).toBe('casebook-2025-01-01T15-00-00-000Z.json')
  })
})

describe('the lock', () => {
  it('refuses a second store on a folder in use, naming the folder, until the first closes', async () => {
    const dir = scratch.dir()
    const first = await scratch.open(dir, { holder: 'app' })
    const error = await rejection(Store.open(dir, { holder: 'cli' }))
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('store_locked')
    expect((error as ApiError).message).toContain(dir)
    await first.close()
    expect(existsSync(join(dir, 'casebook.lock'))).toBe(false)
    const second = await scratch.open(dir, { holder: 'cli' })
    expect(second.library).toEqual(emptyLibrary())
  })

  it('records who holds it while open and removes it on close', async () => {
    const dir = scratch.dir()
    const store = await Store.open(dir, { holder: 'web' })
    const lock = JSON.parse(readFileSync(join(dir, 'casebook.lock'), 'utf8')) as { pid: number; holder: string; since: string }
    expect(lock.pid).toBe(process.pid)
    expect(lock.holder).toBe('web')
    expect(Number.isNaN(Date.parse(lock.since))).toBe(false)
    await store.close()
    expect(existsSync(join(dir, 'casebook.lock'))).toBe(false)
  })

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = scratch.dir()
    const lockFile = join(dir, 'casebook.lock')
    writeFileSync(lockFile, JSON.stringify({ pid: 2147483646, holder: 'web', since: '2024-01-01T00:00:00.000Z' }))
    const store = await scratch.open(dir, { holder: 'app' })
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, holder: 'app' })
    await addMotion(store, 'Works after takeover')
  })

  it('takes over an unreadable lock file', async () => {
    const dir = scratch.dir()
    writeFileSync(join(dir, 'casebook.lock'), 'garbage')
    await expect(scratch.open(dir)).resolves.toBeInstanceOf(Store)
  })

  it('refuses a lock held by another live process and leaves it in place', async () => {
    const dir = scratch.dir()
    const lockFile = join(dir, 'casebook.lock')
    const content = JSON.stringify({ pid: process.ppid, holder: 'cli', since: '2025-01-01T00:00:00.000Z' })
    writeFileSync(lockFile, content)
    const error = await rejection(Store.open(dir, { holder: 'app' }))
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('store_locked')
    expect((error as ApiError).message).toContain(dir)
    expect((error as ApiError).message).toContain(String(process.ppid))
    expect((error as ApiError).message).toMatch(/command line/)
    expect(readFileSync(lockFile, 'utf8')).toBe(content)
    // Refused before touching anything: no store file, no backups.
    expect(existsSync(join(dir, 'casebook.json'))).toBe(false)
    expect(backupNames(dir)).toEqual([])
  })

  it('is released when opening fails', async () => {
    const dir = scratch.dir()
    mkdirSync(join(dir, 'casebook.json')) // a folder where the file should be: reading it fails
    await expect(Store.open(dir, { holder: 'app' })).rejects.toThrow()
    expect(existsSync(join(dir, 'casebook.lock'))).toBe(false)
  })
})
