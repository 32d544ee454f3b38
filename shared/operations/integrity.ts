import type { Library } from '../model/library'
import { isBundled } from './sources'
import { treeProblem } from './tree'

/**
 * The first way a library's items fail to fit together, which item shapes alone cannot show:
 * a repeated id, a claim of a motion that is not there, a motion's claims that are not a tree.
 */
export function libraryProblem(library: Library): string | null {
  for (const key of ['motions', 'claims', 'sources', 'quotes', 'packs', 'drills', 'practice', 'customFormats', 'flowSheets'] as const) {
    const ids = new Set<string>()
    for (const item of library[key]) {
      if (ids.has(item.id)) return `${key} holds the id "${item.id}" twice`
      ids.add(item.id)
    }
  }
  // A card has one review schedule: two would disagree about when it is due.
  const reviewed = new Set<string>()
  for (const review of library.cardReviews) {
    if (reviewed.has(review.quoteId)) return `cardReviews holds two schedules for the card "${review.quoteId}"`
    reviewed.add(review.quoteId)
  }
  const claimsByMotion = new Map<string, Library['claims']>(library.motions.map((m) => [m.id, []]))
  for (const claim of library.claims) {
    const list = claimsByMotion.get(claim.motionId)
    if (!list) return `claim "${claim.title}" belongs to a motion that is not there ("${claim.motionId}")`
    list.push(claim)
  }
  const sourceIds = new Set(library.sources.map((s) => s.id))
  for (const quote of library.quotes) {
    if (!sourceIds.has(quote.sourceId) && !isBundled(quote.sourceId)) {
      return `card "${quote.tag || quote.id}" quotes a source that is not there ("${quote.sourceId}")`
    }
  }
  for (const motion of library.motions) {
    const problem = treeProblem(claimsByMotion.get(motion.id) ?? [])
    if (problem) return `in motion "${motion.title}", ${problem}`
  }
  return null
}

/**
 * The library with evidence links to cards that are not there removed. Such a link says
 * nothing (the card is gone), so dropping it loses nothing; keeping it would break exports.
 */
export function withoutDanglingEvidence(library: Library): Library {
  const quoteIds = new Set(library.quotes.map((q) => q.id))
  if (library.claims.every((c) => c.evidence.every((id) => quoteIds.has(id)))) return library
  return {
    ...library,
    claims: library.claims.map((c) => (c.evidence.every((id) => quoteIds.has(id)) ? c : { ...c, evidence: c.evidence.filter((id) => quoteIds.has(id)) }))
  }
}
