import { useMemo, useState } from 'react'
import type { Claim } from '../../../shared/model/claim'
import type { Quote } from '../../../shared/model/source'
import { useNavigation } from '../kit/navigation'
import type { MotionEditor } from './editor/useMotionEditor'
import { CARD_DRAG_TYPE, cardDrag } from '../cards/card-drag'
import { CardView } from '../cards/CardView'
import type { CardLibrary } from '../cards/useCardLibrary'

/** The cards backing a claim, and a picker to link more (many cards to many claims). */
export function ClaimEvidence({ claim, editor, cards }: { claim: Claim; editor: MotionEditor; cards: CardLibrary }) {
  const navigation = useNavigation()
  const { quotes, sources } = cards
  const [filter, setFilter] = useState('')
  const [choice, setChoice] = useState('')

  const byId = useMemo(() => new Map(quotes.map((q) => [q.id, q])), [quotes])
  const linked = claim.evidence.map((id) => byId.get(id)).filter((q): q is Quote => q !== undefined)
  const candidates = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean)
    return quotes
      .filter((q) => !claim.evidence.includes(q.id))
      .filter((q) => words.every((w) => `${q.tag} ${q.text} ${q.pinpoint} ${sources.get(q.sourceId)?.title ?? ''}`.toLowerCase().includes(w)))
      .slice(0, 50)
  }, [quotes, filter, claim.evidence, sources])

  const link = (quoteId: string, linked: boolean) =>
    void editor.run({ name: 'link-evidence', claimId: claim.id, quoteId, linked })

  return (
    <section className="evidence" aria-label="Evidence">
      <h3>
        Evidence <span className="count">{linked.length}</span>
      </h3>
      {linked.map((quote) => {
        const source = sources.get(quote.sourceId)
        return source ? (
          <CardView
            key={quote.id}
            quote={quote}
            source={source}
            onOpen={() => navigation.openSource(quote.sourceId, quote.unitId, quote.id)}
            extraAction={{ label: 'Unlink', run: () => link(quote.id, false) }}
          />
        ) : null
      })}
      {quotes.length === 0 ? (
        <p className="muted small">No cards yet: cut one in Sources &amp; cards.</p>
      ) : (
        <div className="link-card">
          <input type="search" aria-label="Find a card to link" placeholder="Find a card…" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <select aria-label="Card to link" value={candidates.some((q) => q.id === choice) ? choice : ''} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a card…</option>
            {candidates.map((q) => (
              <option key={q.id} value={q.id}>
                {(q.tag || q.text).slice(0, 70)} — {q.pinpoint || sources.get(q.sourceId)?.title}
              </option>
            ))}
          </select>
          {candidates.length > 0 && (
            <ul className="card-chips" aria-label="Cards to drag onto a claim">
              {/* The newest few, or the first matches of the filter: each can be dropped on any claim. */}
              {candidates.slice(0, filter.trim() ? 8 : 4).map((q) => (
                <li
                  key={q.id}
                  draggable
                  title="Drag onto any claim in the outline to link it"
                  onDragStart={(e) => {
                    cardDrag.quoteId = q.id
                    e.dataTransfer.setData(CARD_DRAG_TYPE, q.id)
                    e.dataTransfer.effectAllowed = 'linkMove'
                  }}
                  onDragEnd={() => {
                    cardDrag.quoteId = null
                  }}
                >
                  {(q.tag || q.text).slice(0, 60)}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            disabled={!candidates.some((q) => q.id === choice)}
            onClick={() => {
              link(choice, true)
              setChoice('')
            }}
          >
            Link card
          </button>
        </div>
      )}
    </section>
  )
}
