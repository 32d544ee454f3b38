import { useState } from 'react'
import type { Quote, Source } from '../../../shared/model/source'
import { ConfirmBar } from '../app/ConfirmBar'
import { citeLine } from './cite'

interface CardViewProps {
  quote: Quote
  source: Source
  onSaveTag?(tag: string): void
  onDelete?(): void
  onOpen?(): void
  /** Replaces the delete control, e.g. "Unlink" under a claim. */
  extraAction?: { label: string; run(): void }
}

/** An evidence card as debaters know it: the tag, a one-line cite, and the exact text. */
export function CardView({ quote, source, onSaveTag, onDelete, onOpen, extraAction }: CardViewProps) {
  const [tag, setTag] = useState(quote.tag)
  const [confirming, setConfirming] = useState(false)
  return (
    <article className="card" aria-label={`Card: ${quote.tag || 'untagged'}`}>
      {onSaveTag ? (
        <input
          className="card-tag"
          aria-label="Card tag"
          value={tag}
          placeholder="Tag: the claim this card makes"
          onChange={(e) => setTag(e.target.value)}
          onBlur={() => tag !== quote.tag && onSaveTag(tag)}
        />
      ) : (
        <p className="card-tag">{quote.tag || <span className="muted">Untagged card</span>}</p>
      )}
      <p className="card-cite">
        {citeLine(source, quote)}
        {quote.alteration && <span className="altered"> [altered from the source]</span>}
      </p>
      <blockquote className="card-text">{quote.text}</blockquote>
      <div className="card-tools">
        {onOpen && (
          <button type="button" className="ghost" onClick={onOpen}>
            Show in source
          </button>
        )}
        {extraAction && (
          <button type="button" className="ghost" onClick={extraAction.run}>
            {extraAction.label}
          </button>
        )}
        {onDelete && (
          <button type="button" className="ghost danger" onClick={() => setConfirming(true)}>
            Delete card
          </button>
        )}
      </div>
      {confirming && onDelete && (
        <ConfirmBar label="Confirm delete card" confirmLabel="Delete card" onConfirm={onDelete} onCancel={() => setConfirming(false)}>
          Delete this card? Claims that cite it lose it as evidence.
        </ConfirmBar>
      )}
    </article>
  )
}
