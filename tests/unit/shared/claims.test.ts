import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/model/claim'
import { emptyLibrary, LibrarySchema, type Library } from '../../../shared/model/library'
import { applyClaimChange, diffClaims, invertClaimChange, type ClaimChange } from '../../../shared/operations/claim-change'
import { addClaim, deleteClaim, editClaim, moveClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import { subtreeIds, treeProblem } from '../../../shared/operations/tree'
import { testEnv } from './fixtures'

function withMotion() {
  const env = testEnv()
  const { library, result } = createMotion(emptyLibrary(), { title: 'M' }, env)
  return { env, library, motionId: result.id }
}

/** A motion to add "pro" claims to by title, one after another; current() is the library so far. */
function builder() {
  const { env, library, motionId } = withMotion()
  let lib = library
  const add = (parentId: string | null, title: string): Claim => {
    const change = addClaim(lib, { motionId, parentId, stance: 'pro', title }, env)
    lib = change.library
    return change.result
  }
  return { env, add, current: () => lib }
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
    const { add, current } = builder()
    const first = add(null, 'first')
    const middle = add(null, 'middle')
    add(null, 'last')
    const child = add(middle.id, 'child')
    add(child.id, 'grandchild')
    add(first.id, 'other child')

    const { library: after, result } = deleteClaim(current(), { claimId: middle.id })
    expect(result.deletedClaimIds).toHaveLength(3)
    expect(after.claims.map((c) => c.title).sort()).toEqual(['first', 'last', 'other child'])
    expect(after.claims.find((c) => c.title === 'last')?.order).toBe(1)
    checkTree(after)
  })

  it('moves a claim with its subtree, renumbering both old and new siblings', () => {
    const { env, add, current } = builder()
    const a = add(null, 'a')
    const b = add(null, 'b')
    const c = add(null, 'c')
    const bChild = add(b.id, 'b child')
    const moved = moveClaim(current(), { claimId: b.id, parentId: a.id, index: 0 }, env)
    const after = new Map(moved.library.claims.map((x) => [x.id, x]))
    expect(after.get(b.id)).toMatchObject({ parentId: a.id, order: 0 })
    expect(after.get(bChild.id)?.parentId).toBe(b.id)
    expect(after.get(c.id)?.order).toBe(1)
    checkTree(moved.library)
  })

  it('relates a tree imported as unrelated to the motion once the user moves it; reordering alone keeps it unrelated', () => {
    const { env, add, current } = builder()
    const a = add(null, 'a')
    const loose = add(null, 'loose')
    const library = { ...current(), claims: current().claims.map((x) => (x.id === loose.id ? { ...x, unrelated: true as const } : x)) }
    const reordered = moveClaim(library, { claimId: loose.id, parentId: null, index: 0 }, env)
    expect(reordered.result).toMatchObject({ order: 0, unrelated: true })
    const placed = moveClaim(library, { claimId: loose.id, parentId: a.id, index: 0 }, env)
    expect(placed.result).not.toHaveProperty('unrelated')
    expect(moveClaim(placed.library, { claimId: loose.id, parentId: null, index: 2 }, env).result).not.toHaveProperty('unrelated')
  })

  it('refuses to move a claim under itself or its own responses, naming the response', () => {
    const { env, library, motionId } = withMotion()
    const a = addClaim(library, { motionId, parentId: null, stance: 'pro', title: 'A' }, env)
    const b = addClaim(a.library, { motionId, parentId: a.result.id, stance: 'con', title: 'B' }, env)
    expect(() => moveClaim(b.library, { claimId: a.result.id, parentId: b.result.id, index: 0 }, env)).toThrowError(
      expect.objectContaining({ code: 'conflict', path: 'parentId', message: 'Cannot move “A” under its own response “B”' })
    )
    expect(() => moveClaim(b.library, { claimId: a.result.id, parentId: a.result.id, index: 0 }, env)).toThrowError(
      expect.objectContaining({ message: 'Cannot move “A” under itself' })
    )
  })

  it('adds a sibling at a given position', () => {
    const { env, library, motionId } = withMotion()
    const a = addClaim(library, { motionId, parentId: null, stance: 'pro', title: 'A' }, env)
    const b = addClaim(a.library, { motionId, parentId: null, stance: 'pro', title: 'B' }, env)
    const between = addClaim(b.library, { motionId, parentId: null, stance: 'pro', title: 'A2', index: 1 }, env)
    const titles = [...between.library.claims].sort((x, y) => x.order - y.order).map((x) => x.title)
    expect(titles).toEqual(['A', 'A2', 'B'])
  })

  it('keeps the tree whole, loses nothing, and undoes exactly, through any sequence of edits (property)', () => {
    const stance = fc.constantFrom('pro' as const, 'con' as const)
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), parent: fc.nat(), top: fc.boolean(), stance, index: fc.option(fc.nat(5)) }),
      fc.record({ kind: fc.constant('edit' as const), target: fc.nat(), title: fc.string({ minLength: 1, maxLength: 20 }), stance }),
      fc.record({ kind: fc.constant('move' as const), target: fc.nat(), parent: fc.nat(), top: fc.boolean(), index: fc.nat(6) }),
      fc.record({ kind: fc.constant('delete' as const), target: fc.nat() })
    )
    const sorted = (claims: readonly Claim[]) => [...claims].sort((a, b) => a.id.localeCompare(b.id))
    fc.assert(
      fc.property(fc.array(step, { maxLength: 50 }), (steps) => {
        const { env, library, motionId } = withMotion()
        let lib = library
        const undo: ClaimChange[] = []
        for (const s of steps) {
          const claims = lib.claims
          const pick = (n: number) => claims[n % claims.length] as Claim
          let next: Library
          if (s.kind === 'add') {
            const parentId = s.top || claims.length === 0 ? null : pick(s.parent).id
            const input = { motionId, parentId, stance: s.stance, title: 'c', ...(s.index === null ? {} : { index: s.index }) }
            next = addClaim(lib, input, env).library
            expect(next.claims.length).toBe(claims.length + 1)
          } else if (claims.length === 0) {
            continue
          } else if (s.kind === 'edit') {
            const title = s.title.trim() || 'x'
            next = editClaim(lib, { claimId: pick(s.target).id, title, stance: s.stance }, env).library
          } else if (s.kind === 'move') {
            const target = pick(s.target)
            const parentId = s.top ? null : pick(s.parent).id
            const intoItself = parentId !== null && subtreeIds(claims, target.id).has(parentId)
            if (intoItself) {
              expect(() => moveClaim(lib, { claimId: target.id, parentId, index: s.index }, env)).toThrowError(
                expect.objectContaining({ code: 'conflict' })
              )
              continue
            }
            next = moveClaim(lib, { claimId: target.id, parentId, index: s.index }, env).library
            expect(next.claims.length).toBe(claims.length)
            expect(next.claims.find((c) => c.id === target.id)?.parentId).toBe(parentId)
          } else {
            const target = pick(s.target)
            const doomed = subtreeIds(claims, target.id)
            const change = deleteClaim(lib, { claimId: target.id })
            // Nothing outside the subtree is lost.
            expect(sorted(change.library.claims).map((c) => c.id)).toEqual(
              sorted(claims.filter((c) => !doomed.has(c.id))).map((c) => c.id)
            )
            next = change.library
          }
          checkTree(next)
          expect(treeProblem(next.claims)).toBeNull()
          const change = diffClaims(claims, next.claims)
          expect(sorted(applyClaimChange(claims, change))).toEqual(sorted(next.claims))
          const inverse = invertClaimChange(claims, change)
          expect(sorted(applyClaimChange(next.claims, inverse))).toEqual(sorted(claims))
          undo.push(inverse)
          lib = next
        }
        // Undo every step, newest first: back to exactly where we started.
        let claims: Claim[] = lib.claims
        for (const change of undo.reverse()) claims = applyClaimChange(claims, change)
        expect(sorted(claims)).toEqual(sorted(library.claims))
      }),
      { numRuns: 300 }
    )
  })
})
