import type { Claim } from '../../../../shared/model/claim'
import { claimEditRefusal } from '../../../../shared/operations/locks'
import { findClaim, GONE, type CommandSpec } from './types'

/** A claim and every response beneath it. */
export interface DeleteClaim {
  name: 'delete-claim'
  claimId: string
}

/** How many responses lie beneath a claim, at any depth. */
export function responsesBeneath(claims: readonly Claim[], claimId: string): number {
  const children = new Map<string, string[]>()
  for (const c of claims) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id])
  let count = 0
  const stack = [...(children.get(claimId) ?? [])]
  while (stack.length > 0) {
    count++
    stack.push(...(children.get(stack.pop() as string) ?? []))
  }
  return count
}

/** What to select once the claim is gone: the sibling below it, else the one above, else the claim it answered. */
export function selectionAfterDelete(claims: readonly Claim[], claimId: string): string | null {
  const claim = claims.find((c) => c.id === claimId)
  if (!claim) return null
  const siblings = claims.filter((c) => c.parentId === claim.parentId && c.motionId === claim.motionId).sort((a, b) => a.order - b.order)
  const at = siblings.indexOf(claim)
  return siblings[at + 1]?.id ?? siblings[at - 1]?.id ?? claim.parentId
}

export const deleteClaim: CommandSpec<DeleteClaim> = {
  name: 'delete-claim',
  plan({ claimId }, state) {
    const claim = findClaim(state, claimId)
    if (!claim) return GONE
    const refused = claimEditRefusal(state.motion, state.claims, claimId, 'delete')
    if (refused) return { refused }
    const below = responsesBeneath(state.claims, claimId)
    const label = `Deleted “${claim.title}”${below > 0 ? ` and ${below} ${below === 1 ? 'response' : 'responses'}` : ''}`
    return { request: { operation: 'claim.delete', input: { claimId } }, label }
  }
}
