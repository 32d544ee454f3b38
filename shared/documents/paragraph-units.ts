/**
 * Paragraph units for every kind but PDF: one unit per paragraph, id "para-N", label "¶ N",
 * with the nearest heading above it. Headings themselves are not units: they name the units
 * beneath them (the reader builds its contents from them).
 */
import type { SourceUnit } from '../model/source'

/** A paragraph or a heading, its text exactly as the reader sees it. */
export interface TextBlock {
  text: string
  heading?: boolean
}

/** The longest text a unit holds (SourceUnitSchema); a longer paragraph continues in the next unit. */
export const MAX_UNIT_TEXT = 100_000
const MAX_HEADING = 300

export function paragraphUnits(blocks: Iterable<TextBlock>): SourceUnit[] {
  const units: SourceUnit[] = []
  let heading: string | undefined
  for (const block of blocks) {
    if (!block.text.trim()) continue
    if (block.heading) {
      heading = headingLabel(block.text)
      continue
    }
    for (const text of pieces(block.text)) {
      const n = units.length + 1
      units.push({ id: `para-${n}`, label: `¶ ${n}`, ...(heading ? { heading } : {}), text })
    }
  }
  return units
}

/** A heading as a label: on one line, and short enough to store (it is not quoted text). */
function headingLabel(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim()
  return line.length > MAX_HEADING ? `${line.slice(0, MAX_HEADING - 1)}…` : line
}

/** Splits a paragraph too long for one unit at a space, so no word is cut and no character lost. */
function pieces(text: string): string[] {
  const out: string[] = []
  let rest = text
  while (rest.length > MAX_UNIT_TEXT) {
    const space = rest.lastIndexOf(' ', MAX_UNIT_TEXT)
    const cut = space > MAX_UNIT_TEXT / 2 ? space + 1 : MAX_UNIT_TEXT
    out.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  out.push(rest)
  return out
}
