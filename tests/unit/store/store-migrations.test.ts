import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Store } from '../../../electron/main/store/store'
import { emptyLibrary } from '../../../shared/model/library'
import { systemEnv } from '../../../shared/operations/change'
import { createMotion } from '../../../shared/operations/motions'
import { damagedFiles, readLibraryFile, Scratch } from './helpers'

const scratch = new Scratch()
afterEach(async () => {
  vi.restoreAllMocks()
  await scratch.cleanup()
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
