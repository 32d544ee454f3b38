/**
 * A unit's text cut at the marks laid on it (search matches, the current match, the words a card
 * was cut from), so the reader shows each piece once with every mark that covers it. Pieces join
 * back to the text exactly: the reader never changes a character.
 */
export type TextMarkKind = 'match' | 'current' | 'cut-from'

export interface TextMark {
  start: number
  end: number
  kind: TextMarkKind
}

export interface TextSegment {
  text: string
  start: number
  kinds: TextMarkKind[]
}

export function segmentsOf(text: string, marks: readonly TextMark[]): TextSegment[] {
  const inside = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)) }))
    .filter((m) => m.end > m.start)
  if (inside.length === 0) return [{ text, start: 0, kinds: [] }]
  const cuts = [...new Set([0, text.length, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b)
  const segments: TextSegment[] = []
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number
    const end = cuts[i + 1] as number
    const kinds = inside.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind)
    segments.push({ text: text.slice(start, end), start, kinds: [...new Set(kinds)] })
  }
  return segments
}
