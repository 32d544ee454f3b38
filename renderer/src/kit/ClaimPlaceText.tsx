import { claimPlace } from '../../../shared/analysis/claim-place'
import { useQuery } from '../data/hooks'

/**
 * A claim found among many motions, placed: "Aff contention, in “A state may secede”" or
 * "Neg: attacks “Consent”, in “A state may secede”". Nothing until its motion is read.
 */
export function ClaimPlaceText({ motionId, claimId }: { motionId: string; claimId: string }) {
  const map = useQuery('motion.get', { motionId }, { report: false }).data
  const place = map ? claimPlace(map.motion, map.claims, claimId) : null
  if (!place) return null
  const what = place.side === null ? place.role : `${place.side}: ${place.role.charAt(0).toLowerCase()}${place.role.slice(1)}`
  return (
    <span className="claim-place">
      {what}, in “{place.motionTitle}”
    </span>
  )
}
