import { forwardRef } from 'react'
import { MAX_MATCHES } from '../../../shared/sources/find-in-text'

interface ReaderSearchProps {
  title: string
  query: string
  /** How many places the words were found, and which one is shown (-1: none). */
  count: number
  current: number
  onQuery(query: string): void
  onStep(by: 1 | -1): void
}

/** Find inside the text: the words, how many places hold them, and steps to the next and previous. */
export const ReaderSearch = forwardRef<HTMLInputElement, ReaderSearchProps>(function ReaderSearch({ title, query, count, current, onQuery, onStep }, ref) {
  const said = query.trim() === '' ? '' : count === 0 ? 'Not found' : `${current + 1} of ${count >= MAX_MATCHES ? `${MAX_MATCHES}+` : count}`
  return (
    <div className="reader-search" role="search" aria-label={`Find in ${title}`}>
      <input
        ref={ref}
        type="search"
        aria-label="Find in the text"
        placeholder="Find in the text"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            onStep(e.shiftKey ? -1 : 1)
          }
        }}
      />
      <span className="reader-search-count" role="status">
        {said}
      </span>
      <button type="button" aria-label="Previous match" title="Previous (Shift+Enter)" disabled={count === 0} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" aria-label="Next match" title="Next (Enter)" disabled={count === 0} onClick={() => onStep(1)}>
        ↓
      </button>
    </div>
  )
})
