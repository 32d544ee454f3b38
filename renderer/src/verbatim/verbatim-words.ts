/**
 * What the Verbatim import says, in words: the file's structure for the preview, and what an
 * import added for the status line the user lands on. Pure, over the operations' answers.
 */
import type { OutputOf } from '../../../shared/contract'
import type { VerbatimTarget } from '../../../shared/verbatim/summary'

type Imported = OutputOf<'verbatim.import'>

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** "a, b and c". */
export function listed(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** The two places a file can go, as the dialog offers them. */
export const TARGETS: ReadonlyArray<{ value: VerbatimTarget; label: string; hint: string }> = [
  { value: 'motion', label: 'A new motion: blocks and tags as claims', hint: 'Each heading that has tags under it becomes a contention, each tag a claim beneath it with its card linked as evidence; analytics become claims too.' },
  { value: 'cards', label: 'Card library only: cards with their tags', hint: 'Each card keeps its tag, with the file’s headings above it (“1AC > Harms”) in its note; analytics go in the notes of the cards beside them.' }
]

/** Where a card-library import puts the file's analytics, said before importing. */
export const ANALYTICS_IN_CARDS = (count: number): string =>
  `The ${plural(count, 'analytic')} (tags with no card text) ${count === 1 ? 'goes' : 'go'} in card notes, as “Analytic: …”: each in the note of the next card under its heading, or of the card before it when none follows.`

/** The sentence the user reads where the import took them. */
export function importedSentence(fileName: string, { motion, summary }: Imported): string {
  const { added, alreadyHad, skipped } = summary
  // What the import is for (claims, or cards) is always said; sources only when some were new.
  const parts = [...(motion ? [plural(added.claims, 'claim')] : []), plural(added.cards, 'card'), ...(added.sources > 0 ? [plural(added.sources, 'source')] : [])]
  const had = alreadyHad.cards + alreadyHad.sources > 0 ? ` Already in your library, and used again: ${listed([plural(alreadyHad.cards, 'card'), plural(alreadyHad.sources, 'source')])}.` : ''
  const left = skipped.length === 0 ? '' : ` Left out: ${skipped.length <= 3 ? skipped.map((s) => `${s.entry} (${s.reason})`).join('; ') : plural(skipped.length, 'entry', 'entries')}.`
  const where = motion ? `as the motion “${motion.title}”` : 'into the card library'
  return `Imported ${fileName} ${where}: ${listed(parts)} added.${had}${left}`
}
