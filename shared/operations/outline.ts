import type { Claim } from '../model/claim'

/** Where a claim goes: the input of the claim.move operation. */
export interface MoveTarget {
  claimId: string
  parentId: string | null
  index: number
}

function siblings(claims: readonly Claim[], of: Claim): Claim[] {
  return claims.filter((c) => c.motionId === of.motionId && c.parentId === of.parentId).sort((a, b) => a.order - b.order)
}

function find(claims: readonly Claim[], id: string): Claim | undefined {
  return claims.find((c) => c.id === id)
}

/** Tab: the claim becomes the last response to the sibling above it. Null for the first sibling. */
export function indentTarget(claims: readonly Claim[], claimId: string): MoveTarget | null {
  const claim = find(claims, claimId)
  if (!claim) return null
  const list = siblings(claims, claim)
  const above = list[list.indexOf(claim) - 1]
  if (!above) return null
  const under = claims.filter((c) => c.parentId === above.id).length
  return { claimId, parentId: above.id, index: under }
}

/** Shift+Tab: the claim moves out to sit just after its parent. Null for a contention. */
export function outdentTarget(claims: readonly Claim[], claimId: string): MoveTarget | null {
  const claim = find(claims, claimId)
  if (!claim || claim.parentId === null) return null
  const parent = find(claims, claim.parentId)
  if (!parent) return null
  return { claimId, parentId: parent.parentId, index: parent.order + 1 }
}

/** Alt+Up / Alt+Down: swap with the sibling above or below. Null at either end. */
export function reorderTarget(claims: readonly Claim[], claimId: string, delta: -1 | 1): MoveTarget | null {
  const claim = find(claims, claimId)
  if (!claim) return null
  const list = siblings(claims, claim)
  const index = list.indexOf(claim) + delta
  if (index < 0 || index >= list.length) return null
  return { claimId, parentId: claim.parentId, index }
}

/**
 * Dropping `claimId` before, after or inside `targetId`, as a move; null where the drop is not
 * allowed (onto itself or into its own responses).
 */
export function dropTarget(
  claims: readonly Claim[],
  claimId: string,
  targetId: string,
  zone: 'before' | 'after' | 'inside'
): MoveTarget | null {
  const claim = find(claims, claimId)
  const target = find(claims, targetId)
  if (!claim || !target || claim.id === target.id) return null
  // Up from the target by a map of ids: a search of the list at each step costs claims × depth,
  // a minute and a half for a chain of 20,000, and this runs at every move of a drag.
  const byId = new Map(claims.map((c) => [c.id, c]))
  for (let cursor: Claim | undefined = target; cursor; cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined) {
    if (cursor.id === claim.id) return null
  }
  if (zone === 'inside') return { claimId, parentId: target.id, index: claims.filter((c) => c.parentId === target.id).length }
  // Indexes count the target's siblings without the moving claim.
  const list = siblings(claims, target).filter((c) => c.id !== claim.id)
  const at = list.indexOf(target) + (zone === 'after' ? 1 : 0)
  return { claimId, parentId: target.parentId, index: at }
}
