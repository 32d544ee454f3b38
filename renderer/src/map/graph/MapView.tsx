import { select } from 'd3-selection'
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom'
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { WEAK_REASON_LABELS, type WeakReason } from '../../../../shared/analysis/weak-spots'
import type { Claim, Stance } from '../../../../shared/model/claim'
import type { Motion, SideLabels } from '../../../../shared/model/motion'
import { GAP_Y, layoutMap, type MapBounds, type MapLayout, type MapNode } from './layout'
import './map-view.css'

export interface MapViewProps {
  motion: Motion
  claims: readonly Claim[]
  /** A claim's id, the motion's id (its box was clicked), or null. */
  selectedId: string | null
  onSelect(id: string | null): void
  /** Weak spots by claim id (findWeakSpots(claims).byClaim). */
  weak: ReadonlyMap<string, readonly WeakReason[]>
}

interface Size {
  w: number
  h: number
}

/** The part of the map (in map units) that is drawn: the viewport plus a margin, and the zoom it was taken at. */
interface Region {
  x0: number
  y0: number
  x1: number
  y1: number
  k: number
}

/** Drawn beyond each edge of the viewport, as a share of its width/height, so a small pan draws nothing new. */
const MARGIN = 0.5
/**
 * More boxes than this in the drawn region (zoomed far out on a big map) are drawn as plain
 * shapes in a few paths instead of one element each, so the DOM stays small at any zoom.
 */
const MAX_DETAILED = 300
/**
 * Below this zoom a box's text would be a few pixels high: boxes show grey bars where the text
 * would be (still focusable, with their full label for screen readers). Re-rendering text at
 * every zoom step is most of what zooming costs.
 */
const TEXT_MIN_SCALE = 0.25
const MAX_SCALE = 2.5
const FIT_PADDING = 32
/** Kept between a box brought into view and the edge of the viewport, in screen pixels. */
const VIEW_PADDING = 24
const ZOOM_STEP = 1.4
const ANIMATION_MS = 220

function stanceLabel(node: MapNode, sideLabels: SideLabels): string {
  if (!node.claim) return 'Motion'
  if (node.claim.parentId === null || node.depth === 1) return sideLabels[node.claim.stance]
  return node.claim.stance === 'pro' ? 'Supports' : 'Attacks'
}

function titleOf(node: MapNode, motion: Motion): string {
  return node.claim ? node.claim.title : motion.title
}

function viewportOf(t: ZoomTransform, size: Size): Omit<Region, 'k'> {
  return { x0: -t.x / t.k, y0: -t.y / t.k, x1: (size.w - t.x) / t.k, y1: (size.h - t.y) / t.k }
}

/** A new region to draw, or null when the one drawn still covers the viewport at about this zoom. */
function nextRegion(current: Region | null, t: ZoomTransform, size: Size): Region | null {
  const view = viewportOf(t, size)
  const covered =
    current !== null &&
    view.x0 >= current.x0 &&
    view.y0 >= current.y0 &&
    view.x1 <= current.x1 &&
    view.y1 <= current.y1 &&
    // Zoomed in a long way: the drawn region is now far bigger than needed.
    t.k <= current.k * 2 &&
    (t.k >= TEXT_MIN_SCALE) === (current.k >= TEXT_MIN_SCALE)
  if (covered) return null
  const mx = (view.x1 - view.x0) * MARGIN
  const my = (view.y1 - view.y0) * MARGIN
  return { x0: view.x0 - mx, y0: view.y0 - my, x1: view.x1 + mx, y1: view.y1 + my, k: t.k }
}

function boxInRegion(n: MapNode, r: Region): boolean {
  return n.x < r.x1 && n.x + n.width > r.x0 && n.y < r.y1 && n.y + n.height > r.y0
}

function fitTransform(bounds: MapBounds, size: Size): ZoomTransform {
  const bw = Math.max(1, bounds.maxX - bounds.minX)
  const bh = Math.max(1, bounds.maxY - bounds.minY)
  const k = Math.min((size.w - 2 * FIT_PADDING) / bw, (size.h - 2 * FIT_PADDING) / bh, 1)
  const scale = k > 0 ? k : 1
  const x = size.w / 2 - scale * (bounds.minX + bw / 2)
  const y = size.h / 2 - scale * (bounds.minY + bh / 2)
  return zoomIdentity.translate(x, y).scale(scale)
}

