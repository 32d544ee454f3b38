import { useRef, useState, type DragEvent } from 'react'
import { dropTarget } from '../../../../shared/operations/outline'
import { CARD_DRAG_TYPE, cardDrag } from '../../cards/card-drag'
import type { MotionEditor } from '../editor/useMotionEditor'
import type { DropZone } from './OutlineRow'

export interface DropHint {
  id: string
  zone: DropZone
  allowed: boolean
}

/**
 * Dragging in the outline: a claim onto another (before it, after it, or beneath it as a
 * response; never into its own responses), or an evidence card onto a claim to back it.
 * Returns where the drop would land, for the row to show, and the handlers rows call.
 */
export function useRowDrop(editor: MotionEditor, onSelect: (id: string) => void, expand: (id: string) => void) {
  const [hint, setHint] = useState<DropHint | null>(null)
  const dragged = useRef<string | null>(null)

  const start = (event: DragEvent, id: string, title: string) => {
    dragged.current = id
    event.dataTransfer.setData('text/plain', title)
    event.dataTransfer.effectAllowed = 'move'
  }
  const end = () => {
    dragged.current = null
    setHint(null)
  }
  const leave = (id: string) => setHint((d) => (d?.id === id ? null : d))

  const over = (event: DragEvent, id: string) => {
    if (cardDrag.quoteId) {
      event.preventDefault()
      if (hint?.id !== id || hint.zone !== 'inside') setHint({ id, zone: 'inside', allowed: true })
      return
    }
    const from = dragged.current
    if (!from) return
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect()
    const y = (event.clientY - box.top) / box.height
    const zone: DropZone = y < 0.28 ? 'before' : y > 0.72 ? 'after' : 'inside'
    const allowed = dropTarget(editor.claims, from, id, zone) !== null
    if (allowed) event.preventDefault()
    if (hint?.id !== id || hint.zone !== zone || hint.allowed !== allowed) setHint({ id, zone, allowed })
  }

  const drop = (event: DragEvent, id: string) => {
    event.preventDefault()
    const quoteId = cardDrag.quoteId ?? event.dataTransfer.getData(CARD_DRAG_TYPE)
    cardDrag.quoteId = null
    const zone = hint?.zone
    setHint(null)
    if (quoteId) {
      void editor.run({ name: 'link-evidence', claimId: id, quoteId, linked: true })
      onSelect(id)
      return
    }
    const from = dragged.current
    dragged.current = null
    if (!from || !zone || !dropTarget(editor.claims, from, id, zone)) return
    if (zone === 'inside') expand(id)
    void editor.run({ name: 'move-claim', claimId: from, how: 'drop', ontoId: id, zone })
    onSelect(from)
  }

  return { hint, start, end, over, leave, drop }
}
