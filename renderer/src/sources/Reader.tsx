import { useEffect, useMemo, useRef, useState } from 'react'
import type { Quote, Source, SourceUnit } from '../../../shared/model/source'
import { contentsOf, type ContentsEntry } from '../../../shared/sources/contents'

interface ReaderProps {
  source: Source
  quotes: Quote[]
  /** Scroll to this unit and mark it (a deep link from a card). */
  focusUnitId: string | null
  /** The part of the focused unit a card was cut from, marked in the text. */
  focusRange?: { start: number; end: number } | null
  onCut(unit: SourceUnit, range: { start: number; end: number }): Promise<void>
}

function holds(entry: ContentsEntry, unitId: string | null): boolean {
  return unitId !== null && (entry.unitId === unitId || entry.children.some((child) => holds(child, unitId)))
}

/** One level of the contents: a link per unit, a disclosure per article or section with parts below it. */
function ContentsList({ entries, focusUnitId, onGo }: { entries: ContentsEntry[]; focusUnitId: string | null; onGo(unitId: string): void }) {
  return (
    <ul>
      {entries.map((entry) => (
        <li key={`${entry.name}-${entry.unitId}`}>
          {entry.children.length === 0 ? (
            <a
              href={`#unit-${entry.unitId}`}
              onClick={(e) => {
                e.preventDefault()
                onGo(entry.unitId)
              }}
            >
              {entry.name}
            </a>
          ) : (
            <details aria-label={entry.name} open={holds(entry, focusUnitId) || entries.length === 1 || undefined}>
              <summary onClick={() => onGo(entry.unitId)}>{entry.name}</summary>
              <ContentsList entries={entry.children} focusUnitId={focusUnitId} onGo={onGo} />
            </details>
          )}
        </li>
      ))}
    </ul>
  )
}

/**
 * A bundled text to read and cut cards from: a table of contents, every unit with its pinpoint,
 * and a "Cut card" button for the text selected inside one unit.
 */
export function Reader({ source, quotes, focusUnitId, focusRange = null, onCut }: ReaderProps) {
  const units = useMemo(() => source.units ?? [], [source.units])
  const [selection, setSelection] = useState<{ unit: SourceUnit; start: number; end: number } | null>(null)
  const [busy, setBusy] = useState(false)
  const bodyRef = useRef<HTMLDivElement>(null)
  const contents = useMemo(() => contentsOf(units), [units])
  const cardsByUnit = useMemo(() => {
    const map = new Map<string, number>()
    for (const q of quotes) if (q.unitId) map.set(q.unitId, (map.get(q.unitId) ?? 0) + 1)
    return map
  }, [quotes])

  /** Scrolls the text (not the whole page) to a unit. */
  const showUnit = (unitId: string) => {
    const body = bodyRef.current
    const target = document.getElementById(`unit-${unitId}`)
    if (body && target) body.scrollTop = target.offsetTop - body.offsetTop - 8
  }
  useEffect(() => {
    if (focusUnitId) showUnit(focusUnitId)
  }, [focusUnitId])

  // A selection counts only when it starts and ends inside the text of one unit.
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection()
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return setSelection(null)
      const range = sel.getRangeAt(0)
      const owner = (node: Node) => (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-unit-text]')
      const start = owner(range.startContainer)
      if (!start || !bodyRef.current?.contains(start)) return setSelection(null)
      const unit = units.find((u) => u.id === start.dataset.unitText)
      if (!unit) return setSelection(null)
      // Offsets within the unit's text: measure the text before each end of the selection.
      const before = document.createRange()
      before.selectNodeContents(start)
      before.setEnd(range.startContainer, range.startOffset)
      const from = before.toString().length
      let to = from + range.toString().length
      if (owner(range.endContainer) !== start) {
        // A triple click selects the clause and ends at the start of what follows: nothing
        // more is selected, so it counts as running to the clause's end.
        const beyond = document.createRange()
        beyond.setStart(start, start.childNodes.length)
        beyond.setEnd(range.endContainer, range.endOffset)
        if (beyond.toString() !== '') return setSelection(null)
        to = unit.text.length
      }
      setSelection(to > from ? { unit, start: from, end: to } : null)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [units])

  return (
    <div className="reader">
      <nav className="reader-toc" aria-label={`Contents of ${source.title}`}>
        <ContentsList entries={contents} focusUnitId={focusUnitId} onGo={showUnit} />
      </nav>
      <div className="reader-main">
        <div className="cut-bar" role="toolbar" aria-label="Cut a card">
          {selection ? (
            <>
              <span>
                {selection.end - selection.start} characters selected in <strong>{selection.unit.label}</strong>
              </span>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setBusy(true)
                  void onCut(selection.unit, { start: selection.start, end: selection.end }).finally(() => {
                    setBusy(false)
                    document.getSelection()?.removeAllRanges()
                  })
                }}
              >
                Cut card
              </button>
            </>
          ) : (
            <span className="muted">Select words inside one clause to cut a card with its exact text and pinpoint.</span>
          )}
        </div>
        <div className="reader-body" ref={bodyRef} tabIndex={0} aria-label={`Text of ${source.title}`}>
          <h2 className="reader-title">{source.title}</h2>
          {units.map((unit) => (
            <section key={unit.id} id={`unit-${unit.id}`} className={`reader-unit${unit.id === focusUnitId ? ' focused' : ''}`} aria-label={unit.label}>
              <h3>
                {unit.label}
                {cardsByUnit.has(unit.id) && (
                  <span className="count">
                    {' '}
                    · {cardsByUnit.get(unit.id)} {cardsByUnit.get(unit.id) === 1 ? 'card' : 'cards'}
                  </span>
                )}
              </h3>
              <p data-unit-text={unit.id}>
                {unit.id === focusUnitId && focusRange ? (
                  <>
                    {unit.text.slice(0, focusRange.start)}
                    <mark className="cut-from">{unit.text.slice(focusRange.start, focusRange.end)}</mark>
                    {unit.text.slice(focusRange.end)}
                  </>
                ) : (
                  unit.text
                )}
              </p>
            </section>
          ))}
        </div>
      </div>
    </div>
  )
}