/** An arrow ready to draw: its path, clipped to the drawn region, and whether its head is in it. */
interface DrawnLink {
  fromId: string
  stance: Stance
  d: string
  headed: boolean
}

type Point = [number, number]
type Cubic = [Point, Point, Point, Point]

const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]

/** The part of a cubic Bézier curve between t0 and t1, as a cubic of its own (de Casteljau). */
function subCubic([p0, p1, p2, p3]: Cubic, t0: number, t1: number): Cubic {
  // Keep [0, t1] ...
  const a = lerp(p0, p1, t1)
  const b = lerp(p1, p2, t1)
  const c = lerp(p2, p3, t1)
  const ab = lerp(a, b, t1)
  const bc = lerp(b, c, t1)
  const end = lerp(ab, bc, t1)
  const left: Cubic = [p0, a, ab, end]
  if (t0 <= 0) return left
  // ... then [t0 / t1, 1] of that.
  const u = t0 / t1
  const d = lerp(left[0], left[1], u)
  const e = lerp(left[1], left[2], u)
  const f = lerp(left[2], left[3], u)
  const de = lerp(d, e, u)
  const ef = lerp(e, f, u)
  return [lerp(de, ef, u), ef, f, left[3]]
}

/** Where along the curve x(t) = x1 + (x2 - x1)(3t² - 2t³) reaches `share` of the way (0..1): by bisection. */
function smoothstepInverse(share: number): number {
  let lo = 0
  let hi = 1
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    if (mid * mid * (3 - 2 * mid) < share) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

/**
 * The arrow from a child box to its parent: from the top middle of the child to the bottom of
 * the parent (the heads of several children spread along that edge), as an S-curve.
 *
 * An arrow can run far outside the view (a contention a million pixels from the motion on a
 * huge map); drawing it whole, dashed, would cost seconds a frame. So it is clipped to the
 * drawn region: its x runs monotonically from end to end, so the clipped part is one sub-curve.
 */
function linkGeometry(from: MapNode, to: MapNode, count: number, r: Region): { d: string; headed: boolean } {
  const x1 = from.x + from.width / 2
  const y1 = from.y
  const spread = count > 1 ? Math.min(18, (to.width - 48) / (count - 1)) : 0
  const x2 = to.x + to.width / 2 + (from.index - (count - 1) / 2) * spread
  const y2 = to.y + to.height + 2
  const mid = (y1 + y2) / 2
  let curve: Cubic = [
    [x1, y1],
    [x1, mid],
    [x2, mid],
    [x2, y2]
  ]
  let t0 = 0
  let t1 = 1
  if (x1 !== x2) {
    const at = (x: number) => smoothstepInverse((x - x1) / (x2 - x1))
    const [lo, hi] = x1 < x2 ? [r.x0, r.x1] : [r.x1, r.x0]
    if (x1 < x2 ? x1 < lo : x1 > lo) t0 = at(lo)
    if (x1 < x2 ? x2 > hi : x2 < hi) t1 = at(hi)
    if (t0 > 0 || t1 < 1) curve = subCubic(curve, t0, t1)
  }
  const [p0, c1, c2, p3] = curve
  return { d: `M${p0[0]},${p0[1]}C${c1[0]},${c1[1]} ${c2[0]},${c2[1]} ${p3[0]},${p3[1]}`, headed: t1 === 1 }
}

function linkInRegion(from: MapNode, to: MapNode, r: Region): boolean {
  const x1 = from.x + from.width / 2
  const x2 = to.x + to.width / 2
  return Math.min(x1, x2) < r.x1 && Math.max(x1, x2) > r.x0 && to.y + to.height < r.y1 && from.y > r.y0
}

/** Overview arrows are left out when rows are closer than this on screen (they would be a smudge). */
const MIN_ROW_GAP_PX = 6
/** Overview boxes in a row closer than this on screen are drawn as one bar. */
const MERGE_GAP_PX = 2

interface OverviewPaths {
  boxes: Record<Stance | 'motion', string>
  arrows: Record<Stance, string>
}

/**
 * Zoomed far out on a big map: every box and arrow as a subpath of a few <path>s (one per
 * stance), boxes of a row that nearly touch on screen merged into one bar, arrows left out
 * when the rows nearly touch. The DOM is a handful of elements whatever the map's size.
 */
function overviewPaths(nodes: readonly MapNode[], links: readonly DrawnLink[], k: number): OverviewPaths {
  const mergeGap = MERGE_GAP_PX / k
  const boxes: Record<Stance | 'motion', string[]> = { pro: [], con: [], motion: [] }
  // Pre-order lists each row left to right, so one open run per row and stance is enough.
  const runs = new Map<string, { kind: Stance | 'motion'; x0: number; x1: number; y: number; h: number }>()
  const flush = (run: { kind: Stance | 'motion'; x0: number; x1: number; y: number; h: number }) =>
    boxes[run.kind].push(`M${run.x0},${run.y}h${run.x1 - run.x0}v${run.h}h${run.x0 - run.x1}z`)
  for (const n of nodes) {
    const kind = n.claim ? n.claim.stance : 'motion'
    const key = `${n.depth}:${kind}`
    const run = runs.get(key)
    if (run && n.x - run.x1 <= mergeGap) run.x1 = Math.max(run.x1, n.x + n.width)
    else {
      if (run) flush(run)
      runs.set(key, { kind, x0: n.x, x1: n.x + n.width, y: n.y, h: n.height })
    }
  }
  for (const run of runs.values()) flush(run)
  const arrows: Record<Stance, string[]> = { pro: [], con: [] }
  if (GAP_Y * k >= MIN_ROW_GAP_PX) for (const l of links) arrows[l.stance].push(l.d)
  return {
    boxes: { pro: boxes.pro.join(''), con: boxes.con.join(''), motion: boxes.motion.join('') },
    arrows: { pro: arrows.pro.join(''), con: arrows.con.join('') }
  }
}

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2)

