import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { isHeadingUnit } from '../../../shared/documents/paragraph-units'
import type { Quote, Source, SourceUnit } from '../../../shared/model/source'
import { readerContents } from '../../../shared/sources/contents'
import { findInUnits } from '../../../shared/sources/find-in-text'
import type { TextMark } from '../../../shared/sources/text-segments'
import { messageOf } from '../api/client'
import { useQuery } from '../data/hooks'
import { revealInPane } from '../kit/reveal'
import { ReaderContents } from './ReaderContents'
import { ReaderSearch } from './ReaderSearch'
import { ReaderUnit } from './ReaderUnit'
import { useUnitSelection } from './use-unit-selection'

interface ReaderProps {
  source: Source
  quotes: Quote[]
  /** Scroll to this unit and mark it (a deep link from a card). */
  focusUnitId: string | null
  /** The part of the focused unit a card was cut from, marked in the text. */
  focusRange?: { start: number; end: number } | null
  /** Counts "Show in source" requests: each one brings the marked words into view and the focus to their unit. */
  showRequest?: number
  onCut(unit: SourceUnit, range: { start: number; end: number }): Promise<void>
}

const NO_MARKS: readonly TextMark[] = []

/** Scrolls the reader's own box (not the page) so that `target` sits a little below its top. */
function scrollWithin(body: HTMLElement | null, target: Element | null, offset = 8) {
  if (!body || !target) return
  body.scrollTop += target.getBoundingClientRect().top - body.getBoundingClientRect().top - offset
}

/**
 * Any source's text to read and cut cards from (a bundled text, an imported document, a pack's
 * source), read through source.text: its contents, find inside it, every unit with its pinpoint,
 * and "Cut card" for the words selected inside one unit. Units off screen are not laid out
 * (content-visibility in sources.css), so a long document stays quick to open and scroll.
 */
export function Reader({ source, quotes, focusUnitId, focusRange = null, showRequest = 0, onCut }: ReaderProps) {
  const text = useQuery('source.text', { sourceId: source.id }, { report: false })
  const units = useMemo(() => text.data?.units ?? [], [text.data])
  const unitsById = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units])
  const bodyRef = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const selection = useUnitSelection(bodyRef, unitsById)
  const [busy, setBusy] = useState(false)
  const [query, setQuery] = useState('')
  const [current, setCurrent] = useState(0)
  const contents = useMemo(() => readerContents(units, source.document?.kind), [units, source.document?.kind])
  const hasHeadings = source.document !== undefined && units.some((unit) => unit.heading !== undefined)
  const cardsByUnit = useMemo(() => {
    const map = new Map<string, number>()
    for (const q of quotes) if (q.unitId) map.set(q.unitId, (map.get(q.unitId) ?? 0) + 1)
    return map
  }, [quotes])

  // Typing stays quick in a long text: the search runs on the words once typing pauses for a frame.
  const searched = useDeferredValue(query)
  const matches = useMemo(() => findInUnits(units, searched), [units, searched])
  const at = matches.length === 0 ? -1 : Math.min(current, matches.length - 1)
  const marksByUnit = useMemo(() => {
    const map = new Map<string, TextMark[]>()
    matches.forEach((m, i) => {
      const list = map.get(m.unitId) ?? []
      list.push({ start: m.start, end: m.end, kind: i === at ? 'current' : 'match' })
      map.set(m.unitId, list)
    })
    if (focusUnitId && focusRange) map.set(focusUnitId, [...(map.get(focusUnitId) ?? []), { ...focusRange, kind: 'cut-from' }])
    return map
  }, [matches, at, focusUnitId, focusRange])

  const showUnit = (unitId: string) => scrollWithin(bodyRef.current, document.getElementById(`unit-${unitId}`))
  const loaded = units.length > 0
  const cutFrom = focusRange ? `${focusRange.start}-${focusRange.end}` : null
  useEffect(() => {
    if (!focusUnitId || !loaded) return
    const unit = document.getElementById(`unit-${focusUnitId}`)
    const words = cutFrom ? unit?.querySelector('mark.cut-from') : null
    if (!unit || !words) return showUnit(focusUnitId)
    // A card's words: in the middle of the reader (and the reader in the pane), the focus on their unit.
    revealInPane(words, 'center')
    unit.focus({ preventScroll: true })
  }, [focusUnitId, loaded, cutFrom, showRequest])
  // The match stepped to is brought to the middle of the reader's box.
  const currentMatch = at >= 0 ? matches[at] : undefined
  useEffect(() => {
    if (!currentMatch) return
    const body = bodyRef.current
    const mark = body?.querySelector(`#unit-${CSS.escape(currentMatch.unitId)} mark.current`)
    scrollWithin(body ?? null, mark ?? null, (body?.clientHeight ?? 0) / 3)
  }, [currentMatch])

  const step = (by: 1 | -1) => {
    if (matches.length === 0) return
    setCurrent((at + by + matches.length) % matches.length)
  }

  if (text.error) return <p className="field-error" role="alert">The text of {source.title} could not be opened: {messageOf(text.error).message}</p>
  if (!text.data) return <p className="loading">Opening the text…</p>
  return (
    <div
      className="reader"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
          e.preventDefault()
          searchRef.current?.focus()
          searchRef.current?.select()
        }
      }}
    >
      <nav className="reader-toc" aria-label={`Contents of ${source.title}`}>
        <ReaderContents entries={contents} focusUnitId={focusUnitId} onGo={showUnit} />
      </nav>
      <div className="reader-main">
        <ReaderSearch
          ref={searchRef}
          title={source.title}
          query={query}
          count={matches.length}
          current={at}
          onQuery={(words) => {
            setQuery(words)
            setCurrent(0)
          }}
          onStep={step}
        />
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
            <span className="muted">
              {source.document?.kind === 'pdf' ? 'Select words inside one page' : source.document ? 'Select words inside one paragraph' : 'Select words inside one clause'} to cut a
              card with its exact text and pinpoint.
            </span>
          )}
        </div>
        <div className="reader-body" ref={bodyRef} tabIndex={0} role="region" aria-label={`Text of ${source.title}`}>
          <h2 className="reader-title">{source.title}</h2>
          {units.map((unit, i) => {
            // A heading with nothing beneath it is a unit of its own: its text is shown once, as the unit's.
            const headingItself = source.document !== undefined && isHeadingUnit(unit)
            return (
              <ReaderUnit
                key={unit.id}
                unit={unit}
                heading={hasHeadings && !headingItself && unit.heading !== undefined && unit.heading !== units[i - 1]?.heading ? unit.heading : null}
                headingItself={headingItself}
                labelLevel={hasHeadings ? 4 : 3}
                cardCount={cardsByUnit.get(unit.id) ?? 0}
                focused={unit.id === focusUnitId}
                marks={marksByUnit.get(unit.id) ?? NO_MARKS}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
