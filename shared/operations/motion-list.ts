import type { MotionSummary, ParsedInputOf } from '../contract'
import type { Library } from '../model/library'

/** Every motion with its claim counts, newest first. Apart and free of zod, so `casebook list motions` starts fast. */
export function listMotions(library: Pick<Library, 'motions' | 'claims'>, input: ParsedInputOf<'motion.list'>): MotionSummary[] {
  const counts = new Map<string, { pro: number; con: number; total: number }>()
  for (const claim of library.claims) {
    let entry = counts.get(claim.motionId)
    if (!entry) counts.set(claim.motionId, (entry = { pro: 0, con: 0, total: 0 }))
    entry.total += 1
    if (claim.parentId === null) entry[claim.stance] += 1
  }
  return library.motions
    .filter((m) => input.includeArchived || !m.archived)
    .map((m) => ({ ...m, claimCounts: counts.get(m.id) ?? { pro: 0, con: 0, total: 0 } }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title))
}
