import { useState } from 'react'
import type { OutputOf } from '../../../shared/contract'
import { useMutation, useQuery } from '../data/hooks'
import { ClaimPlaceText } from '../kit/ClaimPlaceText'
import { useReportError } from '../kit/errors'

type Hit = OutputOf<'search.query'>[number]

/**
 * From a card: find a claim (in any motion) and link the card to it as evidence. Each claim found
 * says its motion and side; opening the finder again starts from an empty query.
 */
export function LinkToClaim({ quoteId, onLinked }: { quoteId: string; onLinked(): void }) {
  const report = useReportError()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const found = useQuery('search.query', { query, limit: 40 }, { enabled: open && query.trim() !== '', keepPrevious: true }).data
  const hits: Hit[] = (found ?? []).filter((h) => h.kind === 'claim').slice(0, 8)
  const link = useMutation('claim.link')
  if (!open) {
    return (
      <button
        type="button"
        className="ghost"
        onClick={() => {
          setQuery('')
          setOpen(true)
        }}
      >
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
                  link.mutateAsync({ claimId: hit.refId, quoteId, linked: true }).then(() => {
                    setOpen(false)
                    onLinked()
                  }, report)
                }
              >
                <span className="claim-found">{hit.title}</span>
                {hit.motionId && <ClaimPlaceText motionId={hit.motionId} claimId={hit.refId} />}
              </button>
            </li>
          ))}
      </ul>
    </div>
  )
}
