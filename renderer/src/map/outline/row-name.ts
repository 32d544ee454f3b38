import { WEAK_REASON_LABELS, type WeakReason } from '../../../../shared/analysis/weak-spots'
import type { Claim } from '../../../../shared/model/claim'
import type { SideLabels } from '../../../../shared/model/motion'

/**
 * What a screen reader says for an outline row, in the order the row shows it: the stance (the
 * side's name for a contention, Supports or Attacks for a response), the tag, the cards, then
 * any weak spots. "Supports: Growth follows, 2 cards", so support is never heard as attack.
 */
export function rowName(claim: Pick<Claim, 'title' | 'stance' | 'parentId' | 'evidence'>, sideLabels: SideLabels, weak?: readonly WeakReason[]): string {
  const stance = claim.parentId === null ? sideLabels[claim.stance] : claim.stance === 'pro' ? 'Supports' : 'Attacks'
  const cards = claim.evidence.length
  const cardText = cards > 0 ? `, ${cards} ${cards === 1 ? 'card' : 'cards'}` : ''
  const weakText = weak && weak.length > 0 ? ` (${weak.map((w) => WEAK_REASON_LABELS[w]).join(', ')})` : ''
  return `${stance}: ${claim.title}${cardText}${weakText}`
}
