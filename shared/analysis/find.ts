import type { Claim } from '../model/claim'

export interface FindResult {
  /** Ids of the claims that match, in the order they appear in the tree. */
  matches: string[]
  /** The matches and every claim above them: what a filtered outline keeps visible. */
  visible: Set<string>
}

/**
 * Finds claims by text in their tag, warrant and notes, or by tag with "#tag". Several words
 * must all match. Case and accents are ignored.
 */
export function findClaims(claims: readonly Claim[], query: string): FindResult {
  const terms = fold(query).split(/\s+/).filter(Boolean)
  const byId = new Map(claims.map((c) => [c.id, c]))
  const matching = new Set<string>()
  if (terms.length > 0) {
    for (const claim of claims) {
      const text = fold(`${claim.title}\n${claim.body}\n${claim.notes}`)
      const tags = claim.tags.map(fold)
      const hit = terms.every((term) =>
        term.startsWith('#') && term.length > 1 ? tags.some((t) => t.startsWith(term.slice(1))) : text.includes(term)
      )
      if (hit) matching.add(claim.id)
    }
  }
  const visible = new Set<string>()
  for (const id of matching) {
    for (let cursor = byId.get(id); cursor && !visible.has(cursor.id); cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined) {
      visible.add(cursor.id)
    }
  }
  return { matches: treeOrder(claims, matching), visible }
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}

/** Ids in `ids`, ordered as a depth-first walk of the tree shows them. */
function treeOrder(claims: readonly Claim[], ids: Set<string>): string[] {
  if (ids.size === 0) return []
  const children = new Map<string | null, Claim[]>()
  for (const c of claims) {
    const list = children.get(c.parentId)
    if (list) list.push(c)
    else children.set(c.parentId, [c])
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order)
  const out: string[] = []
  const stack = [...(children.get(null) ?? [])].reverse()
  while (stack.length > 0) {
    const claim = stack.pop() as Claim
    if (ids.has(claim.id)) out.push(claim.id)
    stack.push(...[...(children.get(claim.id) ?? [])].reverse())
  }
  return out
}
