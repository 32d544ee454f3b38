import { WEAK_REASON_LABELS, type WeakReason, type WeakSpots } from '../../../shared/analysis/weak-spots'
import type { ClaimIndex } from './claim-tree'

const REASONS: WeakReason[] = ['marked-weak', 'no-evidence', 'unanswered']
const HINTS: Record<WeakReason, string> = {
  'marked-weak': 'You rated these 1 or 2 of 5.',
  'no-evidence': 'No evidence card backs these yet.',
  unanswered: 'Nothing attacks these yet: prepare an answer.'
}

/** Where the case is thin, grouped by why; a click selects the claim. */
export function WeakSpotsPanel({ weak, index, onSelect }: { weak: WeakSpots; index: ClaimIndex; onSelect(id: string): void }) {
  if (weak.byClaim.size === 0) return <p className="muted">No weak spots: every claim has evidence and an answer.</p>
  return (
    <div className="weak-panel">
      {REASONS.map((reason) => {
        const ids = [...weak.byClaim].filter(([, reasons]) => reasons.includes(reason)).map(([id]) => id)
        if (ids.length === 0) return null
        return (
          <section key={reason} aria-label={WEAK_REASON_LABELS[reason]}>
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
        )
      })}
    </div>
  )
}
