import type { ParsedInputOf } from '../contract'
import { ApiError } from '../errors'
import { newClaim, type Claim } from '../model/claim'
import { withAdded, type Library } from '../model/library'
import { replaceById, type Change, type OperationEnv } from './change'
import { findMotion } from './motions'
import { childrenOf, compactOrder, subtreeIds } from './tree'
import { withoutSeeAlsoTo } from './see-also'

export function findClaim(library: Library, claimId: string, path = 'claimId'): Claim {
  const claim = library.claims.find((c) => c.id === claimId)
  if (!claim) throw new ApiError('not_found', `No claim with id "${claimId}"`, path)
  return claim
}

/** Adds a claim under its parent (or as a contention of the motion): last, or at `index`. */
export function addClaim(library: Library, input: ParsedInputOf<'claim.add'>, env: OperationEnv): Change<Claim> {
  const motion = findMotion(library, input.motionId)
  if (input.parentId !== null) {
    const parent = findClaim(library, input.parentId, 'parentId')
    if (parent.motionId !== motion.id) {
      throw new ApiError('conflict', `Claim "${parent.title}" belongs to another motion`, 'parentId')
    }
  }
  const now = env.now()
  const claim = newClaim(
    {
      id: env.newId(),
      motionId: motion.id,
      parentId: input.parentId,
      stance: input.stance,
      title: input.title,
      body: input.body ?? '',
      order: childrenOf(library.claims, motion.id, input.parentId).length
    },
    now
  )
  const added = { library: withAdded(library, { claims: [claim] }), result: claim }
  if (input.index === undefined || input.index >= claim.order) return added
  return moveClaim(added.library, { claimId: claim.id, parentId: claim.parentId, index: input.index }, env)
}

export function editClaim(library: Library, input: ParsedInputOf<'claim.edit'>, env: OperationEnv): Change<Claim> {
  const current = findClaim(library, input.claimId)
  const claim: Claim = {
    ...current,
    title: input.title ?? current.title,
    body: input.body ?? current.body,
    stance: input.stance ?? current.stance,
    tags: input.tags ?? current.tags,
    strength: input.strength === undefined ? current.strength : input.strength,
    notes: input.notes ?? current.notes,
    updatedAt: env.now()
  }
  return {
    library: { ...library, claims: replaceById(library.claims, claim) },
    result: claim
  }
}

/** Deletes a claim and every response beneath it, then closes the gap in its siblings' order. */
export function deleteClaim(
  library: Library,
  input: ParsedInputOf<'claim.delete'>
): Change<{ deletedClaimIds: string[] }> {
  const claim = findClaim(library, input.claimId)
  const doomed = subtreeIds(library.claims, claim.id)
  // Links from other claims to the deleted ones go with them.
  const kept = withoutSeeAlsoTo(library.claims.filter((c) => !doomed.has(c.id)), doomed)
  return {
    library: { ...library, claims: compactOrder(kept, claim.motionId, [claim.parentId]) },
    result: { deletedClaimIds: [...doomed] }
  }
}

/**
 * Moves a claim (with everything beneath it) to position `index` among the children of
 * `parentId` (null: a contention of the motion). Refuses a move under its own subtree.
 */
export function moveClaim(library: Library, input: ParsedInputOf<'claim.move'>, env: OperationEnv): Change<Claim> {
  const claim = findClaim(library, input.claimId)
  if (input.parentId !== null) {
    const parent = findClaim(library, input.parentId, 'parentId')
    if (parent.motionId !== claim.motionId) {
      throw new ApiError('conflict', `Claim "${parent.title}" belongs to another motion`, 'parentId')
    }
    if (subtreeIds(library.claims, claim.id).has(parent.id)) {
      const where = parent.id === claim.id ? 'itself' : `its own response “${parent.title}”`
      throw new ApiError('conflict', `Cannot move “${claim.title}” under ${where}`, 'parentId')
    }
  }
  const siblings = childrenOf(library.claims, claim.motionId, input.parentId).filter((c) => c.id !== claim.id)
  const index = Math.min(Math.max(0, input.index), siblings.length)
  // A tree imported as unrelated to the motion (Claim.unrelated) is related once the user places it.
  const { unrelated: _placed, ...placed } = claim
  const moved: Claim = { ...(claim.parentId === input.parentId ? claim : placed), parentId: input.parentId, updatedAt: env.now() }
  const order = new Map<string, number>()
  ;[...siblings.slice(0, index), moved, ...siblings.slice(index)].forEach((c, i) => order.set(c.id, i))
  let claims = library.claims.map((c) => {
    if (c.id === moved.id) return { ...moved, order: order.get(c.id) as number }
    const next = order.get(c.id)
    return next !== undefined && next !== c.order ? { ...c, order: next } : c
  })
  if (claim.parentId !== input.parentId) claims = compactOrder(claims, claim.motionId, [claim.parentId])
  const result = claims.find((c) => c.id === claim.id) as Claim
  const unchanged = result.parentId === claim.parentId && result.order === claim.order
  return unchanged ? { library, result: claim } : { library: { ...library, claims }, result }
}
