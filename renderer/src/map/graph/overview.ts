import type { Stance } from '../../../../shared/model/claim'
import { GAP_Y, type MapNode } from './layout'
import type { DrawnLink } from './linkGeometry'

/** Overview arrows are left out when rows are closer than this on screen (they would be a smudge). */
const MIN_ROW_GAP_PX = 6
/** Overview boxes in a row closer than this on screen are drawn as one bar. */
const MERGE_GAP_PX = 2

/** Whether the overview draws arrows at zoom `k`: only while the rows are far enough apart on screen. */
export const overviewShowsArrows = (k: number): boolean => GAP_Y * k >= MIN_ROW_GAP_PX

export interface OverviewPaths {
  boxes: Record<Stance | 'motion', string>
  arrows: Record<Stance, string>
}

/**
 * Zoomed far out on a big map: every box and arrow as a subpath of a few <path>s (one per
 * stance), boxes of a row that nearly touch on screen merged into one bar, arrows left out
 * when the rows nearly touch. The DOM is a handful of elements whatever the map's size.
 */
export function overviewPaths(nodes: readonly MapNode[], links: readonly DrawnLink[], k: number): OverviewPaths {
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
  if (overviewShowsArrows(k)) for (const l of links) arrows[l.stance].push(l.d)
  return {
    boxes: { pro: boxes.pro.join(''), con: boxes.con.join(''), motion: boxes.motion.join('') },
    arrows: { pro: arrows.pro.join(''), con: arrows.con.join('') }
  }
}
