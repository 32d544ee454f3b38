/**
 * Reading marks from a run's formatting, as Verbatim users make them: underlined words are
 * read aloud, emphasised words stressed (Verbatim's Emphasis style, or bold underlined text,
 * or a box), highlighted words in a colour (w:highlight, or a shading fill), and small text
 * left unread "shrunk" (under 10 pt, or a Shrink style).
 */
import type { Quote } from '../model/source'
import type { RunFormat } from './styles'

export type Mark = Quote['highlights'][number]

/** Word's highlight colours, by the names w:highlight uses. */
const WORD_HIGHLIGHTS: ReadonlyArray<[string, number, number, number]> = [
  ['yellow', 255, 255, 0],
  ['green', 0, 255, 0],
  ['cyan', 0, 255, 255],
  ['magenta', 255, 0, 255],
  ['blue', 0, 0, 255],
  ['red', 255, 0, 0],
  ['darkBlue', 0, 0, 128],
  ['darkCyan', 0, 128, 128],
  ['darkGreen', 0, 128, 0],
  ['darkMagenta', 128, 0, 128],
  ['darkRed', 128, 0, 0],
  ['darkYellow', 128, 128, 0],
  ['darkGray', 128, 128, 128],
  ['lightGray', 192, 192, 192],
  ['black', 0, 0, 0]
]

/** Below this size (half-points: 20 is 10 pt) text no mark covers counts as shrunk. */
export const SHRUNK_BELOW = 20

/** The nearest Word highlight name to a hex fill ("FFFF00" → "yellow"); null for auto, white or unreadable. */
export function highlightNameForFill(fill: string): string | null {
  if (!/^[0-9a-fA-F]{6}$/.test(fill) || /^f{6}$/i.test(fill)) return null
  const r = parseInt(fill.slice(0, 2), 16)
  const g = parseInt(fill.slice(2, 4), 16)
  const b = parseInt(fill.slice(4, 6), 16)
  let best = 'yellow'
  let bestDistance = Infinity
  for (const [name, R, G, B] of WORD_HIGHLIGHTS) {
    const distance = (r - R) ** 2 + (g - G) ** 2 + (b - B) ** 2
    if (distance < bestDistance) {
      best = name
      bestDistance = distance
    }
  }
  return best
}

export interface RunMarks {
  underline: boolean
  emphasis: boolean
  /** The highlight colour, or null. */
  highlight: string | null
  shrunk: boolean
}

/**
 * The marks on one run. `effective` is the formatting after every layer; `direct` only what the
 * run itself sets (bold set directly on underlined text is Verbatim's old way of emphasis; a
 * heading's character style that happens to be bold is not); `styleNames` the run style's chain.
 */
export function runMarks(effective: RunFormat, direct: RunFormat, styleNames: readonly string[]): RunMarks {
  const named = (pattern: RegExp): boolean => styleNames.some((name) => pattern.test(name))
  // A link's underline is Word showing a link, not a reader's mark.
  const linkOnly = named(/hyperlink/i) && direct.underline !== true
  const underlined = effective.underline === true && !linkOnly
  const emphasis = named(/emphasis/i) || (underlined && (direct.bold === true || effective.border === true))
  const underline = underlined
  let highlight: string | null = null
  if (effective.highlight && effective.highlight !== 'none') highlight = effective.highlight
  else if (effective.shading) highlight = highlightNameForFill(effective.shading)
  if (highlight !== null && !/^[a-zA-Z]{1,20}$/.test(highlight)) highlight = 'yellow'
  const shrunk = named(/shrink/i) || (!underline && !emphasis && effective.size !== undefined && effective.size < SHRUNK_BELOW)
  return { underline, emphasis, highlight, shrunk }
}

/** Adds a run's marks over [start, end), joining a mark to the one just before it when they meet. */
export function addRunMarks(marks: Mark[], open: Map<string, Mark>, start: number, end: number, run: RunMarks): void {
  const wanted: Mark[] = []
  if (run.underline) wanted.push({ start, end, kind: 'underline' })
  if (run.emphasis) wanted.push({ start, end, kind: 'emphasis' })
  if (run.highlight) wanted.push({ start, end, kind: 'highlight', ...(run.highlight === 'yellow' ? {} : { color: run.highlight }) })
  if (run.shrunk) wanted.push({ start, end, kind: 'shrunk' })
  for (const mark of wanted) {
    const key = `${mark.kind}:${mark.color ?? ''}`
    const previous = open.get(key)
    if (previous && previous.end === start) {
      previous.end = end
    } else {
      marks.push(mark)
      open.set(key, mark)
    }
  }
}
