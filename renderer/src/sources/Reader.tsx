import { useEffect, useMemo, useRef, useState } from 'react'
import type { Quote, Source, SourceUnit } from '../../../shared/model/source'

interface ReaderProps {
  source: Source
  quotes: Quote[]
  /** Scroll to this unit and mark it (a deep link from a card). */
  focusUnitId: string | null
  onCut(unit: SourceUnit, range: { start: number; end: number }): Promise<void>
}

/** The part of a unit id that names its article (or amendment), for the table of contents. */
function groupOf(unit: SourceUnit): string {
  const [head] = unit.label.split(',')
  return head ?? unit.label
}

/**
 * A bundled text to read and cut cards from: a table of contents, every unit with its pinpoint,
 * and a "Cut card" button for the text selected inside one unit.
 */
export function Reader({ source, quotes, focusUnitId, onCut }: ReaderProps) {
  const units = useMemo(() => source.units ?? [], [source.units])
  const [selection, setSelection] = useState<{ unit: SourceUnit; start: number; end: number } | null>(null)
  const [busy, setBusy] = useState(false)
  const bodyRef = useRef<HTMLDivElement>(null)
  const groups = useMemo(() => {
    const out: Array<{ name: string; units: SourceUnit[] }> = []
    for (const unit of units) {
      const name = groupOf(unit)
      const last = out[out.length - 1]
      if (last && last.name === name) last.units.push(unit)
      else out.push({ name, units: [unit] })
    }
    return out
  }, [units])
  const cardsByUnit = useMemo(() => {
    const map = new Map<string, number>()
    for (const q of quotes) if (q.unitId) map.set(q.unitId, (map.get(q.unitId) ?? 0) + 1)
    return map
  }, [quotes])

  /** Scrolls the text (not the whole page) to a unit. */
  const showUnit = (unitId: string | undefined) => {
    const body = bodyRef.current
    const target = unitId ? document.getElementById(`unit-${unitId}`) : null
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
      if (!start || start !== owner(range.endContainer) || !bodyRef.current?.contains(start)) return setSelection(null)
      const unit = units.find((u) => u.id === start.dataset.unitText)
      if (!unit) return setSelection(null)
      // Offsets within the unit's text: measure the text before each end of the selection.
      const before = document.createRange()
      before.selectNodeContents(start)
      before.setEnd(range.startContainer, range.startOffset)
      const from = before.toString().length
      const to = from + range.toString().length
      setSelection(to > from ? { unit, start: from, end: to } : null)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [units])

  return (
    <div className="reader">
      <nav className="reader-toc" aria-label={`Contents of ${source.title}`}>
        <ul>
          {groups.map((group) => (
            <li key={group.name}>
              <a
                href={`#unit-${group.units[0]?.id}`}
                onClick={(e) => {
                  e.preventDefault()
                  showUnit(group.units[0]?.id)
                }}
              >
                {group.name}
              </a>
            </li>
          ))}
        </ul>
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
              <p data-unit-text={unit.id}>{unit.text}</p>
            </section>
          ))}
        </div>
      </div>
    </div>
  )
}
