import { newClaim, type Claim } from '../../shared/model/claim'
import { emptyLibrary, type Library } from '../../shared/model/library'
import type { Motion } from '../../shared/model/motion'

/** The moment every generated motion and claim was made, so that runs compare equal. */
export const GENERATED_AT = '2026-01-01T00:00:00.000Z'

/** A local, unarchived policy motion made at GENERATED_AT; `fields` change any of it. */
export function testMotion(fields: Partial<Motion> = {}): Motion {
  return {
    id: 'motion-1',
    title: 'This House would ban homework',
    format: 'policy',
    sideLabels: { pro: 'Aff', con: 'Neg' },
    description: '',
    origin: { kind: 'local' },
    archived: false,
    createdAt: GENERATED_AT,
    updatedAt: GENERATED_AT,
    ...fields
  }
}

/**
 * A library holding one motion with `count` claims in a bushy tree (a few contentions per
 * side, each answered several levels deep), for benchmarks and load tests.
 */
export function generateLibrary(count: number): Library {
  const motion = testMotion({ id: 'bench-motion', title: 'This House would generate a very large case', format: 'wsdc', sideLabels: { pro: 'Prop', con: 'Opp' } })
  const claims: Claim[] = []
  const childCount = new Map<string | null, number>()
  for (let i = 0; i < count; i++) {
    const parent = i < 12 ? null : (claims[Math.floor((i - 12) / 4)] as Claim)
    const parentId = parent ? parent.id : null
    const order = childCount.get(parentId) ?? 0
    childCount.set(parentId, order + 1)
    const claim = newClaim(
      {
        id: `claim-${i}`,
        motionId: motion.id,
        parentId,
        stance: i % 2 === 0 ? 'pro' : 'con',
        title: `Claim ${i}: a tag of ordinary length for a debate argument`,
        body: 'A warrant of a sentence or two, explaining why the claim holds and what it means for the round.',
        order
      },
      GENERATED_AT
    )
    claims.push(i % 3 === 0 ? { ...claim, tags: ['economy'] } : claim)
  }
  return { ...emptyLibrary(), motions: [motion], claims }
}

/**
 * The claims of a map whose claim i (id `c<i>`, titled "Claim i") answers claim parents[i], an
 * index below i, or the motion when that is -1; every third claim, from the first, is a con.
 */
export function claimsAnswering(motionId: string, parents: readonly number[]): Claim[] {
  return parents.map((p, i) =>
    newClaim({ id: `c${i}`, motionId, parentId: p < 0 ? null : `c${p}`, stance: i % 3 === 0 ? 'con' : 'pro', title: `Claim ${i}`, body: '', order: i }, GENERATED_AT)
  )
}
