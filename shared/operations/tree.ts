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
