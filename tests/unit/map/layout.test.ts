import { describe, expect, it } from 'vitest'
import { newClaim, type Claim, type Stance } from '../../../shared/model/claim'
import { layoutMap, type MapLayout, type MapNode } from '../../../renderer/src/map/graph/layout'
import { GENERATED_AT, generateLibrary, testMotion } from '../../support/generate'

const motion = testMotion()

function claim(id: string, parentId: string | null, stance: Stance, order: number): Claim {
  return newClaim({ id, motionId: motion.id, parentId, stance, title: `Claim ${id}`, body: '', order }, GENERATED_AT)
}

/** A small hand-written map, listed out of order on purpose. */
const small: Claim[] = [
  claim('c2', null, 'con', 2),
  claim('c0', null, 'pro', 0),
  claim('c1', null, 'pro', 1),
  claim('r01', 'c0', 'con', 1),
  claim('r00', 'c0', 'pro', 0),
  claim('r02', 'c0', 'con', 2),
  claim('r000', 'r00', 'con', 0),
  claim('r20', 'c2', 'con', 0)
]

/** A deterministic bushy tree: each claim gets 0-4 responses, by a fixed pseudo-random sequence. */
function bushy(count: number): Claim[] {
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const claims: Claim[] = []
  const childCount = new Map<string | null, number>()
  for (let i = 0; i < count; i++) {
    // Lean towards recent claims so the tree grows deep as well as wide.
    const parent = i < 4 ? null : claims[Math.floor(claims.length * Math.sqrt(random()))]
    const parentId = parent ? parent.id : null
    const order = childCount.get(parentId) ?? 0
    childCount.set(parentId, order + 1)
    claims.push(claim(`b${i}`, parentId, random() < 0.5 ? 'pro' : 'con', order))
  }
  // Shuffle the list so the layout cannot lean on input order.
  for (let i = claims.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[claims[i], claims[j]] = [claims[j], claims[i]]
  }
  return claims
}

function chain(length: number): Claim[] {
  return Array.from({ length }, (_, i) => claim(`k${i}`, i === 0 ? null : `k${i - 1}`, i % 2 === 0 ? 'pro' : 'con', 0))
}

function overlaps(a: MapNode, b: MapNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Every pair of boxes that overlap, checked pair by pair. */
function clashes(nodes: readonly MapNode[]): string[] {
  const found: string[] = []
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) if (overlaps(nodes[i], nodes[j])) found.push(`${nodes[i].id}/${nodes[j].id}`)
  }
  return found
}

/** Every property the map view relies on, checked on any layout. */
function checkLayout(layout: MapLayout, claims: readonly Claim[]) {
  // The root is the motion, first.
  expect(layout.nodes[0]).toMatchObject({ id: motion.id, kind: 'motion', parentId: null, depth: 0 })
  expect(layout.nodes[0].claim).toBeUndefined()

  // Every claim exactly once, plus the motion.
  expect(layout.nodes).toHaveLength(claims.length + 1)
  const ids = layout.nodes.map((n) => n.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const c of claims) {
    const node = layout.byId.get(c.id)
    expect(node?.kind).toBe('claim')
    expect(node?.claim).toBe(c)
  }

  // Links: one per claim, from it to its parent (the motion for contentions), with its stance.
  expect(layout.links).toHaveLength(claims.length)
  const linkFrom = new Map(layout.links.map((l) => [l.fromId, l]))
  for (const c of claims) {
    expect(linkFrom.get(c.id)).toEqual({ fromId: c.id, toId: c.parentId ?? motion.id, stance: c.stance })
  }

  // Each box sits below its parent's box.
  for (const c of claims) {
    const node = layout.byId.get(c.id) as MapNode
    const parent = layout.byId.get(c.parentId ?? motion.id) as MapNode
    expect(node.parentId).toBe(parent.id)
    expect(node.depth).toBe(parent.depth + 1)
    expect(node.y).toBeGreaterThanOrEqual(parent.y + parent.height)
  }

  // No two boxes overlap (every pair).
  const nodes = layout.nodes
  expect(clashes(nodes)).toEqual([])

  // Siblings left to right by order.
  const byParent = new Map<string, Claim[]>()
  for (const c of claims) {
    const key = c.parentId ?? motion.id
    byParent.set(key, [...(byParent.get(key) ?? []), c])
  }
  for (const [parentId, siblings] of byParent) {
    const expected = [...siblings].sort((a, b) => a.order - b.order).map((c) => c.id)
    const byX = [...siblings].sort((a, b) => (layout.byId.get(a.id) as MapNode).x - (layout.byId.get(b.id) as MapNode).x).map((c) => c.id)
    expect(byX).toEqual(expected)
    expect(layout.childrenOf.get(parentId)).toEqual(expected)
    expected.forEach((id, i) => expect(layout.byId.get(id)?.index).toBe(i))
  }

  // Bounds hold every box, tightly.
  const { bounds } = layout
  expect(bounds.minX).toBe(Math.min(...nodes.map((n) => n.x)))
  expect(bounds.minY).toBe(Math.min(...nodes.map((n) => n.y)))
  expect(bounds.maxX).toBe(Math.max(...nodes.map((n) => n.x + n.width)))
  expect(bounds.maxY).toBe(Math.max(...nodes.map((n) => n.y + n.height)))

  // Pre-order: every parent comes before its children.
  const position = new Map(ids.map((id, i) => [id, i]))
  for (const n of nodes) if (n.parentId !== null) expect(position.get(n.parentId)).toBeLessThan(position.get(n.id) as number)
}

