/**
 * Find inside a source's text, as a reader's search box does: every place the words occur, in
 * reading order, ignoring case, with any run of spaces or line breaks matching any other (a PDF
 * line break sits where the reader typed a space).
 */
export interface TextMatch {
  unitId: string
  /** The match's place in its unit's text, so it can be marked exactly. */
  start: number
  end: number
}

/** More matches than this are not worth stepping through; the count says "at least". */
export const MAX_MATCHES = 5000

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function findInUnits(units: ReadonlyArray<{ id: string; text: string }>, query: string, limit = MAX_MATCHES): TextMatch[] {
  const words = query.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const pattern = new RegExp(words.map(escape).join('\\s+'), 'giu')
  const matches: TextMatch[] = []
  for (const unit of units) {
    pattern.lastIndex = 0
    for (const found of unit.text.matchAll(pattern)) {
      matches.push({ unitId: unit.id, start: found.index, end: found.index + found[0].length })
      if (matches.length >= limit) return matches
    }
  }
  return matches
}
