import { newClaim, type Claim } from '../../shared/model/claim'
import { emptyLibrary, type Library } from '../../shared/model/library'
import type { Motion } from '../../shared/model/motion'

/**
 * A library holding one motion with `count` claims in a bushy tree (a few contentions per
 * side, each answered several levels deep), for benchmarks and load tests.
 */
export function generateLibrary(count: number): Library {
  const now = '2026-01-01T00:00:00.000Z'
  const motion: Motion = {
    id: 'bench-motion',
    title: 'This House would generate a very large case',
    format: 'wsdc',
    sideLabels: { pro: 'Prop', con: 'Opp' },
    description: '',
    origin: { kind: 'local' },
    archived: false,
    createdAt: now,
    updatedAt: now
  }
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
      now
    )
    claims.push(i % 3 === 0 ? { ...claim, tags: ['economy'] } : claim)
  }
  return { ...emptyLibrary(), motions: [motion], claims }
}
