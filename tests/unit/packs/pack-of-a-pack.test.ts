/**
 * A teacher makes a pack from a motion that came from the starter pack; a student imports it.
 * The starter pack's items keep their identity through the export, so the student never gets
 * the motion or its sources twice, whether or not they have the starter pack already.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { exportPack } from '../../../shared/packs/export'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { testEnv } from '../shared/fixtures'

const starter = readPack(readFileSync(join(import.meta.dirname, '../../../data/packs/california-secession.casebook'), 'utf8'))
const meta = { id: 'unit-two', title: 'Unit two: secession', version: '1', author: 'Ms Rivera', organisation: '', license: '', description: '', debateFormat: 'bp' as const, level: '' }
const AT = '2026-03-01T00:00:00.000Z'

/** The teacher's library: the starter pack, plus a contention of her own on its first motion. */
function teacherLibrary(): { library: Library; motionId: string } {
  const { library } = mergePack(emptyLibrary(), starter, testEnv())
  const motion = library.motions[0]!
  const own = { id: '6f1c2d9e-0000-4000-8000-000000000001', motionId: motion.id, parentId: null, stance: 'pro' as const, title: 'The teacher’s own contention', body: '', order: 99, evidence: [], tags: [], strength: null, notes: '', origin: { kind: 'local' as const }, createdAt: AT, updatedAt: AT }
  return { library: { ...library, claims: [...library.claims, own] }, motionId: motion.id }
}

/** The pack the teacher hands out, as the student's Casebook reads it from the file. */
function teacherPack(student = true) {
  const { library, motionId } = teacherLibrary()
  return readPack(JSON.stringify(exportPack(library, { motionIds: [motionId], meta, student, lock: {} })))
}

const titles = (items: Array<{ title: string }>) => items.map((i) => i.title)
const repeated = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)

describe('a pack made from a motion that came from a pack', () => {
  it('says which pack each passed-on item came from', () => {
    const pack = teacherPack()
    expect(pack.motions[0]?.from).toEqual({ pack: 'california-secession', id: starter.motions[0]?.id })
    expect(pack.claims.find((c) => c.title === 'The teacher’s own contention')?.from).toBeUndefined()
  })

  it('imported where the starter pack is installed: one motion, every source and card once, the teacher’s own work added', () => {
    const { library: student } = mergePack(emptyLibrary(), starter, testEnv())
    const { library, plan } = mergePack(student, teacherPack(), testEnv())
    expect(repeated(titles(library.motions))).toEqual([])
    expect(library.motions).toHaveLength(student.motions.length)
    expect(repeated(titles(library.sources))).toEqual([])
    expect(library.sources).toHaveLength(student.sources.length)
    expect(library.quotes).toHaveLength(student.quotes.length)
    expect(library.claims).toHaveLength(student.claims.length + 1)
    const own = library.claims.find((c) => c.title === 'The teacher’s own contention')
    expect(own?.motionId).toBe(student.motions[0]?.id)
    expect(own?.origin).toMatchObject({ kind: 'pack', packId: 'unit-two' })
    expect(plan.counts.motions).toMatchObject({ added: 0, inLibrary: 1 })
    expect(plan.counts.claims.added).toBe(1)
  })

  it('imported where it is not: the motion and its sources once; the starter pack installed later adds no second copy', () => {
    const { library } = mergePack(emptyLibrary(), teacherPack(), testEnv())
    expect(library.motions).toHaveLength(1)
    expect(repeated(titles(library.sources))).toEqual([])
    const again = mergePack(library, teacherPack(), testEnv()).library
    expect(again.claims).toHaveLength(library.claims.length)
    const withStarter = mergePack(library, starter, testEnv()).library
    expect(repeated(titles(withStarter.motions))).toEqual([])
    expect(repeated(titles(withStarter.sources))).toEqual([])
    expect(withStarter.motions).toHaveLength(starter.motions.length)
    expect(withStarter.quotes).toHaveLength(starter.quotes.length)
  })

  it('refuses a pack in which two items pass on the same item', () => {
    const pack = JSON.parse(JSON.stringify(exportPack(teacherLibrary().library, { motionIds: [teacherLibrary().motionId], meta, student: false, lock: {} })))
    pack.sources.push({ ...pack.sources[0], id: 'copy' })
    expect(() => readPack(JSON.stringify(pack))).toThrow(/sources\[\d+\]\.from/)
  })
})
