import { ApiError } from '../errors'
import type { Claim } from '../model/claim'
import { LOCAL_ORIGIN } from '../model/ids'
import type { Library } from '../model/library'
import { findMotion } from './motions'
import { treeProblem } from './tree'
import { dropDanglingSeeAlso } from './see-also'

/**
 * What a map edit did to a motion's claims: the claims added or changed (whole, as they are
 * now) and the ids removed. Every map edit answers with one, the page applies it to what it
 * shows, and undo is the same kind of change the other way.
 */
export interface ClaimChange {
  put: Claim[]
  remove: string[]
}

/** The change that turns `before` into `after`. Unchanged claims are the same objects (operations never mutate), so this is one pass. */
export function diffClaims(before: readonly Claim[], after: readonly Claim[]): ClaimChange {
  const old = new Map(before.map((c) => [c.id, c]))
  const put: Claim[] = []
  const seen = new Set<string>()
  for (const claim of after) {
    seen.add(claim.id)
    if (old.get(claim.id) !== claim) put.push(claim)
  }
  const remove = before.filter((c) => !seen.has(c.id)).map((c) => c.id)
  return { put, remove }
}

/** Applies a change to a list of claims, keeping the order of those that stay. */
export function applyClaimChange(claims: readonly Claim[], change: ClaimChange): Claim[] {
  const removed = new Set(change.remove)
  const replacing = new Map(change.put.map((c) => [c.id, c]))
  const next: Claim[] = []
  for (const claim of claims) {
    if (removed.has(claim.id)) continue
    const replacement = replacing.get(claim.id)
    if (replacement) replacing.delete(claim.id)
    next.push(replacement ?? claim)
  }
  next.push(...replacing.values())
  return next
}

/** The change that undoes `change`, given the claims as they were before it. */
export function invertClaimChange(before: readonly Claim[], change: ClaimChange): ClaimChange {
  const old = new Map(before.map((c) => [c.id, c]))
  const put: Claim[] = []
  const remove: string[] = []
  for (const claim of change.put) {
    const previous = old.get(claim.id)
    if (previous) put.push(previous)
    else remove.push(claim.id)
  }
  for (const id of change.remove) {
    const previous = old.get(id)
    if (previous) put.push(previous)
  }
  return { put, remove }
}

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
  const next = dropDanglingSeeAlso(applyClaimChange(own, { put, remove: input.remove })).claims
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
