import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { MapLayout } from './layout'

interface BoxHandlersOptions {
  layout: MapLayout
  onSelect(id: string): void
  /** Pans the map so the box is in view; false if the box is not on the map. */
  bringIntoView(id: string): boolean
  /** The map's <svg>, where a box is looked for once it is drawn. */
  svgRef: RefObject<SVGSVGElement | null>
}

/**
 * The handlers every box shares: click, Enter or Space selects; arrow keys walk the tree; a box
 * focused from the keyboard is brought into view. Tracks the focused box (`focusId`) so the
 * map keeps it drawn even when it is outside the drawn region.
 *
 * The handlers keep their identity across renders, so memoised boxes don't re-render.
 */
export function useBoxHandlers({ layout, onSelect, bringIntoView, svgRef }: BoxHandlersOptions) {
  const layoutRef = useRef(layout)
  const onSelectRef = useRef(onSelect)
  const pendingFocusRef = useRef<string | null>(null)
  const [focusId, setFocusId] = useState<string | null>(null)

  useLayoutEffect(() => {
    layoutRef.current = layout
    onSelectRef.current = onSelect
  })

  // Keyboard focus moved by an arrow key lands once its box is drawn.
  useEffect(() => {
    const id = pendingFocusRef.current
    if (!id) return
    const element = svgRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`)
    if (element) {
      pendingFocusRef.current = null
      element.focus({ preventScroll: true })
    }
  })

  const activate = useCallback((id: string) => onSelectRef.current(id), [])

  const onFocusNode = useCallback(
    (id: string, byKeyboard: boolean) => {
      setFocusId(id)
      if (byKeyboard) bringIntoView(id)
    },
    [bringIntoView]
  )

  const onBlurNode = useCallback((id: string) => setFocusId((current) => (current === id ? null : current)), [])

  const onKey = useCallback(
    (event: KeyboardEvent<SVGGElement>, id: string) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        onSelectRef.current(id)
        return
      }
      // Arrow keys walk the tree: up to the parent, down to the first response, left and right among siblings.
      const current = layoutRef.current
      const node = current.byId.get(id)
      if (!node) return
      let target: string | undefined
      if (event.key === 'ArrowUp') target = node.parentId ?? undefined
      else if (event.key === 'ArrowDown') target = current.childrenOf.get(id)?.[0]
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        const siblings = node.parentId === null ? [] : (current.childrenOf.get(node.parentId) ?? [])
        const at = siblings.indexOf(id)
        target = siblings[at + (event.key === 'ArrowLeft' ? -1 : 1)]
      } else if (event.key === 'Home') target = current.nodes[0]?.id
      else return
      event.preventDefault()
      if (!target) return
      pendingFocusRef.current = target
      setFocusId(target)
      bringIntoView(target)
    },
    [bringIntoView]
  )

  return { focusId, activate, onKey, onFocusNode, onBlurNode }
}
