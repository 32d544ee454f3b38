/**
 * Alterations of a quotation, marked as legal writing marks them: words left out become an
 * ellipsis ("…"), words added or changed stand in [brackets]. Everything else must be the
 * source's own words in the source's order, so a reader can trust every unmarked word.
 * Spacing is not part of the check (an edit may rejoin words across a line break).
 */
import { diffArrays } from 'diff'

/**
 * An ellipsis ("…", "..." or the Bluebook's ". . .") or a bracketed insertion; kept by split.
 * Insertions do not nest: "[^[\]]" keeps a text of many "[" with no "]" from being rescanned
 * from each one to its end.
 */
const MARKER = /(…|\. ?\. ?\.|\[[^[\]]*\])/
const isEllipsis = (marker: string | undefined) => marker !== undefined && !marker.startsWith('[')

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean)
/** Whether position `at` of `text` falls between words, not inside one. */
const atWordEdge = (text: string, at: number) => !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[at] ?? '')

/**
 * Whether `marked` is `original` changed only where it says so: the text between markers
 * appears in the original in order, nothing is skipped except where a marker stands, an
 * ellipsis leaves out whole words only (never "un…" for "unconstitutional"), some of the
 * source's own words remain, and the quotation starts and ends where the original does unless
 * a marker stands there. Next to a bracket a word may change in part: "[T]he".
 */
export function isMarkedAlteration(original: string, marked: string): boolean {
  const source = flat(original)
  // Literals at even places, the markers between them at odd places.
  const parts = flat(marked).split(MARKER)
  if (parts.length === 1) return parts[0] === source
  let position = 0
  let kept = false
  for (let i = 0; i < parts.length; i += 2) {
    const literal = (parts[i] as string).trim()
    if (literal === '') continue
    kept = true
    const before = parts[i - 1]
    const after = parts[i + 1]
    const fits = (at: number) =>
      (!isEllipsis(before) || atWordEdge(source, at)) && (!isEllipsis(after) || atWordEdge(source, at + literal.length))
    if (i === 0) {
      if (!source.startsWith(literal) || !fits(0)) return false
      position = literal.length
    } else if (i === parts.length - 1) {
      const at = source.length - literal.length
      if (!source.endsWith(literal) || at < position || !fits(at)) return false
    } else {
      let at = source.indexOf(literal, position)
      while (at >= 0 && !fits(at)) at = source.indexOf(literal, at + 1)
      if (at < 0) return false
      position = at + literal.length
    }
  }
  return kept
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
