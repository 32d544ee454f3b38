/** A store file whose practice data is partly damaged: only the bad items are left out, on a real file. */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Store } from '../../../electron/main/store/store'
import type { Library } from '../../../shared/model/library'
import type { PracticeRecord } from '../../../shared/model/practice'
import { addContention, addMotion, DAMAGED_NAME, damagedFiles, readLibraryFile, Scratch } from './helpers'

const scratch = new Scratch()
afterEach(() => scratch.cleanup())

function record(id: string, extra: Partial<PracticeRecord> = {}): PracticeRecord {
  return {
    id,
    kind: 'rebuttal',
    motionId: null,
    drillId: null,
    startedAt: '2026-01-05T10:00:00.000Z',
    durationSeconds: 90,
    rating: 3,
    notes: '',
    answers: ['An answer'],
    claimId: null,
    score: null,
    ...extra
  }
}

/** A folder whose library holds a motion with a claim and three practice records; store closed. */
async function folderWithPractice(): Promise<{ dir: string; file: string; good: Library }> {
  const dir = scratch.dir()
  const store = await Store.open(dir, { holder: 'app' })
  const motion = await addMotion(store, 'This house would abolish the filibuster')
  await addContention(store, motion.id, 'Majorities should be able to govern')
  await store.update((library) => ({
    library: { ...library, practice: [record('r-1'), record('r-2', { motionId: motion.id }), record('r-3')] },
    result: null
  }))
  const good = store.library
  await store.close()
  return { dir, file: join(dir, 'casebook.json'), good }
}

describe('damaged practice data in the store file', () => {
  it('leaves out only the bad record, keeps the file as it was beside it, and says what was dropped', async () => {
    const { dir, file, good } = await folderWithPractice()
    const spoilt = { ...good, practice: good.practice.map((r) => (r.id === 'r-2' ? { ...r, rating: 9 } : r)) }
    const bytes = JSON.stringify(spoilt, null, 2)
    writeFileSync(file, bytes)

    const store = await scratch.open(dir)
    expect(store.library.motions).toEqual(good.motions)
    expect(store.library.claims).toEqual(good.claims)
    expect(store.library.practice.map((r) => r.id)).toEqual(['r-1', 'r-3'])
    // The file on disk no longer holds the bad record, so the next start opens quietly.
    expect(readLibraryFile(file).practice.map((r) => r.id)).toEqual(['r-1', 'r-3'])

    expect(store.notices).toHaveLength(1)
    const notice = store.notices[0]!
    expect(notice.kind).toBe('repaired')
    expect(notice.message).toContain('Practice record 2 (id "r-2")')
    expect(notice.message).toContain('rating')
    expect(basename(notice.damagedFile!)).toMatch(DAMAGED_NAME)
    expect(notice.message).toContain(notice.damagedFile!)
    expect(readFileSync(notice.damagedFile!, 'utf8')).toBe(bytes)

    await store.close()
    const again = await Store.open(dir, { holder: 'app' })
    expect(again.notices).toEqual([])
    expect(again.library.practice).toHaveLength(2)
    await again.close()
  })

  it('drops a repeated id and an unreadable flow sheet, keeping the rest of each list', async () => {
    const { dir, file, good } = await folderWithPractice()
    const sheet = {
      id: 'f-1',
      title: 'Round 1',
      motionId: null,
      formatId: 'ld',
      columns: [{ name: 'AC', side: 'pro' }],
      rows: [{ id: 'row-1', cells: [{ text: 'Framework', claimId: null, status: 'open' }] }],
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z'
    }
    const broken = { ...sheet, id: 'f-2', rows: [{ id: 'row-1', cells: [] }] }
    writeFileSync(file, JSON.stringify({ ...good, practice: [...good.practice, record('r-1')], flowSheets: [sheet, broken] }))

    const store = await scratch.open(dir)
    expect(store.library.practice.map((r) => r.id)).toEqual(['r-1', 'r-2', 'r-3'])
    expect(store.library.flowSheets.map((f) => f.id)).toEqual(['f-1'])
    const message = store.notices[0]!.message
    expect(message).toMatch(/^2 items in your library file needed repair/)
    expect(message).toContain('Practice record 4 (id "r-1"): the same id as an earlier one')
    expect(message).toContain('Flow sheet 2 (id "f-2")')
  })

  it('opens a file written before practice mode had formats, reviews and flows, with none and no notice', async () => {
    const { dir, file, good } = await folderWithPractice()
    const { customFormats: _f, cardReviews: _r, flowSheets: _s, ...older } = good
    writeFileSync(file, JSON.stringify(older))
    const store = await scratch.open(dir)
    expect(store.notices).toEqual([])
    expect(store.library).toEqual({ ...good, customFormats: [], cardReviews: [], flowSheets: [] })
    expect(damagedFiles(dir)).toEqual([])
  })

  it('still treats a collection that is not a list as damage (the backup is restored)', async () => {
    const { dir, file, good } = await folderWithPractice()
    writeFileSync(file, JSON.stringify({ ...good, claims: { first: good.claims[0] } }))
    const store = await scratch.open(dir)
    expect(store.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
  })
})
