import { ApiError } from '../errors'
import type { Claim } from '../model/claim'
import { LOCAL_ORIGIN } from '../model/ids'
import type { Library } from '../model/library'
import { applyClaimChange, diffClaims, type ClaimChange } from './claim-change'
import { findMotion } from './motions'
import { treeProblem } from './tree'
import { withoutDanglingSeeAlso } from './see-also'

/**
 * Applies a change sent by the page (undo and redo) to one motion. Refused whole, naming the
 * first problem, if it would touch another motion or leave the tree broken, as it could when
 * the claims changed since the page last saw them.
 */
export function applyClaimPatch(
  library: Library,
  input: { motionId: string; put: Claim[]; remove: string[] }
): { library: Library; result: ClaimChange } {
  const motion = findMotion(library, input.motionId)
  const foreign = input.put.findIndex((c) => c.motionId !== motion.id)
  if (foreign >= 0) {
    throw new ApiError('invalid_input', 'A claim in the change belongs to another motion', `put[${foreign}].motionId`)
  }
  const own = library.claims.filter((c) => c.motionId === motion.id)
  const missing = input.remove.findIndex((id) => !own.some((c) => c.id === id))
  if (missing >= 0) {
    throw new ApiError('conflict', 'A claim this change removes no longer exists; the map changed since', `remove[${missing}]`)
  }
  const others = new Set(library.claims.filter((c) => c.motionId !== motion.id).map((c) => c.id))
  const clash = input.put.findIndex((c) => others.has(c.id))
  if (clash >= 0) throw new ApiError('conflict', 'A claim id in the change is used by another motion', `put[${clash}].id`)

  // A card deleted since the change was made is no longer there to cite.
  const quoteIds = new Set(library.quotes.map((q) => q.id))
  const withEvidence = input.put.map((c) => (c.evidence.every((id) => quoteIds.has(id)) ? c : { ...c, evidence: c.evidence.filter((id) => quoteIds.has(id)) }))
  const stored = new Map(own.map((c) => [c.id, c]))
  const put = withEvidence.map((c) => withTrustedOrigin(library, c, stored.get(c.id)))
  // A link to a claim this change removes (or that is not in the motion) goes too.
  const next = withoutDanglingSeeAlso(applyClaimChange(own, { put, remove: input.remove })).claims
  const problem = treeProblem(next)
  if (problem) throw new ApiError('conflict', `The change would break the map: ${problem}`, '')
  const rest = library.claims.filter((c) => c.motionId !== motion.id)
  return { library: { ...library, claims: [...rest, ...next] }, result: diffClaims(own, next) }
}

/**
 * Where a claim in a page's change came from is not the page's to say: a claim already stored
 * keeps its origin; one coming back (an undone delete) may say it is an installed pack's own,
 * unlocked, under that pack's ids; anything else is the user's own.
 */
function withTrustedOrigin(library: Library, claim: Claim, stored: Claim | undefined): Claim {
  const origin = stored?.origin ?? claim.origin
  const packOwn =
    origin.kind === 'pack' &&
    library.packs.some((p) => p.id === origin.packId) &&
    claim.id.startsWith(`${origin.packId}__`) &&
    (stored !== undefined || origin.locked !== true)
  const trusted = origin.kind === 'local' || packOwn ? origin : LOCAL_ORIGIN
  return trusted === claim.origin ? claim : { ...claim, origin: trusted }
}
