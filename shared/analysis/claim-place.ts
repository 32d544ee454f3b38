import type { Claim, Stance } from '../model/claim'
import type { Motion } from '../model/motion'
import { sidesOf } from './sides'

/** Where a claim sits, in words a debater uses: its motion, what it does, and the side it argues. */
export interface ClaimPlace {
  motionTitle: string
  /** "Pro contention", or "Attacks “The Union is perpetual”". */
  role: string
  /** The side of the motion it argues, by the motion's own label ("Neg"); for a response only, as a contention's role says it. */
  side: string | null
  /** The side as a stance, for its colour. */
  sideStance: Stance
}

/**
 * Names a claim's place in its motion, so a list of claims from many motions (a search, the card's
 * link dialog) says which motion each belongs to and which side it argues. Null when the claim is
 * not in the map.
 */
export function claimPlace(motion: Motion, claims: readonly Claim[], claimId: string): ClaimPlace | null {
  const claim = claims.find((c) => c.id === claimId)
  if (!claim) return null
  const sideStance = sidesOf(claims).get(claim.id) ?? claim.stance
  const parent = claim.parentId === null ? undefined : claims.find((c) => c.id === claim.parentId)
  if (!parent) return { motionTitle: motion.title, role: `${motion.sideLabels[claim.stance]} contention`, side: null, sideStance }
  return {
    motionTitle: motion.title,
    role: `${claim.stance === 'pro' ? 'Supports' : 'Attacks'} “${parent.title}”`,
    side: motion.sideLabels[sideStance],
    sideStance
  }
}
