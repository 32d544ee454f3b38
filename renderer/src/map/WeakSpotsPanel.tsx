import { WEAK_REASON_LABELS, weakSpotsBySide, type WeakReason, type WeakSpots } from '../../../shared/analysis/weak-spots'
import type { SideLabels } from '../../../shared/model/motion'
import type { ClaimIndex } from './claim-tree'

const REASONS: WeakReason[] = ['marked-weak', 'no-evidence', 'unanswered']
const HINTS: Record<WeakReason, string> = {
  'marked-weak': 'You rated these 1 or 2 of 5.',
  'no-evidence': 'No evidence card backs these yet.',
  unanswered: 'Nothing attacks these yet: prepare an answer.'
}
const SIDE_NAMES = { pro: 'for the motion', con: 'against the motion' } as const

/** Where the case is thin, by the side each claim argues and then by why; a click selects the claim. */
export function WeakSpotsPanel({ weak, index, sideLabels, onSelect }: { weak: WeakSpots; index: ClaimIndex; sideLabels: SideLabels; onSelect(id: string): void }) {
  if (weak.byClaim.size === 0) return <p className="muted">No weak spots: every claim has evidence and an answer.</p>
  return (
    <div className="weak-panel">
      {weakSpotsBySide(weak, REASONS).map(({ side, reasons }) => (
        <section key={side} className={`weak-side weak-side-${side}`} aria-labelledby={`weak-side-${side}`}>
          <h2 id={`weak-side-${side}`}>
            <span className={`badge badge-${side}`}>{sideLabels[side]}</span> Claims {SIDE_NAMES[side]}
          </h2>
          {reasons.map(({ reason, ids }) => (
            <section key={reason} aria-label={`${sideLabels[side]}: ${WEAK_REASON_LABELS[reason]}`}>
              <h3>
                {WEAK_REASON_LABELS[reason]} <span className="count">{ids.length}</span>
              </h3>
              <p className="muted small">{HINTS[reason]}</p>
              <ul>
                {ids.slice(0, 200).map((id) => (
                  <li key={id}>
                    <button type="button" className="link-button" onClick={() => onSelect(id)}>
                      {index.get(id)?.title}
                    </button>
                  </li>
                ))}
                {ids.length > 200 && <li className="muted small">and {ids.length - 200} more</li>}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  )
}
