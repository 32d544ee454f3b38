import type { Claim } from '../model/claim'

/** The claims directly under `parentId` within a motion, in their order. */
export function childrenOf(claims: readonly Claim[], motionId: string, parentId: string | null): Claim[] {
  return claims
    .filter((c) => c.motionId === motionId && c.parentId === parentId)
    .sort((a, b) => a.order - b.order)
}

/** Ids of a claim and everything beneath it, found without recursion so depth is unlimited. */
export function subtreeIds(claims: readonly Claim[], rootId: string): Set<string> {
  const byParent = new Map<string, string[]>()
  for (const c of claims) {
    if (c.parentId === null) continue
    const list = byParent.get(c.parentId)
    if (list) list.push(c.id)
    else byParent.set(c.parentId, [c.id])
  }
  const found = new Set<string>([rootId])
  const queue = [rootId]
  while (queue.length > 0) {
    const id = queue.pop() as string
    for (const child of byParent.get(id) ?? []) {
      if (!found.has(child)) {
        found.add(child)
        queue.push(child)
      }
    }
  }
  return found
}

/** Renumber the siblings under each of `parents` so their order is 0..n-1 again, keeping their sequence. */
export function compactOrder(claims: Claim[], motionId: string, parents: Iterable<string | null>): Claim[] {
  const fixes = new Map<string, number>()
  for (const parentId of new Set(parents)) {
    childrenOf(claims, motionId, parentId).forEach((c, index) => {
      if (c.order !== index) fixes.set(c.id, index)
    })
  }
  if (fixes.size === 0) return claims
  return claims.map((c) => (fixes.has(c.id) ? { ...c, order: fixes.get(c.id) as number } : c))
}

/**
 * The first thing wrong with one motion's claims as a tree, or null: a parent that is not
 * there, a claim that is its own ancestor, siblings whose order is not 0..n-1.
 */
export function treeProblem(claims: readonly Claim[]): string | null {
  const byId = new Map(claims.map((c) => [c.id, c]))
  if (byId.size !== claims.length) return 'two claims share an id'
  const siblings = new Map<string | null, number[]>()
  for (const claim of claims) {
    if (claim.parentId !== null && !byId.has(claim.parentId)) {
      return `claim "${claim.title}" answers a claim that is not there`
    }
    const list = siblings.get(claim.parentId)
    if (list) list.push(claim.order)
    else siblings.set(claim.parentId, [claim.order])
  }
  // Walk up from each claim until a claim already known to reach the top: every claim is
  // walked once, so a chain of 20,000 costs 20,000 steps, not 20,000 × 20,000. A walk that
  // meets its own path has gone round a cycle.
  const reachesTop = new Set<string>()
  for (const claim of claims) {
    const walk = new Set<string>()
    let cursor: Claim | undefined = claim
    while (cursor && !reachesTop.has(cursor.id)) {
      if (walk.has(cursor.id)) return `claim "${cursor.title}" is beneath itself`
      walk.add(cursor.id)
      cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId)
    }
    for (const id of walk) reachesTop.add(id)
  }
  for (const orders of siblings.values()) {
    const sorted = [...orders].sort((a, b) => a - b)
    if (sorted.some((order, index) => order !== index)) return 'the order of some responses has gaps or repeats'
  }
  return null
}
