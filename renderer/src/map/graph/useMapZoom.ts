import { select } from 'd3-selection'
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { nextRegion, type Region, type Size } from './culling'
import { fitView, keepInView, scaleToFit } from './fit'
import type { MapLayout } from './layout'

const MAX_SCALE = 2.5
/** Kept between a box brought into view and the edge of the viewport, in screen pixels. */
const VIEW_PADDING = 24
const ZOOM_STEP = 1.4
const ANIMATION_MS = 220

const fitTransform = (layout: MapLayout, size: Size): ZoomTransform => {
  const t = fitView(layout.nodes, size)
  return zoomIdentity.translate(t.x, t.y).scale(t.k)
}

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2)

/**
 * Zoom and pan for the map: the gestures, the zoom buttons, fitting the map to the screen, and
 * bringing a box into view. Tracks the container's size and the region of the map to draw
 * (the viewport plus a margin), which changes only when the viewport leaves it.
 *
 * The map is fitted to the screen once its size is known, and again whenever `motionId` changes.
 */
export function useMapZoom(layout: MapLayout, motionId: string) {
  const containerRef = useRef<HTMLDivElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const sceneRef = useRef<SVGGElement>(null)
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null)
  const transformRef = useRef<ZoomTransform>(zoomIdentity)
  const sizeRef = useRef<Size | null>(null)
  const regionRef = useRef<Region | null>(null)
  const animationRef = useRef<number | null>(null)
  const layoutRef = useRef(layout)

  const [size, setSize] = useState<Size | null>(null)
  const [region, setRegion] = useState<Region | null>(null)

  useLayoutEffect(() => {
    layoutRef.current = layout
  })

  /** Draws a new region if the viewport has left the one drawn. */
  const refreshRegion = useCallback(() => {
    const currentSize = sizeRef.current
    if (!currentSize) return
    const next = nextRegion(regionRef.current, transformRef.current, currentSize)
    if (next) {
      regionRef.current = next
      setRegion(next)
    }
  }, [])

  // Zoom and pan: d3-zoom owns the gestures (wheel, drag, pinch); the scene's transform is set
  // directly, so panning inside the drawn region costs no React render.
  useLayoutEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    const behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, MAX_SCALE])
      // The default filter, and double-click zooms only on the background (a box's double-click selects it).
      .filter((event: Event & { button?: number; ctrlKey?: boolean; target: EventTarget | null }) => {
        if (event.type === 'dblclick' && event.target instanceof Element && event.target.closest('.mapv-node')) return false
        return (!event.ctrlKey || event.type === 'wheel') && !event.button
      })
      // However far a wheel or a drag goes, part of the map stays on screen.
      .constrain((transform) => {
        const currentSize = sizeRef.current
        if (!currentSize) return transform
        const kept = keepInView(transform, layoutRef.current.bounds, currentSize)
        return kept === transform ? transform : zoomIdentity.translate(kept.x, kept.y).scale(kept.k)
      })
      .on('start', (event: { sourceEvent: unknown }) => {
        // The user took over: stop any animated move.
        if (event.sourceEvent && animationRef.current !== null) {
          cancelAnimationFrame(animationRef.current)
          animationRef.current = null
        }
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transformRef.current = event.transform
        sceneRef.current?.setAttribute('transform', event.transform.toString())
        refreshRegion()
      })
    zoomRef.current = behavior
    const selection = select(svg)
    selection.call(behavior)
    behavior.transform(selection, transformRef.current)
    // d3 lets a wheel at the zoom's limit through, and the page behind would scroll instead.
    const holdWheel = (event: WheelEvent) => event.preventDefault()
    svg.addEventListener('wheel', holdWheel, { passive: false })
    return () => {
      svg.removeEventListener('wheel', holdWheel)
      selection.on('.zoom', null)
      zoomRef.current = null
      if (animationRef.current !== null) cancelAnimationFrame(animationRef.current)
      animationRef.current = null
    }
  }, [refreshRegion])

  // The container's size, for culling and fitting.
  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const measure = () => {
      const rect = container.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) return
      const next = { w: rect.width, h: rect.height }
      const prev = sizeRef.current
      if (prev && prev.w === next.w && prev.h === next.h) return
      sizeRef.current = next
      setSize(next)
      refreshRegion()
    }
    const observer = new ResizeObserver(measure)
    observer.observe(container)
    return () => observer.disconnect()
  }, [refreshRegion])

  /** Moves the view to `target`, animated unless the user prefers reduced motion. */
  const moveTo = useCallback((target: ZoomTransform, animate: boolean): boolean => {
    const svg = svgRef.current
    const behavior = zoomRef.current
    const currentSize = sizeRef.current
    if (!svg || !behavior || !currentSize) return false
    if (animationRef.current !== null) cancelAnimationFrame(animationRef.current)
    animationRef.current = null
    const selection = select(svg)
    const [minK, maxK] = behavior.scaleExtent()
    const k = Math.min(maxK, Math.max(minK, target.k))
    // Keep the centre the caller asked for when the scale is clamped.
    const cx = (currentSize.w / 2 - target.x) / target.k
    const cy = (currentSize.h / 2 - target.y) / target.k
    const end = zoomIdentity.translate(currentSize.w / 2 - k * cx, currentSize.h / 2 - k * cy).scale(k)
    const start = transformRef.current
    if (!animate || reducedMotion()) {
      behavior.transform(selection, end)
      return true
    }
    const sx = (currentSize.w / 2 - start.x) / start.k
    const sy = (currentSize.h / 2 - start.y) / start.k
    const began = performance.now()
    const step = (now: number) => {
      const p = easeInOut(Math.min(1, (now - began) / ANIMATION_MS))
      const kk = start.k * (k / start.k) ** p
      const px = sx + (cx - sx) * p
      const py = sy + (cy - sy) * p
      behavior.transform(selection, zoomIdentity.translate(currentSize.w / 2 - kk * px, currentSize.h / 2 - kk * py).scale(kk))
      animationRef.current = p < 1 ? requestAnimationFrame(step) : null
    }
    animationRef.current = requestAnimationFrame(step)
    return true
  }, [])

  /** Pans (keeping the zoom) so the box is in view: centred if it was off screen, nudged if half in. */
  const bringIntoView = useCallback(
    (id: string): boolean => {
      const node = layoutRef.current.byId.get(id)
      const currentSize = sizeRef.current
      if (!node || !currentSize) return false
      const t = transformRef.current
      const left = t.x + t.k * node.x
      const top = t.y + t.k * node.y
      const right = left + t.k * node.width
      const bottom = top + t.k * node.height
      const pad = VIEW_PADDING
      if (left >= pad && top >= pad && right <= currentSize.w - pad && bottom <= currentSize.h - pad) return true
      const offScreen = right <= 0 || bottom <= 0 || left >= currentSize.w || top >= currentSize.h
      const tooBig = right - left > currentSize.w - 2 * pad || bottom - top > currentSize.h - 2 * pad
      let dx = 0
      let dy = 0
      if (offScreen || tooBig) {
        dx = currentSize.w / 2 - (left + right) / 2
        dy = currentSize.h / 2 - (top + bottom) / 2
      } else {
        if (left < pad) dx = pad - left
        else if (right > currentSize.w - pad) dx = currentSize.w - pad - right
        if (top < pad) dy = pad - top
        else if (bottom > currentSize.h - pad) dy = currentSize.h - pad - bottom
      }
      moveTo(zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k), true)
      return true
    },
    [moveTo]
  )

  // The zoom range: from a little below the whole map on screen (however big) to MAX_SCALE.
  useLayoutEffect(() => {
    const behavior = zoomRef.current
    if (!behavior || !size) return
    behavior.scaleExtent([Math.min(0.1, scaleToFit(layout.bounds, size) / 2), MAX_SCALE])
  }, [layout, size])

  // Fit to screen once the size is known, and again whenever another motion is shown.
  const fittedRef = useRef<string | null>(null)
  useLayoutEffect(() => {
    if (!size || fittedRef.current === motionId) return
    if (moveTo(fitTransform(layout, size), false)) fittedRef.current = motionId
  }, [motionId, layout, size, moveTo])

  const zoomBy = (factor: number) => {
    const currentSize = sizeRef.current
    if (!currentSize) return
    const t = transformRef.current
    const cx = (currentSize.w / 2 - t.x) / t.k
    const cy = (currentSize.h / 2 - t.y) / t.k
    const k = t.k * factor
    moveTo(zoomIdentity.translate(currentSize.w / 2 - k * cx, currentSize.h / 2 - k * cy).scale(k), true)
  }

  const zoomIn = () => zoomBy(ZOOM_STEP)
  const zoomOut = () => zoomBy(1 / ZOOM_STEP)

  const fitToScreen = () => {
    if (sizeRef.current) moveTo(fitTransform(layout, sizeRef.current), true)
  }

  /** The point of the map (in map units) under a point on screen, or null before the map is drawn. */
  const mapPointAt = (clientX: number, clientY: number): { x: number; y: number } | null => {
    const svg = svgRef.current
    if (!svg) return null
    const rect = svg.getBoundingClientRect()
    const t = transformRef.current
    return { x: (clientX - rect.left - t.x) / t.k, y: (clientY - rect.top - t.y) / t.k }
  }

  return { containerRef, svgRef, sceneRef, size, region, bringIntoView, zoomIn, zoomOut, fitToScreen, mapPointAt }
}
