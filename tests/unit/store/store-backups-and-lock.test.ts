import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NEWEST_KEPT } from '../../../electron/main/store/backup-tiers'
import { listBackups } from '../../../electron/main/store/backups'
import { fileStamp } from '../../../electron/main/store/data-folder'
import { Store } from '../../../electron/main/store/store'
import { ApiError } from '../../../shared/errors'
import { emptyLibrary, LibrarySchema } from '../../../shared/model/library'
import { addContention, addMotion, backupNames, readLibraryFile, rejection, Scratch } from './helpers'

const scratch = new Scratch()
afterEach(async () => {
  vi.restoreAllMocks()
  await scratch.cleanup()
})

describe('backups while running', () => {
  it('are taken at most every 10 minutes, on a write', async () => {
    const dir = scratch.dir()
    const start = new Date('2025-03-01T10:00:00.000Z')
    let now = start
    const store = await scratch.open(dir, { clock: () => now })
    expect(backupNames(dir)).toEqual(['casebook-000001-2025-03-01T10-00-00-000Z.json'])

    now = new Date(start.getTime() + 5 * 60_000)
    const motion = await addMotion(store, 'Five minutes in')
    expect(backupNames(dir)).toHaveLength(1)

    now = new Date(start.getTime() + 11 * 60_000)
    await addContention(store, motion.id, 'Eleven minutes in')
    const names = backupNames(dir)
    expect(names).toEqual(['casebook-000001-2025-03-01T10-00-00-000Z.json', 'casebook-000002-2025-03-01T10-11-00-000Z.json'])
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

  it('after many restarts within minutes keep the newest few, the newest holding the file as it was', async () => {
    const dir = scratch.dir()
    for (let i = 0; i < 15; i++) {
      const store = await Store.open(dir, { holder: 'app' })
      await addMotion(store, `Session ${i}`)
      await store.close()
    }
    expect(backupNames(dir)).toHaveLength(NEWEST_KEPT)
    const newest = listBackups(dir)[0] as string
    // The newest backup was taken at the start of the last session, before its motion.
    expect(readLibraryFile(newest).motions).toHaveLength(14)
    expect(readLibraryFile(join(dir, 'casebook.json')).motions).toHaveLength(15)
  })

  it('an afternoon of editing does not erase yesterday', async () => {
    const dir = scratch.dir()
    let now = new Date('2025-05-05T18:00:00.000Z')
    const yesterday = await Store.open(dir, { holder: 'app', clock: () => now })
    const old = await addMotion(yesterday, 'Yesterday’s motion')
    now = new Date('2025-05-05T18:15:00.000Z')
    await addContention(yesterday, old.id, 'Backed up before this one')
    await yesterday.close()

    now = new Date('2025-05-06T13:00:00.000Z')
    const today = await scratch.open(dir, { clock: () => now })
    const motion = await addMotion(today, 'Today’s motion')
    // Five hours of edits, one every ten minutes: thirty backups' worth.
    for (let i = 0; i < 30; i++) {
      now = new Date(now.getTime() + 10 * 60_000)
      await addContention(today, motion.id, `Point ${i}`)
    }
    const times = backupNames(dir).map((n) => n.slice(16, 26))
    expect(times).toContain('2025-05-05')
    // Yesterday's backup holds yesterday's library, ready to restore.
    const fromYesterday = readLibraryFile(listBackups(dir).find((p) => p.includes('2025-05-05')) as string)
    expect(fromYesterday.motions.map((m) => m.title)).toEqual(['Yesterday’s motion'])
    expect(fromYesterday.claims).toEqual([])
    // The last two hours keep one every ten minutes, besides the day's.
    expect(times.filter((t) => t === '2025-05-06').length).toBeGreaterThanOrEqual(12)
  })

  it('a backup written while the clock said 2099 never outranks the ones written after it', async () => {
    const dir = scratch.dir()
    let now = new Date('2099-01-01T00:00:00.000Z')
    const wrongClock = await Store.open(dir, { holder: 'app', clock: () => now })
    await addMotion(wrongClock, 'Written in "2099"')
    await wrongClock.close()

    now = new Date('2025-06-01T09:00:00.000Z')
    const store = await Store.open(dir, { holder: 'app', clock: () => now })
    for (let i = 0; i < 20; i++) {
      now = new Date(now.getTime() + 11 * 60_000)
      await addMotion(store, `Later ${i}`)
      // Each new backup stays, and is the newest.
      expect(basename(listBackups(dir)[0] as string)).toContain(fileStamp(now))
    }
    await store.close()
    expect(backupNames(dir).some((n) => n.includes('2099'))).toBe(false)

    // A damaged file is replaced by the newest backup written, not by the one dated 2099.
    writeFileSync(join(dir, 'casebook.json'), 'damaged')
    const reopened = await scratch.open(dir, { clock: () => now })
    expect(reopened.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
    expect(reopened.library.motions).toHaveLength(20)
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
    // A file from a newer Casebook is refused, not recovered.
    writeFileSync(join(dir, 'casebook.json'), JSON.stringify({ ...emptyLibrary(), schemaVersion: 99 }))
    await expect(Store.open(dir, { holder: 'app' })).rejects.toThrow()
    expect(existsSync(join(dir, 'casebook.lock'))).toBe(false)
  })
})

describe('a backup that fails', () => {
  it('never stops the edit itself from being saved', async () => {
    const dir = scratch.dir()
    let now = new Date('2026-03-01T10:00:00.000Z')
    const store = await scratch.open(dir, { clock: () => now })
    // Make the backups folder unusable: a file where the folder should be.
    rmSync(join(dir, 'backups'), { recursive: true, force: true })
    writeFileSync(join(dir, 'backups'), 'not a folder')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    now = new Date('2026-03-01T10:11:00.000Z')
    const motion = await addMotion(store, 'Saved despite the backup')
    expect(readLibraryFile(join(dir, 'casebook.json')).motions.map((m) => m.id)).toContain(motion.id)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not back up'))
  })
})
