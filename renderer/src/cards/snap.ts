/**
 * Where a pasted passage sits in its source's text, so the card can be cut from the source
 * (checkable, with its part as the pinpoint) rather than kept as pasted words: first the exact
 * text, then the same words with the spaces and line breaks between them as they fall in the
 * source (a paste from a PDF or a web page breaks lines where the source does not). Found
 * that way, the card's text is the source's, and its marks move onto the same words.
 */
import type { SourceUnit } from '../../../shared/model/source'
import type { CardMark } from './paste-marks'

export interface Snapped {
  unitId: string
  range: { start: number; end: number }
  /** The source's text at the range: the card's text. */
  text: string
  marks: CardMark[]
}

const SPACE = /\s/u

/** The text without its whitespace, and where each remaining character was. */
function squeezed(text: string): { chars: string; at: number[] } {
  let chars = ''
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (SPACE.test(ch)) continue
    chars += ch
    at.push(i)
  }
  return { chars, at }
}

/** The pasted text's place in the first unit holding it, exactly or up to whitespace; null when none does (or it is all space). */
export function snapToSource(units: readonly SourceUnit[], text: string, marks: readonly CardMark[]): Snapped | null {
  if (!text.trim()) return null
  for (const unit of units) {
    const start = unit.text.indexOf(text)
    if (start >= 0) return { unitId: unit.id, range: { start, end: start + text.length }, text, marks: [...marks] }
  }
  const pasted = squeezed(text)
  for (const unit of units) {
    const source = squeezed(unit.text)
    const from = source.chars.indexOf(pasted.chars)
    if (from < 0) continue
    const start = source.at[from] as number
    const end = (source.at[from + pasted.chars.length - 1] as number) + 1
    // A mark starts at its first non-space character's place in the source, and ends after its last one's.
    const placeStart = (offset: number): number => {
      const k = pasted.at.findIndex((i) => i >= offset)
      return k < 0 ? end - start : (source.at[from + k] as number) - start
    }
    const placeEnd = (offset: number): number => {
      const k = pasted.at.findLastIndex((i) => i < offset)
      return k < 0 ? 0 : (source.at[from + k] as number) + 1 - start
    }
    const moved = marks.map((m) => ({ ...m, start: placeStart(m.start), end: placeEnd(m.end) })).filter((m) => m.end > m.start)
    return { unitId: unit.id, range: { start, end }, text: unit.text.slice(start, end), marks: moved }
  }
  return null
}
