import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/model/claim'
import { emptyLibrary, LibrarySchema, type Library } from '../../../shared/model/library'
import { addClaim, deleteClaim, editClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import { subtreeIds } from '../../../shared/operations/tree'
import { testEnv } from './fixtures'

function withMotion() {
  const env = testEnv()
  const { library, result } = createMotion(emptyLibrary(), { title: 'M' }, env)
  return { env, library, motionId: result.id }
}

/** Every claim hangs from a claim of its own motion (or the motion), and siblings are numbered 0..n-1. */
function checkTree(library: Library): void {
  const byId = new Map(library.claims.map((c) => [c.id, c]))
  const siblings = new Map<string, number[]>()
  for (const claim of library.claims) {
    if (claim.parentId !== null) {
      const parent = byId.get(claim.parentId)
      expect(parent, `parent of ${claim.id}`).toBeDefined()
      expect(parent?.motionId).toBe(claim.motionId)
    }
    const key = `${claim.motionId}/${claim.parentId}`
    siblings.set(key, [...(siblings.get(key) ?? []), claim.order])
  }
  for (const orders of siblings.values()) {
    expect([...orders].sort((a, b) => a - b)).toEqual(orders.map((_, i) => i))
  }
}

describe('claim operations', () => {
  it('adds contentions and responses in order, with the stance given', () => {
    const { env, library, motionId } = withMotion()
    const a = addClaim(library, { motionId, parentId: null, stance: 'pro', title: 'A' }, env)
    const b = addClaim(a.library, { motionId, parentId: null, stance: 'con', title: 'B' }, env)
    const r = addClaim(b.library, { motionId, parentId: a.result.id, stance: 'con', title: 'A?' }, env)
    expect([a.result.order, b.result.order, r.result.order]).toEqual([0, 1, 0])
    expect(r.result).toMatchObject({ parentId: a.result.id, stance: 'con', evidence: [], tags: [], strength: null })
    expect(LibrarySchema.safeParse(r.library).success).toBe(true)
  })

  it('refuses a response under a missing parent, naming parentId, and changes nothing', () => {
    const { env, library, motionId } = withMotion()
    expect(() => addClaim(library, { motionId, parentId: 'nope', stance: 'pro', title: 'x' }, env)).toThrowError(
      expect.objectContaining({ code: 'not_found', path: 'parentId', message: 'No claim with id "nope"' })
    )
    expect(library.claims).toEqual([])
  })

  it('refuses a parent from another motion', () => {
    const { env, library, motionId } = withMotion()
    const other = createMotion(library, { title: 'Other' }, env)
    const parent = addClaim(other.library, { motionId: other.result.id, parentId: null, stance: 'pro', title: 'P' }, env)
    expect(() =>
      addClaim(parent.library, { motionId, parentId: parent.result.id, stance: 'pro', title: 'x' }, env)
    ).toThrowError(expect.objectContaining({ code: 'conflict', path: 'parentId' }))
  })

  it('edits only the fields given', () => {
    const { env, library, motionId } = withMotion()
    const a = addClaim(library, { motionId, parentId: null, stance: 'pro', title: 'A', body: 'because' }, env)
    const edited = editClaim(a.library, { claimId: a.result.id, stance: 'con' }, env)
    expect(edited.result).toMatchObject({ title: 'A', body: 'because', stance: 'con' })
    expect(() => editClaim(a.library, { claimId: 'gone', title: 'x' }, env)).toThrowError(
      expect.objectContaining({ code: 'not_found', path: 'claimId' })
    )
  })

  it('deletes a claim with its whole subtree and closes the gap among its siblings', () => {
    const { env, library, motionId } = withMotion()
    let lib = library
    const add = (parentId: string | null, title: string): Claim => {
      const change = addClaim(lib, { motionId, parentId, stance: 'pro', title }, env)
      lib = change.library
      return change.result
    }
    const first = add(null, 'first')
    const middle = add(null, 'middle')
    add(null, 'last')
    const child = add(middle.id, 'child')
    add(child.id, 'grandchild')
    add(first.id, 'other child')

    const { library: after, result } = deleteClaim(lib, { claimId: middle.id })
    expect(result.deletedClaimIds).toHaveLength(3)
    expect(after.claims.map((c) => c.title).sort()).toEqual(['first', 'last', 'other child'])
    expect(after.claims.find((c) => c.title === 'last')?.order).toBe(1)
    checkTree(after)
  })

  it('keeps the tree whole through any sequence of adds, edits and deletes (property)', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), parent: fc.nat(), top: fc.boolean(), stance: fc.constantFrom('pro' as const, 'con' as const) }),
      fc.record({ kind: fc.constant('edit' as const), target: fc.nat(), title: fc.string({ minLength: 1, maxLength: 20 }) }),
      fc.record({ kind: fc.constant('delete' as const), target: fc.nat() })
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const { env, library, motionId } = withMotion()
        let lib = library
        for (const s of steps) {
          const claims = lib.claims
          const before = claims.length
          if (s.kind === 'add') {
            const parentId = s.top || claims.length === 0 ? null : (claims[s.parent % claims.length] as Claim).id
            lib = addClaim(lib, { motionId, parentId, stance: s.stance, title: 'c' }, env).library
            expect(lib.claims.length).toBe(before + 1)
          } else if (claims.length > 0) {
            const target = claims[s.target % claims.length] as Claim
            if (s.kind === 'edit') {
              lib = editClaim(lib, { claimId: target.id, title: s.title }, env).library
              expect(lib.claims.length).toBe(before)
            } else {
              const doomed = subtreeIds(claims, target.id)
              const change = deleteClaim(lib, { claimId: target.id })
              expect(new Set(change.result.deletedClaimIds)).toEqual(doomed)
              // Nothing outside the subtree is lost.
              expect(change.library.claims.map((c) => c.id).sort()).toEqual(
                claims.filter((c) => !doomed.has(c.id)).map((c) => c.id).sort()
              )
              lib = change.library
            }
          }
          checkTree(lib)
        }
      }),
      { numRuns: 200 }
    )
  })
})
