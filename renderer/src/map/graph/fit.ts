import type { Size } from './culling'
import type { MapBounds, MapNode } from './layout'

/** A view of the map: a point (x, y) of the map is drawn at (t.x + t.k·x, t.y + t.k·y) on screen. */
export interface ViewTransform {
  x: number
  y: number
  k: number
}

/** Below this zoom a box's 13 px title is smaller than 9 px on screen: boxes, no longer words. */
export const MIN_READABLE_SCALE = 0.7
/** Fit never enlarges past the boxes' own size. */
const MAX_FIT_SCALE = 1
/** Kept between the fitted boxes and the edge of the canvas, in screen pixels. */
export const FIT_PADDING = 32

export function boundsOf(nodes: readonly MapNode[]): MapBounds {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const n of nodes) {
    minX = Math.min(minX, n.x)
    minY = Math.min(minY, n.y)
    maxX = Math.max(maxX, n.x + n.width)
    maxY = Math.max(maxY, n.y + n.height)
  }
  return nodes.length === 0 ? { minX: 0, minY: 0, maxX: 1, maxY: 1 } : { minX, minY, maxX, maxY }
}

/** The zoom at which `bounds` just fits the canvas (never above 1). */
export function scaleToFit(bounds: MapBounds, size: Size): number {
  const w = Math.max(1, bounds.maxX - bounds.minX)
  const h = Math.max(1, bounds.maxY - bounds.minY)
  const k = Math.min((size.w - 2 * FIT_PADDING) / w, (size.h - 2 * FIT_PADDING) / h, MAX_FIT_SCALE)
  return k > 0 ? k : MAX_FIT_SCALE
}

function centred(bounds: MapBounds, k: number, size: Size): ViewTransform {
  return {
    k,
    x: size.w / 2 - k * ((bounds.minX + bounds.maxX) / 2),
    y: size.h / 2 - k * ((bounds.minY + bounds.maxY) / 2)
  }
}

/**
 * "Fit": the whole map, centred, when it can be read at that size; otherwise the most levels
 * from the top (the motion, the contentions, their answers…) that can be, centred; and when not
 * even the motion and its contentions fit at a readable size, the smallest readable zoom with
 * the motion and a contention at the top, for the user to pan from.
 */
export function fitView(nodes: readonly MapNode[], size: Size): ViewTransform {
  const deepest = nodes.reduce((max, n) => Math.max(max, n.depth), 0)
  for (let depth = deepest; depth >= 1; depth--) {
    const bounds = boundsOf(nodes.filter((n) => n.depth <= depth))
    const k = scaleToFit(bounds, size)
    if (k >= MIN_READABLE_SCALE) return centred(bounds, k, size)
  }
  const top = nodes.filter((n) => n.depth <= 1)
  const bounds = boundsOf(top)
  const root = nodes.find((n) => n.depth === 0)
  if (deepest === 0 || !root) return centred(bounds, scaleToFit(bounds, size), size)
  // Too wide to read: the smallest readable zoom, the top at the top, across the motion and the
  // contention nearest below it (or that contention alone when even those two do not fit).
  const k = MIN_READABLE_SCALE
  const middle = (n: MapNode) => n.x + n.width / 2
  const nearest = top
    .filter((n) => n.depth === 1)
    .reduce((best, n) => (Math.abs(middle(n) - middle(root)) < Math.abs(middle(best) - middle(root)) ? n : best))
  const pair = boundsOf([root, nearest])
  const across = (pair.maxX - pair.minX) * k <= size.w - 2 * FIT_PADDING ? (pair.minX + pair.maxX) / 2 : middle(nearest)
  return { k, x: size.w / 2 - k * across, y: FIT_PADDING - k * bounds.minY }
}

/**
 * Keeps part of the map on screen whatever the gesture: the view may move past the map's edge
 * by at most the canvas less `keep` pixels, so a wheel or a drag over empty space never loses it.
 */
export function keepInView(t: ViewTransform, bounds: MapBounds, size: Size, keep = 96): ViewTransform {
  const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high)
  const keepX = Math.min(keep, size.w / 2)
  const keepY = Math.min(keep, size.h / 2)
  // The map's screen rectangle must reach `keep` pixels into the canvas from each side.
  const x = clamp(t.x, keepX - t.k * bounds.maxX, size.w - keepX - t.k * bounds.minX)
  const y = clamp(t.y, keepY - t.k * bounds.maxY, size.h - keepY - t.k * bounds.minY)
  return x === t.x && y === t.y ? t : { k: t.k, x, y }
}
