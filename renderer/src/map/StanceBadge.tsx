import type { Stance } from '../../../shared/model/claim'
import type { SideLabels } from '../../../shared/model/motion'

/** The stance in words as well as colour: the side's name for contentions, Supports/Attacks for responses. */
export function StanceBadge({ stance, topLevel, sideLabels }: { stance: Stance; topLevel: boolean; sideLabels: SideLabels }) {
  const text = topLevel ? sideLabels[stance] : stance === 'pro' ? 'Supports' : 'Attacks'
  return <span className={`badge badge-${stance}`}>{text}</span>
}
