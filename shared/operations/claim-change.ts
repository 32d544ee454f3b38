import type { Claim } from '../model/claim'

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
