import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listBackups } from '../../../electron/main/store/backups'
import { Store } from '../../../electron/main/store/store'
import { ApiError } from '../../../shared/errors'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { DAMAGED_NAME, damagedFiles, folderWithGoodBackup, readLibraryFile, rejection, Scratch } from './helpers'

const scratch = new Scratch()
afterEach(async () => {
  vi.restoreAllMocks()
  await scratch.cleanup()
})

describe('a damaged store file', () => {
  it('that is not JSON is moved aside and the newest good backup restored', async () => {
    const { dir, good } = await folderWithGoodBackup(scratch)
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
    const { dir, good } = await folderWithGoodBackup(scratch)
    writeFileSync(join(dir, 'casebook.json'), '')
    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(store.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
    expect(readFileSync(store.notices[0]!.damagedFile!, 'utf8')).toBe('')
  })

  it.each([
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
    const { dir, good } = await folderWithGoodBackup(scratch)
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
    const { dir, good } = await folderWithGoodBackup(scratch)
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
    const { dir, good } = await folderWithGoodBackup(scratch)
    const newest = listBackups(dir)[0] as string
    writeFileSync(newest.replace(/casebook-\d{4}/, 'casebook-2999'), JSON.stringify({ ...good, schemaVersion: 99 }))
    writeFileSync(join(dir, 'casebook.json'), 'garbage')
    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(store.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
    expect(readLibraryFile(join(dir, 'casebook.json'))).toEqual(good)
  })

  it('with no backups/ folder starts empty and keeps the damaged file', async () => {
    const { dir } = await folderWithGoodBackup(scratch)
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
    const { dir } = await folderWithGoodBackup(scratch)
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
    const { dir } = await folderWithGoodBackup(scratch)
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

describe('a missing or hand-edited store file', () => {
  it('that is missing while backups exist is restored from the newest, and the user told', async () => {
    const { dir, good } = await folderWithGoodBackup(scratch)
    rmSync(join(dir, 'casebook.json'))
    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(store.notices).toEqual([
      expect.objectContaining({ kind: 'restored-from-backup', damagedFile: null, message: expect.stringContaining('was missing') })
    ])
    expect(readLibraryFile(join(dir, 'casebook.json'))).toEqual(good)
  })

  it('saved with a byte-order mark (as Windows editors do) opens as it is', async () => {
    const { dir, good } = await folderWithGoodBackup(scratch)
    const file = join(dir, 'casebook.json')
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`)
    const store = await scratch.open(dir)
    expect(store.library).toEqual(good)
    expect(store.notices).toEqual([])
  })

  // Claims that do not fit together are repaired rather than restored from a backup: see store-repair.test.ts.
})
