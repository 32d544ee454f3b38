import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Store } from '../../../electron/main/store/store'
import { ApiError } from '../../../shared/errors'
import { emptyLibrary, LibrarySchema } from '../../../shared/model/library'
import { systemEnv } from '../../../shared/operations/change'
import { addClaim, editClaim } from '../../../shared/operations/claims'
import type { Claim } from '../../../shared/model/claim'
import { addContention, addMotion, backupNames, readLibraryFile, rejection, Scratch } from './helpers'

const scratch = new Scratch()
afterEach(async () => {
  vi.restoreAllMocks()
  await scratch.cleanup()
})

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
