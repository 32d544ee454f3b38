import { useEffect, useState } from 'react'
import type { OutputOf } from '../../../shared/contract'
import { invoke } from '../api/client'
import { useReportError } from '../kit/errors'

type Hit = OutputOf<'search.query'>[number]

/** From a card: find a claim (in any motion) and link the card to it as evidence. */
export function LinkToClaim({ quoteId, onLinked }: { quoteId: string; onLinked(): void }) {
  const report = useReportError()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[]>([])
  useEffect(() => {
    if (!open || !query.trim()) return
    let current = true
    invoke('search.query', { query, limit: 40 }).then((found) => current && setHits(found.filter((h) => h.kind === 'claim').slice(0, 8)), report)
    return () => {
      current = false
    }
  }, [open, query, report])
  if (!open) {
    return (
      <button type="button" className="ghost" onClick={() => setOpen(true)}>
        Link to a claim…
      </button>
    )
  }
  return (
    <div className="link-to-claim">
      <input type="search" autoFocus aria-label="Find a claim to link this card to" placeholder="Find a claim…" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)} />
      <ul>
        {query.trim() &&
          hits.map((hit) => (
            <li key={hit.refId}>
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  invoke('claim.link', { claimId: hit.refId, quoteId, linked: true }).then(() => {
                    setOpen(false)
                    onLinked()
                  }, report)
                }
              >
                {hit.title}
              </button>
            </li>
          ))}
      </ul>
    </div>
  )
}
