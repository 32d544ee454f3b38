import type { InputOf } from '../../../../shared/contract'
import type { Claim } from '../../../../shared/model/claim'
import { claimEditRefusal } from '../../../../shared/operations/locks'
import { findClaim, GONE, type Plan, type MapState } from './types'

/**
 * The plan the commands that set one field of a claim share: refused on a locked claim,
 * nothing when the field already holds the value.
 */
export function planFieldEdit(
  state: MapState,
  claimId: string,
  same: (claim: Claim) => boolean,
  patch: Omit<InputOf<'claim.edit'>, 'claimId'>,
  label: (claim: Claim) => string
): Plan {
  const claim = findClaim(state, claimId)
  if (!claim) return GONE
  if (same(claim)) return null
  const refused = claimEditRefusal(state.motion, state.claims, claimId, 'edit')
  if (refused) return { refused }
  return { request: { operation: 'claim.edit', input: { claimId, ...patch } }, label: label(claim) }
}
