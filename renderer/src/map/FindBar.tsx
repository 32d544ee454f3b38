import { forwardRef, type KeyboardEvent } from 'react'

interface FindBarProps {
  query: string
  onQuery(query: string): void
  /** Which match is selected (0-based), or -1; and how many there are. */
  position: number
  count: number
  onStep(delta: 1 | -1): void
}

/** Filters the map to claims matching words or #tags; Enter and Shift+Enter step through the matches. */
export const FindBar = forwardRef<HTMLInputElement, FindBarProps>(function FindBar(props, ref) {
  const { query, onQuery, position, count, onStep } = props
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      onStep(e.shiftKey ? -1 : 1)
    } else if (e.key === 'Escape' && query) {
      e.preventDefault()
      e.stopPropagation()
      onQuery('')
    }
  }
  return (
    <div className="find-bar" role="search">
      <input
        ref={ref}
        type="search"
        aria-label="Find in this motion"
        placeholder="Find… (words or #tag)"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {query.trim() && (
        <>
          <span className="find-count" aria-live="polite">
            {count === 0 ? 'No matches' : `${position + 1 > 0 ? position + 1 : '–'} of ${count}`}
          </span>
          <button type="button" className="ghost" aria-label="Previous match" disabled={count === 0} onClick={() => onStep(-1)}>
            ↑
          </button>
          <button type="button" className="ghost" aria-label="Next match" disabled={count === 0} onClick={() => onStep(1)}>
            ↓
          </button>
        </>
      )}
    </div>
  )
})
