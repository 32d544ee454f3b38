import { useEffect, useState, type RefObject } from 'react'
import type { SourceUnit } from '../../../shared/model/source'

export interface UnitSelection {
  unit: SourceUnit
  start: number
  end: number
}

/**
 * The words selected in the reader, as a range in one unit's text. A selection counts only when
 * it starts and ends inside the text of one unit; offsets are measured on the text itself, so
 * the marks the reader lays over it (search matches) do not shift them.
 */
export function useUnitSelection(body: RefObject<HTMLElement | null>, unitsById: ReadonlyMap<string, SourceUnit>): UnitSelection | null {
  const [selection, setSelection] = useState<UnitSelection | null>(null)
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection()
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return setSelection(null)
      const range = sel.getRangeAt(0)
      const owner = (node: Node) => (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-unit-text]')
      const start = owner(range.startContainer)
      if (!start || !body.current?.contains(start)) return setSelection(null)
      const unit = unitsById.get(start.dataset.unitText ?? '')
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
      setSelection((old) => (old && old.unit === unit && old.start === from && old.end === to ? old : to > from ? { unit, start: from, end: to } : null))
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [body, unitsById])
  return selection
}
