import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/model/claim'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { applyClaimPatch } from '../../../shared/operations/claim-change'
import { addClaim, deleteClaim } from '../../../shared/operations/claims'
import { createMotion, deleteMotion, duplicateMotion } from '../../../shared/operations/motions'
import { repairLibrary } from '../../../shared/operations/repair'
import { dropDanglingSeeAlso } from '../../../shared/operations/see-also'
import { testEnv } from './fixtures'

/** Two motions of claims, each claim linking to every other claim of its motion. */
function linkedLibrary(perMotion: number) {
  const env = testEnv()
  let library: Library = emptyLibrary()
  const motionIds: string[] = []
  for (const title of ['First', 'Second']) {
    const made = createMotion(library, { title }, env)
    library = made.library
    motionIds.push(made.result.id)
    let parentId: string | null = null
    for (let index = 0; index < perMotion; index++) {
      const added = addClaim(library, { motionId: made.result.id, parentId, stance: 'pro', title: `${title} ${index}` }, env)
      library = added.library
      parentId = index % 2 === 0 ? added.result.id : parentId
    }
  }
  const claims = library.claims.map((c) => ({
    ...c,
    seeAlso: library.claims.filter((o) => o.motionId === c.motionId && o.id !== c.id).map((o) => o.id)
  }))
  return { env, library: { ...library, claims }, motionIds }
}

/** Every link points at another claim of the same motion that is there. */
function expectLinksResolve(claims: readonly Claim[]) {
  const byId = new Map(claims.map((c) => [c.id, c]))
  for (const claim of claims) {
    for (const id of claim.seeAlso ?? []) {
      expect(byId.get(id)?.motionId, `${claim.title} → ${id}`).toBe(claim.motionId)
      expect(id).not.toBe(claim.id)
    }
    if (claim.seeAlso) expect(claim.seeAlso.length).toBeGreaterThan(0)
  }
}

describe('see-also links', () => {
  it('property: deleting any claim drops the links to it and to everything beneath it, and no other link', () => {
    const { library } = linkedLibrary(6)
    fc.assert(
      fc.property(fc.nat(), (pick) => {
        const target = library.claims[pick % library.claims.length]
        const { library: after, result } = deleteClaim(library, { claimId: target.id })
        expectLinksResolve(after.claims)
        const gone = new Set(result.deletedClaimIds)
        for (const claim of after.claims) {
          const before = library.claims.find((c) => c.id === claim.id)?.seeAlso ?? []
          expect(claim.seeAlso ?? []).toEqual(before.filter((id) => !gone.has(id)))
        }
      })
    )
  })

  it('a change from the page that removes claims drops the links to them', () => {
    const { library, motionIds } = linkedLibrary(4)
    const leaf = library.claims.find((c) => c.title === 'First 3') as Claim
    const { library: after } = applyClaimPatch(library, { motionId: motionIds[0], put: [], remove: [leaf.id] })
    expectLinksResolve(after.claims)
    expect(after.claims.some((c) => c.seeAlso?.includes(leaf.id))).toBe(false)
  })

  it('deleting a motion leaves other motions\' links alone; a copy links among its own claims', () => {
    const { env, library, motionIds } = linkedLibrary(3)
    const after = deleteMotion(library, { motionId: motionIds[0] }).library
    expect(after.claims.map((c) => c.seeAlso)).toEqual(library.claims.filter((c) => c.motionId === motionIds[1]).map((c) => c.seeAlso))
    const copied = duplicateMotion(library, { motionId: motionIds[1] }, env)
    const copies = copied.library.claims.filter((c) => c.motionId === copied.result.id)
    expectLinksResolve(copied.library.claims)
    expect(copies.every((c) => c.seeAlso?.length === 2)).toBe(true)
  })

  it('repair removes links to claims that are not there, or in another motion, and names each claim mended', () => {
    const { env, library } = linkedLibrary(2)
    const [a, b, c] = library.claims
    const spoiled = {
      ...library,
      claims: library.claims.map((x) => (x.id === a.id ? { ...x, seeAlso: ['gone-1', b.id, c.id, a.id] } : x))
    }
    const { library: repaired, repairs } = repairLibrary(spoiled, env)
    expectLinksResolve(repaired.claims)
    expect(repaired.claims.find((x) => x.id === a.id)?.seeAlso).toEqual([b.id])
    expect(repairs).toEqual([`Claim "${a.title}" had 3 see-also links to claims not in its motion; they were removed`])
  })

  it('leaves sound claims as they are, the same array', () => {
    const { library } = linkedLibrary(3)
    expect(dropDanglingSeeAlso(library.claims).claims).toBe(library.claims)
  })
})
