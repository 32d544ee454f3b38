/**
 * Where a Verbatim file's analytics go when only its cards come into the library: in the note of
 * the card they stand with, the next card under the same heading (an analytic usually sets up the
 * card after it), else the one before it there ("Extend the impact" closes a block), else the
 * nearest card after it in the file, else before. Pure.
 */
import { clip, oneLine } from '../interchange/text'
import type { SkippedEntry } from '../interchange/imported-motion'
import type { Quote } from '../model/source'
import type { VerbatimAnalytic, VerbatimCard, VerbatimFile } from './read'

/** An analytic as its card's note gives it: "Analytic: <tag>", then the words under it. */
export function analyticNote(analytic: VerbatimAnalytic): string {
  return [`Analytic: ${analytic.tag}`, analytic.note].filter(Boolean).join('\n')
}

/** Each card's analytics, in file order. */
export function analyticsByCard(file: VerbatimFile): Map<VerbatimCard, VerbatimAnalytic[]> {
  const groups = [file.loose, ...file.headings.map((h) => h.entries)]
  const entries = groups.flatMap((group, g) => group.map((entry) => ({ entry, g })))
  const placed = new Map<VerbatimCard, VerbatimAnalytic[]>()
  entries.forEach(({ entry, g }, i) => {
    if (entry.kind !== 'analytic') return
    const isCard = (e: { entry: (typeof entries)[number]['entry'] }) => e.entry.kind === 'card'
    const after = entries.slice(i + 1)
    const before = entries.slice(0, i)
    const target = after.find((e) => e.g === g && isCard(e)) ?? before.findLast((e) => e.g === g && isCard(e)) ?? after.find(isCard) ?? before.findLast(isCard)
    if (!target) return
    const card = target.entry as VerbatimCard
    placed.set(card, [...(placed.get(card) ?? []), entry])
  })
  return placed
}

/**
 * The analytics no card's note took: the file has no card, the card was skipped, or it was one
 * the library (or the file, under another tag) had already, whose note is left as it was.
 */
export function analyticsLeftOut(file: VerbatimFile, placed: Map<VerbatimCard, VerbatimAnalytic[]>, quoteOf: (card: VerbatimCard) => Quote | null): SkippedEntry[] {
  const kept = new Set([...placed.entries()].flatMap(([card, analytics]) => analytics.filter((a) => quoteOf(card)?.note.includes(analyticNote(a)))))
  return [...file.loose, ...file.headings.flatMap((h) => h.entries)]
    .filter((e): e is VerbatimAnalytic => e.kind === 'analytic' && !kept.has(e))
    .map((a) => ({ entry: `The analytic "${clip(oneLine(a.tag), 80)}"`, reason: placed.size === 0 ? 'the file has no card to keep it with' : 'its card\'s note could not take it (the card was skipped, was already in your library or the file, or its note is full)' }))
}
