import { describe, expect, it } from 'vitest'
import { addClaim } from '../../../shared/operations/claims'
import {
  createMotion,
  deleteMotion,
  duplicateMotion,
  getMotionMap,
  listMotions,
  updateMotion
} from '../../../shared/operations/motions'
import { emptyLibrary, LibrarySchema } from '../../../shared/model/library'
import { testEnv } from './fixtures'

describe('motion operations', () => {
  it('creates a motion with the side labels of its format and leaves the input library untouched', () => {
    const before = emptyLibrary()
    const frozen = structuredClone(before)
    const { library, result } = createMotion(before, { title: 'THBT X', format: 'bp' }, testEnv())
    expect(result).toMatchObject({ title: 'THBT X', format: 'bp', sideLabels: { pro: 'Gov', con: 'Opp' }, archived: false })
    expect(result.origin).toEqual({ kind: 'local' })
    expect(library.motions).toEqual([result])
    expect(before).toEqual(frozen)
    expect(LibrarySchema.safeParse(library).success).toBe(true)
  })

  it('lists motions newest first with their contention counts per side', () => {
    const env = testEnv()
    let library = createMotion(emptyLibrary(), { title: 'Older' }, env).library
    const newer = createMotion(library, { title: 'Newer', format: 'policy' }, env)
    library = newer.library
    const motionId = newer.result.id
    const pro = addClaim(library, { motionId, parentId: null, stance: 'pro', title: 'A' }, env)
    library = pro.library
    library = addClaim(library, { motionId, parentId: pro.result.id, stance: 'con', title: 'A answered' }, env).library
    library = addClaim(library, { motionId, parentId: null, stance: 'con', title: 'B' }, env).library

    const list = listMotions(library, {})
    expect(list.map((m) => m.title)).toEqual(['Newer', 'Older'])
    expect(list[0]?.claimCounts).toEqual({ pro: 1, con: 1, total: 3 })
    expect(list[1]?.claimCounts).toEqual({ pro: 0, con: 0, total: 0 })
  })

  it('renames a motion and refuses an unknown id with not_found naming motionId', () => {
    const env = testEnv()
    const { library, result } = createMotion(emptyLibrary(), { title: 'Old' }, env)
    const renamed = updateMotion(library, { motionId: result.id, title: 'New' }, env)
    expect(getMotionMap(renamed.library, { motionId: result.id }).motion.title).toBe('New')
    expect(renamed.result.updatedAt > result.updatedAt).toBe(true)
    expect(() => updateMotion(library, { motionId: 'missing', title: 'x' }, env)).toThrowError(
      expect.objectContaining({ code: 'not_found', path: 'motionId' })
    )
  })

  it('gives a new format its side labels, unless the user chose their own', () => {
    const env = testEnv()
    const { library, result } = createMotion(emptyLibrary(), { title: 'M', format: 'policy' }, env)
    const bp = updateMotion(library, { motionId: result.id, format: 'bp' }, env)
    expect(bp.result.sideLabels).toEqual({ pro: 'Gov', con: 'Opp' })
    const own = updateMotion(library, { motionId: result.id, sideLabels: { pro: 'Us', con: 'Them' } }, env)
    const reformatted = updateMotion(own.library, { motionId: result.id, format: 'wsdc' }, env)
    expect(reformatted.result).toMatchObject({ format: 'wsdc', sideLabels: { pro: 'Us', con: 'Them' } })
    expect(updateMotion(library, { motionId: result.id, archived: true }, env).result.archived).toBe(true)
  })

  it('duplicates a motion with its whole map under new ids, leaving the original alone', () => {
    const env = testEnv()
    const created = createMotion(emptyLibrary(), { title: 'Original' }, env)
    let library = created.library
    const top = addClaim(library, { motionId: created.result.id, parentId: null, stance: 'con', title: 'Top' }, env)
    library = addClaim(top.library, { motionId: created.result.id, parentId: top.result.id, stance: 'pro', title: 'Under' }, env).library

    const copy = duplicateMotion(library, { motionId: created.result.id }, env)
    expect(copy.result.title).toBe('Original (copy)')
    const copied = getMotionMap(copy.library, { motionId: copy.result.id }).claims
    const copiedTop = copied.find((c) => c.title === 'Top')!
    expect(copied.find((c) => c.title === 'Under')?.parentId).toBe(copiedTop.id)
    expect(copied.every((c) => !library.claims.some((o) => o.id === c.id))).toBe(true)
    expect(getMotionMap(copy.library, { motionId: created.result.id }).claims).toEqual(library.claims)
    expect(LibrarySchema.safeParse(copy.library).success).toBe(true)
  })

  it('deletes a motion with all its claims and no other motion’s', () => {
    const env = testEnv()
    let library = emptyLibrary()
    const keep = createMotion(library, { title: 'Keep' }, env)
    const drop = createMotion(keep.library, { title: 'Drop' }, env)
    library = drop.library
    library = addClaim(library, { motionId: keep.result.id, parentId: null, stance: 'pro', title: 'kept' }, env).library
    library = addClaim(library, { motionId: drop.result.id, parentId: null, stance: 'pro', title: 'gone' }, env).library

    const { library: after, result } = deleteMotion(library, { motionId: drop.result.id })
    expect(after.motions.map((m) => m.title)).toEqual(['Keep'])
    expect(after.claims.map((c) => c.title)).toEqual(['kept'])
    expect(result.deletedClaimIds).toHaveLength(1)
  })
})
