import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boundsOf, fitView, keepInView, MIN_READABLE_SCALE, type ViewTransform } from '../../../renderer/src/map/graph/fit'
import { layoutMap, type MapNode } from '../../../renderer/src/map/graph/layout'
import type { Size } from '../../../renderer/src/map/graph/culling'
import { claimsAnswering, testMotion } from '../../support/generate'

const motion = testMotion()

/** A map whose claim i answers claim parents[i] (an index below i), or the motion when that is -1. */
const mapOf = (parents: readonly number[]): MapNode[] => layoutMap(motion, claimsAnswering(motion.id, parents)).nodes

const trees = fc.integer({ min: 0, max: 60 }).chain((count) =>
  fc.tuple(...Array.from({ length: count }, (_, i) => fc.integer({ min: -1, max: i - 1 })))
)
const sizes = fc.record({ w: fc.integer({ min: 400, max: 1900 }), h: fc.integer({ min: 320, max: 1200 }) })

/** The box's rectangle on screen under the view. */
function onScreen(n: MapNode, t: ViewTransform) {
  return { left: t.x + t.k * n.x, top: t.y + t.k * n.y, right: t.x + t.k * (n.x + n.width), bottom: t.y + t.k * (n.y + n.height) }
}
const inside = (n: MapNode, t: ViewTransform, size: Size) => {
  const r = onScreen(n, t)
  return r.left >= -0.5 && r.top >= -0.5 && r.right <= size.w + 0.5 && r.bottom <= size.h + 0.5
}

describe('fitting the map to the screen', () => {
  it('never draws the map too small to read, and always shows a contention, with the motion above when they fit', () => {
    fc.assert(
      fc.property(trees, sizes, (parents, size) => {
        const nodes = mapOf(parents)
        const t = fitView(nodes, size)
        expect(t.k).toBeGreaterThanOrEqual(MIN_READABLE_SCALE)
        expect(t.k).toBeLessThanOrEqual(1)
        const contentions = nodes.filter((n) => n.depth === 1)
        if (contentions.length === 0) {
          expect(inside(nodes[0]!, t, size)).toBe(true)
          return
        }
        expect(contentions.some((n) => inside(n, t, size))).toBe(true)
        // The motion's box too, unless it sits too far from every contention to show beside one.
        const root = nodes[0]!
        const nearestGap = Math.min(...contentions.map((n) => Math.max(n.x + n.width, root.x + root.width) - Math.min(n.x, root.x)))
        if (nearestGap * MIN_READABLE_SCALE <= size.w - 64) expect(inside(root, t, size)).toBe(true)
      })
    )
  })

  it('shows the whole map, centred, whenever it can be read that way', () => {
    fc.assert(
      fc.property(trees, sizes, (parents, size) => {
        const nodes = mapOf(parents)
        const t = fitView(nodes, size)
        const all = boundsOf(nodes)
        const whole = Math.min((size.w - 64) / (all.maxX - all.minX), (size.h - 64) / (all.maxY - all.minY), 1)
        fc.pre(whole >= MIN_READABLE_SCALE)
        expect(nodes.every((n) => inside(n, t, size))).toBe(true)
        expect(t.x + t.k * (all.minX + all.maxX) / 2).toBeCloseTo(size.w / 2)
        expect(t.y + t.k * (all.minY + all.maxY) / 2).toBeCloseTo(size.h / 2)
      })
    )
  })

  it('fits a 35-claim map by its top levels at a readable size, the motion at the top', () => {
    // Seven contentions, each answered four times, each answer answered once: too wide to read whole.
    const parents: number[] = []
    for (let c = 0; c < 7; c++) parents.push(-1)
    for (let c = 0; c < 7; c++) for (let r = 0; r < 2; r++) parents.push(c)
    for (let r = 7; r < 21; r++) parents.push(r)
    const nodes = mapOf(parents)
    expect(nodes).toHaveLength(36)
    const size = { w: 900, h: 560 }
    const t = fitView(nodes, size)
    expect(t.k).toBeGreaterThanOrEqual(MIN_READABLE_SCALE)
    const root = onScreen(nodes[0]!, t)
    expect(inside(nodes[0]!, t, size)).toBe(true)
    expect(root.top).toBeLessThanOrEqual(size.h / 3)
  })
})

describe('keeping the map on screen', () => {
  const transforms = fc.record({ x: fc.double({ min: -20_000, max: 20_000, noNaN: true }), y: fc.double({ min: -20_000, max: 20_000, noNaN: true }), k: fc.double({ min: 0.05, max: 2.5, noNaN: true }) })

  it('leaves part of the map in the canvas however far a gesture goes, and a view in bounds alone', () => {
    fc.assert(
      fc.property(trees, sizes, transforms, (parents, size, t) => {
        const bounds = boundsOf(mapOf(parents))
        const kept = keepInView(t, bounds, size)
        expect(kept.k).toBe(t.k)
        // The map's rectangle on screen overlaps the canvas.
        expect(kept.x + kept.k * bounds.maxX).toBeGreaterThan(0)
        expect(kept.x + kept.k * bounds.minX).toBeLessThan(size.w)
        expect(kept.y + kept.k * bounds.maxY).toBeGreaterThan(0)
        expect(kept.y + kept.k * bounds.minY).toBeLessThan(size.h)
        expect(keepInView(kept, bounds, size)).toBe(kept)
      })
    )
  })
})
