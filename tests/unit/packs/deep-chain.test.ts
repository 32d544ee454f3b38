/**
 * A pack whose claims form one long chain, each answering the one before. Checking a tree
 * used to walk up from every claim to the top (claims × depth): 20,000 claims in one chain
 * took over two minutes to import, and as long again at every start and every undo. Tree
 * checks are now linear, and a pack may nest claims only as deep as no real map goes.
 */
import { describe, expect, it } from 'vitest'
import { emptyLibrary } from '../../../shared/model/library'
import { newClaim } from '../../../shared/model/claim'
import { libraryProblem } from '../../../shared/operations/integrity'
import { dropTarget } from '../../../shared/operations/outline'
import { treeProblem } from '../../../shared/operations/tree'
import { PACK_LIMITS, type PackFileInput } from '../../../shared/packs/format'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { testEnv } from '../shared/fixtures'
import { json, smallPack } from './fixtures'

// Claims × depth took minutes here, far past a test's time limit, so a quadratic check fails
// these tests again; tests/bench/adversarial.bench.ts prints the figures.

function chainPack(length: number): PackFileInput {
  const claims = Array.from({ length }, (_, i) => ({
    id: `c${i}`,
    motionId: 'm1',
    parentId: i === 0 ? null : `c${i - 1}`,
    stance: i % 2 === 0 ? ('pro' as const) : ('con' as const),
    title: `Claim ${i}`,
    order: 0
  }))
  return smallPack('1.0', { claims, quotes: [], drills: [] })
}

function chainClaims(length: number) {
  const now = '2026-01-01T00:00:00.000Z'
  return Array.from({ length }, (_, i) =>
    newClaim({ id: `c${i}`, motionId: 'm1', parentId: i === 0 ? null : `c${i - 1}`, stance: 'pro', title: `Claim ${i}`, body: '', order: 0 }, now)
  )
}

describe('a pack of claims in one long chain', () => {
  it(`refuses a chain deeper than ${PACK_LIMITS.claimDepth} levels, naming the first claim too deep, at once`, () => {
    const text = json(chainPack(20_000))
    const first = PACK_LIMITS.claimDepth
    expect(() => readPack(text)).toThrow(
      `Claim ${first + 1}: claim "c${first}" is on level ${first + 1} of its map; a pack may nest claims at most ${first} levels deep (in the file: claims[${first}].parentId)`
    )
  })

  it('imports a chain as deep as the limit', () => {
    const text = json(chainPack(PACK_LIMITS.claimDepth))
    expect(mergePack(emptyLibrary(), readPack(text), testEnv()).library.claims).toHaveLength(PACK_LIMITS.claimDepth)
  })
})

describe('checking a library whose motion is one chain of 20,000 claims', () => {
  const claims = chainClaims(20_000)

  it('finds it a tree at once (as every start and every undo does)', () => {
    expect(treeProblem(claims)).toBeNull()
    const library = { ...emptyLibrary(), motions: [{ ...mergeMotion(), id: 'm1' }], claims }
    expect(libraryProblem(library)).toBeNull()
  })

  it('refuses a drag of the top claim onto the bottom one at once (it runs at every move of a drag)', () => {
    expect(dropTarget(claims, 'c0', 'c19999', 'inside')).toBeNull()
    expect(dropTarget(claims, 'c19999', 'c0', 'after')).toEqual({ claimId: 'c19999', parentId: null, index: 1 })
  })

  it('still finds a claim beneath itself at the end of the chain', () => {
    const looped = claims.map((c) => (c.id === 'c0' ? { ...c, parentId: 'c19999' } : c))
    expect(treeProblem(looped)).toMatch(/^claim "Claim \d+" is beneath itself$/)
  })
})

/** A motion of the small pack, as the library stores it. */
function mergeMotion() {
  return mergePack(emptyLibrary(), readPack(json(smallPack())), testEnv()).library.motions[0]!
}