describe('layoutMap', () => {
  it('lays out a motion with no claims as the motion alone', () => {
    const layout = layoutMap(motion, [])
    expect(layout.nodes).toHaveLength(1)
    expect(layout.links).toEqual([])
    const root = layout.nodes[0]
    expect(layout.bounds).toEqual({ minX: root.x, minY: root.y, maxX: root.x + root.width, maxY: root.y + root.height })
  })

  it('lays out a small hand-written map: top-down, siblings by order, arrows to parents', () => {
    const layout = layoutMap(motion, small)
    checkLayout(layout, small)
    expect(layout.childrenOf.get(motion.id)).toEqual(['c0', 'c1', 'c2'])
    expect(layout.childrenOf.get('c0')).toEqual(['r00', 'r01', 'r02'])
    expect(layout.byId.get('r000')?.depth).toBe(3)
    expect(layout.nodes.map((n) => n.id)).toEqual([motion.id, 'c0', 'r00', 'r000', 'r01', 'r02', 'c1', 'c2', 'r20'])
    expect(layout.links.find((l) => l.fromId === 'c2')).toEqual({ fromId: 'c2', toId: motion.id, stance: 'con' })
    expect(layout.links.find((l) => l.fromId === 'r01')).toEqual({ fromId: 'r01', toId: 'c0', stance: 'con' })
  })

  it('gives every box the same size', () => {
    const layout = layoutMap(motion, small)
    const sizes = new Set(layout.nodes.map((n) => `${n.width}x${n.height}`))
    expect(sizes.size).toBe(1)
    expect(layout.nodes[0].width).toBeGreaterThan(100)
  })

  it('lays out a generated tree of ~300 claims without overlaps', () => {
    const claims = bushy(300)
    const layout = layoutMap(motion, claims)
    checkLayout(layout, claims)
    expect(Math.max(...layout.nodes.map((n) => n.depth))).toBeGreaterThan(4)
  })

  it('lays out the shared generator’s library the same way', () => {
    const library = generateLibrary(300)
    const generated = library.motions[0]
    const layout = layoutMap(generated, library.claims)
    expect(layout.nodes[0].id).toBe(generated.id)
    expect(layout.nodes).toHaveLength(301)
    expect(clashes(layout.nodes)).toEqual([])
  })

  it('lays out a chain 200 deep, one box per row', () => {
    const claims = chain(200)
    const layout = layoutMap(motion, claims)
    checkLayout(layout, claims)
    expect(layout.byId.get('k199')?.depth).toBe(200)
  })

  it('lays out a chain 20,000 deep without running out of stack', () => {
    const claims = chain(20_000)
    const layout = layoutMap(motion, claims)
    expect(layout.nodes).toHaveLength(20_001)
    expect(layout.byId.get('k19999')?.depth).toBe(20_000)
  })

  // How fast is tests/bench/map-layout.bench.ts's to say (a timed assertion fails on a busy machine).
  it('lays out 20,000 generated claims, each once', () => {
    const library = generateLibrary(20_000)
    const layout = layoutMap(library.motions[0], library.claims)
    expect(layout.nodes).toHaveLength(20_001)
    expect(new Set(layout.nodes.map((n) => n.id)).size).toBe(20_001)
  })

  it('places claims with a missing parent, or in a cycle, under the motion instead of dropping them', () => {
    const claims = [claim('a', null, 'pro', 0), claim('lost', 'gone', 'con', 0), claim('x', 'y', 'pro', 0), claim('y', 'x', 'con', 0)]
    const layout = layoutMap(motion, claims)
    expect(layout.nodes).toHaveLength(5)
    expect(new Set(layout.nodes.map((n) => n.id)).size).toBe(5)
    expect(layout.byId.get('lost')?.parentId).toBe(motion.id)
    const x = layout.byId.get('x') as MapNode
    const y = layout.byId.get('y') as MapNode
    // One of the pair hangs from the motion, the other beneath it.
    expect([x.parentId, y.parentId].sort()).toEqual([motion.id, x.parentId === motion.id ? 'x' : 'y'].sort())
    expect(clashes(layout.nodes)).toEqual([])
  })
})
