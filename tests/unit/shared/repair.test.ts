import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Library } from '../../../shared/model/library'
import { libraryProblem } from '../../../shared/operations/integrity'
import { repairLibrary } from '../../../shared/operations/repair'
import { generateLibrary } from '../../support/generate'

let counter = 0
const env = { now: () => '2026-03-01T00:00:00.000Z', newId: () => `new-${++counter}` }

/** One way a file's claims can stop fitting together, applied at claim `at`. */
const damage = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('orphan', 'loop', 'repeat-id', 'copy', 'stray-motion', 'order', 'dangling-card'),
  other: fc.nat()
})

function spoil(library: Library, list: ReadonlyArray<{ at: number; kind: string; other: number }>): Library {
  const claims = [...library.claims]
  for (const { at, kind, other } of list) {
    const i = at % claims.length
    const j = other % claims.length
    const claim = claims[i]!
    if (kind === 'orphan') claims[i] = { ...claim, parentId: `gone-${i}` }
    else if (kind === 'loop') claims[i] = { ...claim, parentId: claims[j]!.id }
    else if (kind === 'repeat-id') claims.push({ ...claims[j]!, id: claim.id, title: `Other ${j}` })
    else if (kind === 'copy') claims.push(claim)
    else if (kind === 'stray-motion') claims[i] = { ...claim, motionId: `motion-gone-${j % 3}` }
    else if (kind === 'order') claims[i] = { ...claim, order: claim.order + 1 + j }
    else claims[i] = { ...claim, evidence: [...claim.evidence, `card-gone-${j}`] }
  }
  return { ...library, claims }
}

describe('repairLibrary', () => {
  it('leaves a sound library as it is (the same object) and names nothing', () => {
    const library = generateLibrary(200)
    expect(repairLibrary(library, env)).toEqual({ library, repairs: [] })
    expect(repairLibrary(library, env).library).toBe(library)
  })

  it('property: any mix of damage comes out sound, with every claim kept but exact copies, and each repair named', () => {
    const base = generateLibrary(60)
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 8 }), (list) => {
        const spoiled = spoil(base, list)
        const { library, repairs } = repairLibrary(spoiled, env)
        expect(libraryProblem(library)).toBeNull()
        // Nothing a user wrote is lost: every distinct claim is still there, by its words.
        const distinct = new Set(spoiled.claims.map((c) => JSON.stringify(c)))
        expect(library.claims).toHaveLength(distinct.size)
        expect(new Set(library.claims.map((c) => c.title))).toEqual(new Set(spoiled.claims.map((c) => c.title)))
        if (libraryProblem(spoiled) !== null || spoiled.claims.some((c) => c.evidence.length > 0)) expect(repairs.length).toBeGreaterThan(0)
        // Repairing again finds nothing more to do.
        expect(repairLibrary(library, env).repairs).toEqual([])
      }),
      { numRuns: 200 }
    )
  })
})
