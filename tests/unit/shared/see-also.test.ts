/** A claim's see-also links always name claims that are there: after a delete, an undo patch, a duplicate and a repair. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/model/claim'
import type { Library } from '../../../shared/model/library'
import { applyClaimPatch } from '../../../shared/operations/claim-patch'
import { deleteClaim } from '../../../shared/operations/claims'
import { duplicateMotion } from '../../../shared/operations/motions'
import { repairLibrary } from '../../../shared/operations/repair'
import { seeAlsoResolve } from '../../../shared/operations/see-also'
import { subtreeIds } from '../../../shared/operations/tree'
import { generateLibrary } from '../../support/generate'
import { testEnv } from './fixtures'

/** The library with links from claim i to claim j for each pair (same motion only). */
function linked(library: Library, pairs: ReadonlyArray<[number, number]>): Library {
  const claims = [...library.claims]
  for (const [i, j] of pairs) {
    const from = claims[i % claims.length]
    const to = claims[j % claims.length]
    if (from.id === to.id || from.motionId !== to.motionId || from.seeAlso?.includes(to.id)) continue
    claims[i % claims.length] = { ...from, seeAlso: [...(from.seeAlso ?? []), to.id] }
  }
  return { ...library, claims }
}

const base = generateLibrary(80)
const byId = (library: Library, id: string) => library.claims.find((c) => c.id === id) as Claim

describe('see-also links', () => {
  // Three contentions; c is the last, so removing it leaves no gap in the order.
  const roots = base.claims.filter((x) => x.parentId === null)
  const [a, b, c] = [roots[0], roots[1], roots.at(-1) as Claim]
  const library = linked(base, [
    [base.claims.indexOf(a), base.claims.indexOf(b)],
    [base.claims.indexOf(a), base.claims.indexOf(c)]
  ])

  it('go when the claim they name is deleted, and no other claim changes', () => {
    const change = deleteClaim(library, { claimId: b.id })
    expect(byId(change.library, a.id).seeAlso).toEqual([c.id])
    const after = deleteClaim(change.library, { claimId: c.id })
    expect(byId(after.library, a.id)).not.toHaveProperty('seeAlso')
    const untouched = change.library.claims.filter((x) => x.id !== a.id && x.motionId !== a.motionId)
    for (const claim of untouched) expect(library.claims).toContain(claim)
  })

  it('go when an undo patch removes the claim they name', () => {
    const motionId = a.motionId
    const removed = [...subtreeIds(library.claims, c.id)]
    const { library: next, result } = applyClaimPatch(library, { motionId, put: [], remove: removed })
    expect(byId(next, a.id).seeAlso).toEqual([b.id])
    expect(result.put.map((x) => x.id)).toEqual([a.id])
  })

  it('point within the copy when a motion is duplicated', () => {
    const { library: next, result: motion } = duplicateMotion(library, { motionId: a.motionId }, testEnv())
    const copies = next.claims.filter((x) => x.motionId === motion.id)
    const copyOfA = copies.find((x) => x.title === a.title && x.seeAlso)
    expect(copyOfA?.seeAlso).toEqual([copies.find((x) => x.title === b.title)?.id, copies.find((x) => x.title === c.title)?.id])
    expect(seeAlsoResolve(next.claims)).toBe(true)
  })

  it("keep each link's relation with it: dropped with the link, and renamed in a copy", () => {
    const related = {
      ...library,
      claims: library.claims.map((x) => (x.id === a.id ? { ...x, seeAlsoRelations: { [b.id]: 'attack' as const, [c.id]: 'contradictory' as const } } : x))
    }
    const { library: next } = deleteClaim(related, { claimId: b.id })
    expect(byId(next, a.id).seeAlsoRelations).toEqual({ [c.id]: 'contradictory' })
    expect(byId(deleteClaim(next, { claimId: c.id }).library, a.id)).not.toHaveProperty('seeAlsoRelations')
    const { library: copied, result: motion } = duplicateMotion(related, { motionId: a.motionId }, testEnv())
    const copies = copied.claims.filter((x) => x.motionId === motion.id)
    const idOf = (claim: Claim) => copies.find((x) => x.title === claim.title && x.order === claim.order && x.stance === claim.stance)?.id as string
    const copyOfA = copies.find((x) => x.seeAlsoRelations)
    expect(copyOfA?.seeAlsoRelations).toEqual({ [idOf(b)]: 'attack', [idOf(c)]: 'contradictory' })
  })

  it('that name nothing, another motion or the claim itself are removed by a repair, which says so', () => {
    const twoMotions = duplicateMotion(library, { motionId: a.motionId }, testEnv()).library
    const other = twoMotions.claims.find((x) => x.motionId !== a.motionId) as Claim
    const spoiled = {
      ...twoMotions,
      claims: twoMotions.claims.map((x) => (x.id === a.id ? { ...x, seeAlso: [b.id, 'gone', other.id, a.id] } : x))
    }
    const { library: repaired, repairs } = repairLibrary(spoiled, testEnv())
    expect(byId(repaired, a.id).seeAlso).toEqual([b.id])
    expect(repairs).toEqual([`Claim "${a.title}" had 3 see-also links to claims not in its motion; the links were removed`])
    expect(repairLibrary(repaired, testEnv()).repairs).toEqual([])
  })

  it('property: after any delete, every link names a claim of the same motion that is there', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }), fc.nat(), (pairs, pick) => {
        const withLinks = linked(base, pairs)
        const doomed = withLinks.claims[pick % withLinks.claims.length]
        const { library: next, result } = deleteClaim(withLinks, { claimId: doomed.id })
        expect(seeAlsoResolve(next.claims)).toBe(true)
        // Links to claims that stay are all kept.
        const gone = new Set(result.deletedClaimIds)
        for (const claim of next.claims) {
          const before = withLinks.claims.find((x) => x.id === claim.id)?.seeAlso ?? []
          expect(claim.seeAlso ?? []).toEqual(before.filter((id) => !gone.has(id)))
        }
      }),
      { numRuns: 200 }
    )
  })
})
