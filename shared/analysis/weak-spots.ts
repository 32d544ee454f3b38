import type { Claim, Stance } from '../model/claim'
import { sidesOf } from './sides'

export type WeakReason = 'no-evidence' | 'unanswered' | 'marked-weak'

export const WEAK_REASON_LABELS: Record<WeakReason, string> = {
  'no-evidence': 'No evidence',
  unanswered: 'Not answered',
  'marked-weak': 'Marked weak'
}

export interface WeakSpots {
  /** Every claim with at least one weakness, and which. */
  byClaim: Map<string, WeakReason[]>
  /** Per side of the motion: how many claims argue it, and how many of those are weak. */
  counts: Record<Stance, { claims: number; weak: number }>
  /** The side of the motion each claim argues (sidesOf), so weak spots can be shown side by side. */
  sides: Map<string, Stance>
}

/** A claim rated 1 or 2 of 5 counts as marked weak. */
export const WEAK_STRENGTH = 2

/**
 * Where a case is thin: claims with no evidence card, claims that nothing attacks (the other
 * side has not been answered), and claims the user rated weak.
 */
export function findWeakSpots(claims: readonly Claim[]): WeakSpots {
  const attacked = new Set<string>()
  for (const claim of claims) if (claim.parentId !== null && claim.stance === 'con') attacked.add(claim.parentId)
  const sides = sidesOf(claims)
  const byClaim = new Map<string, WeakReason[]>()
  const counts = { pro: { claims: 0, weak: 0 }, con: { claims: 0, weak: 0 } }
  for (const claim of claims) {
    const reasons: WeakReason[] = []
    if (claim.evidence.length === 0) reasons.push('no-evidence')
    if (!attacked.has(claim.id)) reasons.push('unanswered')
    if (claim.strength !== null && claim.strength <= WEAK_STRENGTH) reasons.push('marked-weak')
    const side = counts[sides.get(claim.id) as Stance]
    side.claims += 1
    if (reasons.length > 0) {
      byClaim.set(claim.id, reasons)
      side.weak += 1
    }
  }
  return { byClaim, counts, sides }
}

export interface WeakSpotGroup {
  side: Stance
  reasons: Array<{ reason: WeakReason; ids: string[] }>
}

/**
 * The weak spots grouped by the side each claim argues, then by why (in `order`), keeping the
 * claims' order: a debater fixes their own side's holes and answers the other's, never both in one list.
 * Sides and reasons with nothing in them are left out.
 */
export function weakSpotsBySide(weak: WeakSpots, order: readonly WeakReason[]): WeakSpotGroup[] {
  const groups: WeakSpotGroup[] = []
  for (const side of ['pro', 'con'] as const) {
    const reasons = order
      .map((reason) => ({ reason, ids: [...weak.byClaim].filter(([id, why]) => weak.sides.get(id) === side && why.includes(reason)).map(([id]) => id) }))
      .filter((group) => group.ids.length > 0)
    if (reasons.length > 0) groups.push({ side, reasons })
  }
  return groups
}
