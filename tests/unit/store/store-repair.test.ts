/**
 * A library file whose items do not fit together is repaired on opening, not swapped for the
 * last backup: the review's scenarios lost 50 of 60 edits to one orphaned claim.
 */
import { mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_LIBRARY_BYTES } from '../../../electron/main/store/load'
import { Store } from '../../../electron/main/store/store'
import { libraryProblem } from '../../../shared/operations/integrity'
import { LibrarySchema, type Library } from '../../../shared/model/library'
import type { Claim } from '../../../shared/model/claim'
import { addContention, addMotion, DAMAGED_NAME, damagedFiles, readLibraryFile, Scratch } from './helpers'

const scratch = new Scratch()
afterEach(() => scratch.cleanup())

/**
 * Sixty edits (a motion, then 59 claims, each answering the one before it, a new chain every
 * ten), with a backup taken after the tenth; store closed. Restoring that backup loses fifty.
 */
async function sixtyEdits(): Promise<{ dir: string; file: string; good: Library; claims: Claim[] }> {
  const dir = scratch.dir()
  let now = new Date('2026-02-01T10:00:00.000Z')
  const store = await Store.open(dir, { holder: 'app', clock: () => now })
  const motion = await addMotion(store, 'This house would abolish homework')
  const claims: Claim[] = []
  for (let i = 0; i < 59; i++) {
    if (i === 9) now = new Date('2026-02-01T10:11:00.000Z') // the next write takes a backup
    const parent = i % 10 === 0 ? null : claims[i - 1]!.id
    claims.push(await addContention(store, motion.id, `Point ${i}`, parent))
  }
  const good = store.library
  await store.close()
  return { dir, file: join(dir, 'casebook.json'), good, claims }
}

function spoil(file: string, change: (library: Library) => unknown): string {
  const text = JSON.stringify(change(structuredClone(readLibraryFile(file))), null, 2)
  writeFileSync(file, text)
  return text
}

/** Opens the spoiled folder and checks what every repair must: told, file kept, the rest whole and sound on disk. */
async function openRepaired(dir: string, spoiled: string): Promise<{ store: Store; message: string }> {
  const store = await scratch.open(dir)
  expect(store.notices.map((n) => n.kind)).toEqual(['repaired'])
  const notice = store.notices[0]!
  expect(basename(notice.damagedFile!)).toMatch(DAMAGED_NAME)
  expect(readFileSync(notice.damagedFile!, 'utf8')).toBe(spoiled)
  expect(notice.message).toContain(notice.damagedFile!)
  expect(notice.details!.length).toBeGreaterThan(0)
  const onDisk = LibrarySchema.parse(readLibraryFile(join(dir, 'casebook.json')))
  expect(onDisk).toEqual(store.library)
  expect(libraryProblem(onDisk)).toBeNull()
  return { store, message: notice.message }
}

const titles = (library: Library): string[] => library.claims.map((c) => c.title).sort()

