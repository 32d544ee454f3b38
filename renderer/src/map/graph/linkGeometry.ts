import type { Stance } from '../../../../shared/model/claim'
import type { MapNode } from './layout'

/** An arrow ready to draw: its path, clipped to the drawn region, and whether its head is in it. */
export interface DrawnLink {
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
 * drawn region's left and right edges: its x runs monotonically from end to end, so the
 * clipped part is one sub-curve.
 */
export function linkGeometry(from: MapNode, to: MapNode, count: number, r: { x0: number; x1: number }): { d: string; headed: boolean } {
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