interface NodeBoxProps {
  node: MapNode
  label: string
  title: string
  selected: boolean
  /** Zoomed too far out to read: grey bars instead of text. */
  greek: boolean
  reasons: readonly WeakReason[] | undefined
  idPrefix: string
  onActivate(id: string): void
  onKey(event: KeyboardEvent<SVGGElement>, id: string): void
  /** `byKeyboard`: focus came from the keyboard (Tab), not a press that may start a drag. */
  onFocusNode(id: string, byKeyboard: boolean): void
  onBlurNode(id: string): void
}

/** One box: stance in words and colour, the title (three lines at most), and a mark for weak spots. */
const NodeBox = memo(function NodeBox({ node, label, title, selected, greek, reasons, idPrefix, onActivate, onKey, onFocusNode, onBlurNode }: NodeBoxProps) {
  const stance: Stance | 'motion' = node.claim ? node.claim.stance : 'motion'
  const weakId = `${idPrefix}-weak-${node.id}`
  const weak = reasons !== undefined && reasons.length > 0
  return (
    <g
      className={`mapv-node mapv-${stance}${selected ? ' mapv-selected' : ''}`}
      transform={`translate(${node.x},${node.y})`}
      data-node-id={node.id}
      tabIndex={0}
      role="button"
      aria-label={`${label}: ${title}`}
      aria-pressed={selected}
      aria-describedby={weak ? weakId : undefined}
      onClick={(event) => {
        event.stopPropagation()
        onActivate(node.id)
      }}
      onKeyDown={(event) => onKey(event, node.id)}
      onFocus={(event) => onFocusNode(node.id, event.currentTarget.matches(':focus-visible'))}
      onBlur={() => onBlurNode(node.id)}
    >
      {selected && <rect className="mapv-ring" x={-5} y={-5} width={node.width + 10} height={node.height + 10} rx={12} />}
      <rect className="mapv-box" width={node.width} height={node.height} rx={8} />
      <rect className="mapv-stripe" x={0} y={8} width={4} height={node.height - 16} rx={2} />
      {greek ? (
        <g className="mapv-greek">
          <rect className="mapv-greek-label" x={14} y={9} width={Math.min(node.width - 40, 12 + label.length * 7)} height={14} rx={3} />
          {[0, 1, 2].map((line) => (
            <rect key={line} className="mapv-greek-line" x={14} y={32 + line * 16} width={(node.width - 38) * (line === 2 ? 0.6 : 1)} height={9} rx={2} />
          ))}
        </g>
      ) : (
        <foreignObject x={0} y={0} width={node.width} height={node.height}>
          <div className={`mapv-card${weak ? ' mapv-card-weak' : ''}`}>
            <span className="mapv-label">{label}</span>
            <span className="mapv-title">{title}</span>
          </div>
        </foreignObject>
      )}
      {weak && (
        <text className="mapv-weak" x={node.width - 10} y={20} textAnchor="end">
          <title id={weakId}>{`Weak spots: ${reasons.map((r) => WEAK_REASON_LABELS[r]).join(', ')}`}</title>⚠
        </text>
      )}
    </g>
  )
})

