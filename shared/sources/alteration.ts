/**
 * Alterations of a quotation, marked as legal writing marks them: words left out become an
 * ellipsis ("…"), words added or changed stand in [brackets]. Everything else must be the
 * source's own words in the source's order, so a reader can trust every unmarked word.
 * Spacing is not part of the check (an edit may rejoin words across a line break).
 */
import { diffArrays } from 'diff'

/** An ellipsis ("…", "..." or the Bluebook's ". . .") or a bracketed insertion. */
const MARKER = /…|\. ?\. ?\.|\[[^\]]*\]/

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean)

/**
 * Whether `marked` is `original` changed only where it says so: the text between markers
 * appears in the original in order, nothing is skipped except where a marker stands, and the
 * quotation starts and ends where the original does unless a marker stands there.
 */
export function isMarkedAlteration(original: string, marked: string): boolean {
  const source = flat(original)
  const literals = flat(marked).split(MARKER)
  if (literals.length === 1) return literals[0] === source
  let position = 0
  for (let i = 0; i < literals.length; i++) {
    const literal = (literals[i] as string).trim()
    if (literal === '') continue
    if (i === 0) {
      if (!source.startsWith(literal)) return false
      position = literal.length
    } else if (i === literals.length - 1) {
      if (!source.endsWith(literal) || source.length - literal.length < position) return false
    } else {
      const at = source.indexOf(literal, position)
      if (at < 0) return false
      position = at + literal.length
    }
  }
  return true
}

/**
 * Marks the differences between a quotation and an edit of it, word by word: dropped words
 * become "…", added or replaced words "[…]". An edit already marked (the user typed the
 * ellipses and brackets) is kept as it is.
 */
export function markAlteration(original: string, edited: string): string {
  if (isMarkedAlteration(original, edited)) return edited
  const out: string[] = []
  let dropped = false
  for (const part of diffArrays(wordsOf(original), wordsOf(edited))) {
    if (part.removed) dropped = true
    else if (part.added) {
      // Brackets inside an insertion would read as the end of it.
      out.push(`[${part.value.join(' ').replace(/[[\]]/g, '')}]`)
      dropped = false
    } else {
      if (dropped) out.push('…')
      out.push(...part.value)
      dropped = false
    }
  }
  if (dropped) out.push('…')
  return out.join(' ')
}
