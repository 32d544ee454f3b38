import { hierarchy, tree } from 'd3-hierarchy'
import type { Claim, Stance } from '../../../../shared/model/claim'
import type { Motion } from '../../../../shared/model/motion'

/** Every box on the map has the same size, so the layout never needs to measure text. */
export const NODE_WIDTH = 224
export const NODE_HEIGHT = 84
/** Space between neighbouring boxes in a row, and between a row and the next (room for arrows). */
export const GAP_X = 28
export const GAP_Y = 72

export interface MapNode {
  /** The claim's id, or the motion's id for the root. */
  id: string
  kind: 'motion' | 'claim'
  claim?: Claim
  /** The id of the box this one answers (the motion for a contention); null for the root. */
  parentId: string | null
  /** 0 for the motion, 1 for contentions, 2 for their responses, ... */
  depth: number
  /** Position among its siblings, left to right (0 for the root). */
  index: number
  /** Top-left corner of the box, in map units (one unit is one CSS pixel at zoom 1). */
  x: number
  y: number
  width: number
  height: number
}

/** An arrow from a response (or contention) to what it answers. */
export interface MapLink {
  /** The child: the claim that responds. */
  fromId: string
  /** The parent: the claim (or the motion) it responds to. */
  toId: string
  stance: Stance
}

export interface MapBounds {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

export interface MapLayout {
  /** Pre-order (a parent before its children; siblings left to right): the motion first. */
  nodes: MapNode[]
  links: MapLink[]
  /** The smallest rectangle holding every box. */
  bounds: MapBounds
  byId: ReadonlyMap<string, MapNode>
  /** Ids of each box's children, left to right. */
  childrenOf: ReadonlyMap<string, readonly string[]>
}

interface Datum {
  id: string
  claim: Claim | null
  children: Datum[]
}

const bySiblingOrder = (a: Datum, b: Datum): number => {
  const ca = a.claim as Claim
  const cb = b.claim as Claim
  return ca.order - cb.order || (ca.id < cb.id ? -1 : ca.id > cb.id ? 1 : 0)
}

/**
 * Lays out a motion's claims top-down: the motion at the top, its contentions in the row
 * beneath, each response beneath what it answers; siblings left to right by `order`.
 *
 * Pure and iterative (no recursion), so a chain 20,000 deep lays out as well as a bushy map.
 * Claims whose parent is missing, or that sit in a cycle, are placed under the motion so
 * every claim is drawn exactly once.
 */
export function layoutMap(motion: Motion, claims: readonly Claim[]): MapLayout {
  const root: Datum = { id: motion.id, claim: null, children: [] }
  const datums = new Map<string, Datum>()
  for (const claim of claims) {
    if (!datums.has(claim.id) && claim.id !== motion.id) datums.set(claim.id, { id: claim.id, claim, children: [] })
  }
  const parentOf = new Map<string, Datum>()
  for (const datum of datums.values()) {
    const parentId = (datum.claim as Claim).parentId
    const parent = parentId === null ? root : (datums.get(parentId) ?? root)
    parent.children.push(datum)
    parentOf.set(datum.id, parent)
  }

  // Anything not reachable from the motion sits in a cycle: cut it loose under the motion.
  const reached = new Set<string>()
  const reach = (from: Datum) => {
    const stack = [from]
    while (stack.length > 0) {
      const next = stack.pop() as Datum
      if (reached.has(next.id)) continue
      reached.add(next.id)
      for (const child of next.children) stack.push(child)
    }
  }
  reach(root)
  for (const datum of datums.values()) {
    if (reached.has(datum.id)) continue
    const parent = parentOf.get(datum.id) as Datum
    parent.children = parent.children.filter((c) => c !== datum)
    root.children.push(datum)
    reach(datum)
  }

  for (const datum of [root, ...datums.values()]) datum.children.sort(bySiblingOrder)

  const laidOut = tree<Datum>()
    .nodeSize([NODE_WIDTH + GAP_X, NODE_HEIGHT + GAP_Y])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(hierarchy(root, (d) => d.children))

  const nodes: MapNode[] = []
  const links: MapLink[] = []
  const byId = new Map<string, MapNode>()
  const childrenOf = new Map<string, string[]>()
  const bounds: MapBounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }
  const indexOf = new Map<Datum, number>()
  for (const datum of [root, ...datums.values()]) datum.children.forEach((child, i) => indexOf.set(child, i))
  laidOut.eachBefore((point) => {
    const { claim } = point.data
    const parentId = point.parent ? point.parent.data.id : null
    const node: MapNode = {
      id: point.data.id,
      kind: claim ? 'claim' : 'motion',
      ...(claim ? { claim } : {}),
      parentId,
      depth: point.depth,
      index: indexOf.get(point.data) ?? 0,
      x: point.x - NODE_WIDTH / 2,
      y: point.y,
      width: NODE_WIDTH,
      height: NODE_HEIGHT
    }
    nodes.push(node)
    byId.set(node.id, node)
    childrenOf.set(node.id, point.children ? point.children.map((c) => c.data.id) : [])
    if (claim && parentId !== null) links.push({ fromId: node.id, toId: parentId, stance: claim.stance })
    bounds.minX = Math.min(bounds.minX, node.x)
    bounds.minY = Math.min(bounds.minY, node.y)
    bounds.maxX = Math.max(bounds.maxX, node.x + node.width)
    bounds.maxY = Math.max(bounds.maxY, node.y + node.height)
  })
  return { nodes, links, bounds, byId, childrenOf }
}