/**
 * The motion's claims drawn as a tree of boxes and arrows, with zoom and pan.
 *
 * Only what is inside the viewport (plus a margin) is in the DOM; zoomed far out, or with
 * very many boxes in view, boxes and arrows are drawn as a few plain paths instead.
 */
export function MapView({ motion, claims, selectedId, onSelect, weak }: MapViewProps) {
  const layout: MapLayout = useMemo(() => layoutMap(motion, claims), [motion, claims])
  const idPrefix = useId().replace(/[^A-Za-z0-9_-]/g, '')

  const containerRef = useRef<HTMLDivElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const sceneRef = useRef<SVGGElement>(null)
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null)
  const transformRef = useRef<ZoomTransform>(zoomIdentity)
  const sizeRef = useRef<Size | null>(null)
  const regionRef = useRef<Region | null>(null)
  const animationRef = useRef<number | null>(null)
  const layoutRef = useRef(layout)
  const onSelectRef = useRef(onSelect)
  const pendingFocusRef = useRef<string | null>(null)

  const [size, setSize] = useState<Size | null>(null)
  const [region, setRegion] = useState<Region | null>(null)
  const [focusId, setFocusId] = useState<string | null>(null)

  useLayoutEffect(() => {
    layoutRef.current = layout
    onSelectRef.current = onSelect
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
    return () => {
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

  // The zoom range: from a little below "fit to screen" (however big the map) to MAX_SCALE.
  useLayoutEffect(() => {
    const behavior = zoomRef.current
    if (!behavior || !size) return
    const fit = fitTransform(layout.bounds, size)
    behavior.scaleExtent([Math.min(0.1, fit.k / 2), MAX_SCALE])
  }, [layout, size])

  // Fit to screen once the size is known, and again whenever another motion is shown.
  const fittedRef = useRef<string | null>(null)
  useLayoutEffect(() => {
    if (!size || fittedRef.current === motion.id) return
    if (moveTo(fitTransform(layout.bounds, size), false)) fittedRef.current = motion.id
  }, [motion.id, layout.bounds, size, moveTo])

  // A selection made elsewhere (the outline, search) pans the map to it. Retried when the
  // layout changes, in case the selected claim was added in the same edit.
  const shownSelectionRef = useRef<string | null>(selectedId)
  useEffect(() => {
    if (selectedId === shownSelectionRef.current) return
    if (selectedId === null || bringIntoView(selectedId)) shownSelectionRef.current = selectedId
  }, [selectedId, layout, size, bringIntoView])

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

  const zoomBy = (factor: number) => {
    const currentSize = sizeRef.current
    if (!currentSize) return
    const t = transformRef.current
    const cx = (currentSize.w / 2 - t.x) / t.k
    const cy = (currentSize.h / 2 - t.y) / t.k
    const k = t.k * factor
    moveTo(zoomIdentity.translate(currentSize.w / 2 - k * cx, currentSize.h / 2 - k * cy).scale(k), true)
  }

  const fitToScreen = () => {
    if (sizeRef.current) moveTo(fitTransform(layout.bounds, sizeRef.current), true)
  }

  // A click that lands on no box (boxes stop their own clicks) selects the box under it when
  // boxes are drawn as plain shapes, else nothing.
  const onBackgroundClick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = svgRef.current
    if (!svg) return
    const rect = svg.getBoundingClientRect()
    const t = transformRef.current
    const mx = (event.clientX - rect.left - t.x) / t.k
    const my = (event.clientY - rect.top - t.y) / t.k
    const hit = layout.nodes.find((n) => mx >= n.x && mx <= n.x + n.width && my >= n.y && my <= n.y + n.height)
    onSelect(hit ? hit.id : null)
  }

  // What to draw: the boxes and arrows inside the region, and always the selected and focused boxes.
  const drawn = useMemo(() => {
    if (!region) return { detailed: true, k: 1, nodes: [] as MapNode[], links: [] as DrawnLink[] }
    const nodes = layout.nodes.filter((n) => boxInRegion(n, region))
    const detailed = nodes.length <= MAX_DETAILED
    const links: DrawnLink[] = []
    if (detailed || GAP_Y * region.k >= MIN_ROW_GAP_PX) {
      for (const l of layout.links) {
        const from = layout.byId.get(l.fromId)
        const to = layout.byId.get(l.toId)
        if (!from || !to || !linkInRegion(from, to, region)) continue
        const count = layout.childrenOf.get(l.toId)?.length ?? 1
        links.push({ fromId: l.fromId, stance: l.stance, ...linkGeometry(from, to, count, region) })
      }
    }
    return { detailed, k: region.k, nodes, links }
  }, [layout, region])

  const pinned = useMemo(() => {
    const ids = new Set(drawn.detailed ? drawn.nodes.map((n) => n.id) : [])
    const extra: MapNode[] = []
    for (const id of [selectedId, focusId]) {
      const node = id === null ? undefined : layout.byId.get(id)
      if (node && !ids.has(node.id)) {
        ids.add(node.id)
        extra.push(node)
      }
    }
    return extra
  }, [drawn, layout, selectedId, focusId])

  const overview = useMemo(
    () => (drawn.detailed ? null : overviewPaths(drawn.nodes, drawn.links, drawn.k)),
    [drawn]
  )

  const renderNode = (node: MapNode) => (
    <NodeBox
      key={node.id}
      node={node}
      label={stanceLabel(node, motion.sideLabels)}
      title={titleOf(node, motion)}
      selected={node.id === selectedId}
      greek={drawn.k < TEXT_MIN_SCALE}
      reasons={weak.get(node.id)}
      idPrefix={idPrefix}
      onActivate={activate}
      onKey={onKey}
      onFocusNode={onFocusNode}
      onBlurNode={onBlurNode}
    />
  )

  const selectedNode = selectedId === null ? undefined : layout.byId.get(selectedId)

  return (
    <div className="mapv" ref={containerRef}>
      {/* Before the map in the DOM, so Tab reaches the zoom controls before hundreds of boxes. */}
      {overview && (
        <p className="mapv-hint" role="status">
          Zoomed out: zoom in to read and select claims.
        </p>
      )}
      <div className="mapv-toolbar" role="toolbar" aria-label="Map zoom">
        <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => zoomBy(ZOOM_STEP)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => zoomBy(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" aria-label="Fit to screen" title="Fit to screen" onClick={fitToScreen}>
          Fit
        </button>
      </div>
      <svg
        ref={svgRef}
        className="mapv-svg"
        width="100%"
        height="100%"
        role="group"
        aria-label={`Map of “${motion.title}”`}
        aria-roledescription="argument map"
        onClick={onBackgroundClick}
      >
        <defs>
          {(['pro', 'con'] as const).map((stance) => (
            <marker
              key={stance}
              id={`${idPrefix}-arrow-${stance}`}
              className={`mapv-arrowhead mapv-arrowhead-${stance}`}
              viewBox="0 0 10 10"
              refX={9}
              refY={5}
              markerWidth={11}
              markerHeight={11}
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0,1L10,5L0,9z" />
            </marker>
          ))}
        </defs>
        <rect className="mapv-background" width="100%" height="100%" />
        <g ref={sceneRef}>
          {overview ? (
            <g className="mapv-overview" aria-hidden="true">
              <path className="mapv-ov-link mapv-link-pro" d={overview.arrows.pro} />
              <path className="mapv-ov-link mapv-link-con" d={overview.arrows.con} />
              <path className="mapv-ov-box mapv-ov-pro" d={overview.boxes.pro} />
              <path className="mapv-ov-box mapv-ov-con" d={overview.boxes.con} />
              <path className="mapv-ov-box mapv-ov-motion" d={overview.boxes.motion} />
              {selectedNode && (
                <rect
                  className="mapv-ov-selected"
                  x={selectedNode.x - 8}
                  y={selectedNode.y - 8}
                  width={selectedNode.width + 16}
                  height={selectedNode.height + 16}
                />
              )}
            </g>
          ) : (
            <g className="mapv-links" aria-hidden="true">
              {drawn.links.map((l) => (
                <path
                  key={l.fromId}
                  className={`mapv-link mapv-link-${l.stance}`}
                  d={l.d}
                  markerEnd={l.headed ? `url(#${idPrefix}-arrow-${l.stance})` : undefined}
                />
              ))}
            </g>
          )}
          <g className="mapv-nodes">
            {drawn.detailed && drawn.nodes.map(renderNode)}
            {pinned.map(renderNode)}
          </g>
        </g>
      </svg>
    </div>
  )
}
