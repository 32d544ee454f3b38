import type { ParsedInputOf } from '../contract'
import { ApiError } from '../errors'
import type { Claim } from '../model/claim'
import { LOCAL_ORIGIN } from '../model/ids'
import type { Library } from '../model/library'
import { replaceById, type Change, type OperationEnv } from './change'
import { findMotion } from './motions'
import { childrenOf, compactOrder, subtreeIds } from './tree'

export function findClaim(library: Library, claimId: string, path = 'claimId'): Claim {
  const claim = library.claims.find((c) => c.id === claimId)
  if (!claim) throw new ApiError('not_found', `No claim with id "${claimId}"`, path)
  return claim
}

/** Adds a claim as the last child of its parent (or as the last contention of the motion). */
export function addClaim(library: Library, input: ParsedInputOf<'claim.add'>, env: OperationEnv): Change<Claim> {
  const motion = findMotion(library, input.motionId)
  if (input.parentId !== null) {
    const parent = findClaim(library, input.parentId, 'parentId')
    if (parent.motionId !== motion.id) {
      throw new ApiError('conflict', `Claim "${parent.title}" belongs to another motion`, 'parentId')
    }
  }
  const now = env.now()
  const claim: Claim = {
    id: env.newId(),
    motionId: motion.id,
    parentId: input.parentId,
    stance: input.stance,
    title: input.title,
    body: input.body ?? '',
    order: childrenOf(library.claims, motion.id, input.parentId).length,
    evidence: [],
    tags: [],
    strength: null,
    notes: '',
    origin: LOCAL_ORIGIN,
    createdAt: now,
    updatedAt: now
  }
  return { library: { ...library, claims: [...library.claims, claim] }, result: claim }
}

export function editClaim(library: Library, input: ParsedInputOf<'claim.edit'>, env: OperationEnv): Change<Claim> {
  const current = findClaim(library, input.claimId)
  const claim: Claim = {
    ...current,
    title: input.title ?? current.title,
    body: input.body ?? current.body,
    stance: input.stance ?? current.stance,
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
  const kept = library.claims.filter((c) => !doomed.has(c.id))
  return {
    library: { ...library, claims: compactOrder(kept, claim.motionId, [claim.parentId]) },
    result: { deletedClaimIds: [...doomed] }
  }
}