describe('a library whose items do not fit together', () => {
  it('with an orphaned claim keeps all sixty edits, the orphan made a contention', async () => {
    const { dir, file, good, claims } = await sixtyEdits()
    const orphan = claims[34]!
    const spoiled = spoil(file, (l) => ({ ...l, claims: l.claims.map((c) => (c.id === orphan.id ? { ...c, parentId: 'gone' } : c)) }))
    const { store, message } = await openRepaired(dir, spoiled)
    expect(titles(store.library)).toEqual(titles(good))
    expect(store.library.claims.find((c) => c.id === orphan.id)?.parentId).toBeNull()
    // Its responses stay beneath it.
    expect(store.library.claims.find((c) => c.id === claims[35]!.id)?.parentId).toBe(orphan.id)
    expect(message).toContain('Claim "Point 34" answered a claim that is not there; it is now a contention of its motion')
  })

  it('with a repeated id keeps both claims, giving the second a new id', async () => {
    const { dir, file, good, claims } = await sixtyEdits()
    const spoiled = spoil(file, (l) => ({ ...l, claims: [...l.claims, { ...l.claims[3]!, title: 'A different claim, same id', order: 99 }] }))
    const { store, message } = await openRepaired(dir, spoiled)
    expect(titles(store.library)).toEqual([...titles(good), 'A different claim, same id'].sort())
    expect(new Set(store.library.claims.map((c) => c.id)).size).toBe(60)
    expect(message).toContain(`Claim "A different claim, same id" had the same id ("${claims[3]!.id}") as an earlier one`)
  })

  it('with a claim in the file twice keeps one', async () => {
    const { dir, file, good } = await sixtyEdits()
    const spoiled = spoil(file, (l) => ({ ...l, claims: [...l.claims, l.claims[7]!] }))
    const { store, message } = await openRepaired(dir, spoiled)
    expect(store.library.claims).toEqual(good.claims)
    expect(message).toContain('Claim "Point 7" was in the file twice; the second copy was removed')
  })

  it('with claims of a motion that is not there gives them a motion', async () => {
    const { dir, file, good } = await sixtyEdits()
    const motionId = good.motions[0]!.id
    const spoiled = spoil(file, (l) => ({ ...l, motions: [] }))
    const { store, message } = await openRepaired(dir, spoiled)
    expect(store.library.claims).toEqual(good.claims)
    expect(store.library.motions).toEqual([expect.objectContaining({ id: motionId, title: 'Recovered claims' })])
    expect(message).toContain(`59 claims belong to a motion that is not there ("${motionId}")`)
  })

  it('with claims beneath themselves cuts the loop', async () => {
    const { dir, file, good, claims } = await sixtyEdits()
    const spoiled = spoil(file, (l) => ({ ...l, claims: l.claims.map((c) => (c.id === claims[20]!.id ? { ...c, parentId: claims[24]!.id } : c)) }))
    const { store, message } = await openRepaired(dir, spoiled)
    expect(titles(store.library)).toEqual(titles(good))
    expect(message).toMatch(/Claim "Point 2\d" was beneath itself; it is now a contention of its motion/)
  })

  it('with an unreadable claim sets aside that claim alone, its responses kept as contentions', async () => {
    const { dir, file, good, claims } = await sixtyEdits()
    const bad = claims[42]!
    const spoiled = spoil(file, (l) => ({ ...l, claims: l.claims.map((c) => (c.id === bad.id ? { ...c, title: '' } : c)) }))
    const { store, message } = await openRepaired(dir, spoiled)
    expect(titles(store.library)).toEqual(titles(good).filter((t) => t !== 'Point 42'))
    expect(store.library.claims.find((c) => c.id === claims[43]!.id)?.parentId).toBeNull()
    expect(message).toContain(`Claim ${good.claims.findIndex((c) => c.id === bad.id) + 1} (id "${bad.id}"): title:`)
    expect(message).toContain('it was set aside')
  })

  it('with a card of a source that is not there sets the card aside and the links to it', async () => {
    const { dir, file, good, claims } = await sixtyEdits()
    const card = {
      id: 'card-1',
      sourceId: 'source-gone',
      unitId: null,
      range: null,
      text: 'Words from nowhere',
      pinpoint: '',
      speaker: '',
      tag: 'A stray card',
      highlights: [],
      note: '',
      origin: { kind: 'local' },
      createdAt: '2026-02-01T10:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z'
    }
    const spoiled = spoil(file, (l) => ({
      ...l,
      quotes: [card],
      claims: l.claims.map((c) => (c.id === claims[5]!.id ? { ...c, evidence: ['card-1'] } : c))
    }))
    const { store, message } = await openRepaired(dir, spoiled)
    expect(store.library.quotes).toEqual([])
    expect(store.library.claims).toEqual(good.claims)
    expect(message).toContain('Card "A stray card" quotes a source that is not there ("source-gone"); it was set aside')
    expect(message).toContain('Claim "Point 5" linked to a card not in the library; the link was removed')
  })
})

describe('a library file that cannot be read at all', () => {
  it('larger than a string can hold is moved aside unread and the newest backup restored', async () => {
    const { dir, file } = await sixtyEdits()
    // Sparse: as large as it says, without taking the disk space (or the memory: it is never read).
    truncateSync(file, MAX_LIBRARY_BYTES + 1)
    const store = await scratch.open(dir)
    expect(store.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
    expect(store.notices[0]!.message).toMatch(/because it is \d+ MB, more than the \d+ MB a library file can be/)
    expect(statSync(store.notices[0]!.damagedFile!).size).toBe(MAX_LIBRARY_BYTES + 1)
    expect(store.library.claims).toHaveLength(9)
  })

  it('a folder named casebook.json is moved aside and the newest backup restored', async () => {
    const { dir, file } = await sixtyEdits()
    rmSync(file)
    mkdirSync(file)
    writeFileSync(join(file, 'inside.txt'), 'the user’s')
    const store = await scratch.open(dir)
    expect(store.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
    expect(store.notices[0]!.message).toContain('because it is a folder, not a file')
    expect(readFileSync(join(store.notices[0]!.damagedFile!, 'inside.txt'), 'utf8')).toBe('the user’s')
    expect(statSync(file).isFile()).toBe(true)
    expect(store.library.claims).toHaveLength(9)
    expect(damagedFiles(dir)).toHaveLength(1)
  })
})
