import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { OutputOf } from '../../../shared/contract'
import { useQuery } from '../data/hooks'
import { ClaimPlaceText } from '../kit/ClaimPlaceText'
import { useModalDialog } from '../kit/useModalDialog'

export type SearchHit = OutputOf<'search.query'>[number]

const NO_HITS: SearchHit[] = []

const KIND_LABELS: Record<SearchHit['kind'], string> = { claim: 'Claim', quote: 'Card', source: 'Source', unit: 'Bundled text' }

/** One search over everything (Ctrl/Cmd+K): clauses, sources, cards and claims; Enter opens the chosen one. */
export function SearchDialog({ onOpen, onClose }: { onOpen(hit: SearchHit): void; onClose(): void }) {
  const [query, setQuery] = useState('')
  // Asked a moment after typing stops; the last hits stay up until the next ones come.
  const [asked, setAsked] = useState('')
  const hits = useQuery('search.query', { query: asked, limit: 30 }, { keepPrevious: true, report: false }).data ?? NO_HITS
  const [active, setActive] = useState(0)
  const [shown, setShown] = useState(hits)
  if (shown !== hits) {
    setShown(hits)
    setActive(0)
  }
  const inputRef = useRef<HTMLInputElement>(null)
  const dialogRef = useRef<HTMLDivElement>(null)
  // Focus comes to the field, stays in the dialog while open and goes back where it was; Escape closes.
  useModalDialog(dialogRef, onClose, () => inputRef.current)
  useEffect(() => {
    const timer = setTimeout(() => setAsked(query), 60)
    return () => clearTimeout(timer)
  }, [query])

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1))
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1))
    else if (e.key === 'Enter' && hits[active]) onOpen(hits[active])
    else return
    e.preventDefault()
  }

  return (
    <div className="search-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialogRef} className="search-dialog" role="dialog" aria-modal="true" aria-label="Search everything">
        <input
          ref={inputRef}
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
          aria-label="Search the Constitution, sources, cards and claims"
          placeholder="Search the Constitution, sources, cards and claims…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <ul id="search-results" role="listbox" aria-label="Results">
          {hits.map((hit, index) => (
            <li
              key={`${hit.kind}:${hit.refId}:${hit.unitId}`}
              id={`hit-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseEnter={() => setActive(index)}
              onClick={() => onOpen(hit)}
            >
              <span className="hit-kind">{KIND_LABELS[hit.kind]}</span>
              <span className="hit-title">
                {hit.title || 'Untagged card'}
                {hit.kind === 'claim' && hit.motionId && <ClaimPlaceText motionId={hit.motionId} claimId={hit.refId} />}
              </span>
              <span className="hit-snippet">
                {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
              </span>
            </li>
          ))}
          {query.trim() && hits.length === 0 && <li className="muted">Nothing found.</li>}
        </ul>
      </div>
    </div>
  )
}
