/**
 * Paragraph units for every kind but PDF: one unit per paragraph, id "para-N", label "¶ N",
 * with the nearest heading above it. A heading names the units beneath it (the reader builds its
 * contents from them); a heading with no paragraph beneath it (two headings in a row, a heading
 * at the end) is a unit of its own, its text the heading's, so nothing a reader sees is lost.
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
  // The heading read last, until a paragraph comes under it.
  let bare: string | undefined
  const add = (text: string): void => {
    const n = units.length + 1
    units.push({ id: `para-${n}`, label: `¶ ${n}`, ...(heading ? { heading } : {}), text })
  }
  for (const block of blocks) {
    if (!block.text.trim()) continue
    if (block.heading) {
      if (bare !== undefined) pieces(bare).forEach(add)
      heading = headingLabel(block.text)
      bare = block.text
      continue
    }
    bare = undefined
    pieces(block.text).forEach(add)
  }
  if (bare !== undefined) pieces(bare).forEach(add)
  return units
}

/**
 * The blocks less an opening heading that states the document's title ("# Title", Word's Title
 * style): the reader shows that as the source's title, so it is not repeated as a heading over the
 * text. A document that is nothing but its title keeps it.
 */
export function withoutOpeningTitle<T extends TextBlock>(blocks: T[], title: string | undefined): T[] {
  const opening = blocks.findIndex((block) => block.text.trim() !== '')
  const first = blocks[opening]
  if (!first?.heading || title === undefined || headingLabel(first.text) !== headingLabel(title)) return blocks
  const rest = blocks.slice(opening + 1)
  return rest.some((block) => block.text.trim() !== '') ? rest : blocks
}

/** Whether a unit is a heading with no paragraph beneath it (its text is its heading's). */
export function isHeadingUnit(unit: { heading?: string; text: string }): boolean {
  return unit.heading !== undefined && headingLabel(unit.text) === unit.heading
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
