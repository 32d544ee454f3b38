import type { Stance } from '../../../shared/model/claim'
import type { SideLabels } from '../../../shared/model/motion'

/**
 * The stance in words as well as colour: the side's name for contentions, Supports/Attacks for
 * responses. Coloured by `side`, the side of the motion the claim argues, when given (an attack
 * on a con contention argues pro), else by its stance.
 */
export function StanceBadge({ stance, topLevel, sideLabels, side }: { stance: Stance; topLevel: boolean; sideLabels: SideLabels; side?: Stance | undefined }) {
  const text = topLevel ? sideLabels[stance] : stance === 'pro' ? 'Supports' : 'Attacks'
  return <span className={`badge badge-${side ?? stance}`}>{text}</span>
}
