import type { Claim, Stance } from '../model/claim'

/**
 * Which side of the motion each claim argues for: a contention's own stance; a response that
 * supports its parent argues the parent's side, one that attacks it argues the other side.
 */
export function sidesOf(claims: readonly Claim[]): Map<string, Stance> {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const sides = new Map<string, Stance>()
  const sideOf = (claim: Claim): Stance => {
    const known = sides.get(claim.id)
    if (known) return known
    // Walk up iteratively (maps can be deep), then fill in on the way back down.
    const chain: Claim[] = []
    let cursor: Claim | undefined = claim
    while (cursor && !sides.has(cursor.id)) {
      chain.push(cursor)
      cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId)
    }
    let side: Stance | undefined = cursor ? sides.get(cursor.id) : undefined
    for (const link of chain.reverse()) {
      side = link.parentId === null || side === undefined ? link.stance : link.stance === 'pro' ? side : opposite(side)
      sides.set(link.id, side)
    }
    return sides.get(claim.id) as Stance
  }
  for (const claim of claims) sideOf(claim)
  return sides
}

export function opposite(stance: Stance): Stance {
  return stance === 'pro' ? 'con' : 'pro'
}
