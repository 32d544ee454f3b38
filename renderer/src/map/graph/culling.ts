import type { ZoomTransform } from 'd3-zoom'
import type { MapLayout, MapNode } from './layout'
import { linkGeometry, type DrawnLink } from './linkGeometry'
import { overviewShowsArrows } from './overview'

/** The map's container, in screen pixels. */
export interface Size {
  w: number
  h: number
}

/** The part of the map (in map units) that is drawn: the viewport plus a margin, and the zoom it was taken at. */
export interface Region {
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
export const TEXT_MIN_SCALE = 0.25

function viewportOf(t: ZoomTransform, size: Size): Omit<Region, 'k'> {
  return { x0: -t.x / t.k, y0: -t.y / t.k, x1: (size.w - t.x) / t.k, y1: (size.h - t.y) / t.k }
}

/** A new region to draw, or null when the one drawn still covers the viewport at about this zoom. */
export function nextRegion(current: Region | null, t: ZoomTransform, size: Size): Region | null {
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

function linkInRegion(from: MapNode, to: MapNode, r: Region): boolean {
  const x1 = from.x + from.width / 2
  const x2 = to.x + to.width / 2
  return Math.min(x1, x2) < r.x1 && Math.max(x1, x2) > r.x0 && to.y + to.height < r.y1 && from.y > r.y0
}

/** What is drawn of the map: the boxes and arrows in the region, and whether boxes get an element each. */
export interface DrawnContent {
  /** False when there are too many boxes: they are drawn as overview paths instead. */
  detailed: boolean
  /** The zoom the region was taken at. */
  k: number
  nodes: MapNode[]
  links: DrawnLink[]
}

/** The boxes and arrows inside the region (nothing before the region is known). */
export function drawnContent(layout: MapLayout, region: Region | null): DrawnContent {
  if (!region) return { detailed: true, k: 1, nodes: [], links: [] }
  const nodes = layout.nodes.filter((n) => boxInRegion(n, region))
  const detailed = nodes.length <= MAX_DETAILED
  const links: DrawnLink[] = []
  // The overview leaves arrows out when rows nearly touch: then don't work them out either.
  if (detailed || overviewShowsArrows(region.k)) {
    for (const l of layout.links) {
      const from = layout.byId.get(l.fromId)
      const to = layout.byId.get(l.toId)
      if (!from || !to || !linkInRegion(from, to, region)) continue
      const count = layout.childrenOf.get(l.toId)?.length ?? 1
      links.push({ fromId: l.fromId, stance: l.stance, ...linkGeometry(from, to, count, region) })
    }
  }
  return { detailed, k: region.k, nodes, links }
}
