import type { Quote } from '../model/source'

/** A stretch of card text with the marks that cover all of it. Joined, the runs are the card text exactly. */
export interface TextRun {
  text: string
  underline: boolean
  highlight: boolean
  /** Stressed words (Verbatim's Emphasis); absent when not. */
  emphasis?: true
  /** Kept but not read aloud (Verbatim's shrunk text); absent when not. */
  shrunk?: true
  /** The highlight's colour by Word's name when it is not the default yellow. */
  color?: string
}

type Highlight = Quote['highlights'][number]

/** True when `index` falls between the two halves of a surrogate pair, where no cut may go. */
function insidePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false
  const before = text.charCodeAt(index - 1)
  const after = text.charCodeAt(index)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/**
 * The card text cut wherever a mark starts or ends. Marks outside the text are clamped to it;
 * a mark edge inside a surrogate pair moves to the pair's start, so no run ever holds half a
 * character (which would become U+FFFD once written as UTF-8).
 */
export function markedRuns(text: string, highlights: readonly Highlight[]): TextRun[] {
  const clamp = (value: number) => {
    const at = Math.min(Math.max(value, 0), text.length)
    return insidePair(text, at) ? at - 1 : at
  }
  // Sweep the edges in order, counting how many marks of each kind are open.
  const edges: Array<{ at: number; kind: Highlight['kind']; delta: 1 | -1; color: string }> = []
  for (const mark of highlights) {
    const start = clamp(mark.start)
    const end = clamp(mark.end)
    if (end <= start) continue
    const color = mark.kind === 'highlight' ? normalColor(mark.color) : DEFAULT_HIGHLIGHT
    edges.push({ at: start, kind: mark.kind, delta: 1, color }, { at: end, kind: mark.kind, delta: -1, color })
  }
  // Ends before starts at the same place, so a highlight closing where another opens hands over its colour.
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta)
  const runs: TextRun[] = []
  const open = { underline: 0, highlight: 0, emphasis: 0, shrunk: 0 }
  // Colours of the open highlights, latest last: where highlights overlap, the newest shows.
  const colors: string[] = []
  let from = 0
  const push = (to: number) => {
    if (to <= from) return
    const run: TextRun = { text: text.slice(from, to), underline: open.underline > 0, highlight: open.highlight > 0 }
    if (open.emphasis > 0) run.emphasis = true
    if (open.shrunk > 0) run.shrunk = true
    const color = colors.at(-1)
    if (run.highlight && color && color !== DEFAULT_HIGHLIGHT) run.color = color
    const last = runs.at(-1)
    // Neighbours with the same marks are one run, so renderers write fewer elements.
    if (last && sameMarks(last, run)) last.text += run.text
    else runs.push(run)
    from = to
  }
  for (const edge of edges) {
    push(edge.at)
    open[edge.kind] += edge.delta
    if (edge.kind !== 'highlight') continue
    if (edge.delta > 0) colors.push(edge.color)
    else colors.splice(colors.lastIndexOf(edge.color), 1)
  }
  push(text.length)
  return runs
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.underline === b.underline && a.highlight === b.highlight && a.emphasis === b.emphasis && a.shrunk === b.shrunk && a.color === b.color
}

/**
 * Word's highlight colours (w:highlight's values): the only ones a highlight can take in Word,
 * so a brief, a paste and a Verbatim file agree on them.
 */
export const HIGHLIGHT_COLORS = [
  'yellow',
  'green',
  'cyan',
  'magenta',
  'blue',
  'red',
  'darkBlue',
  'darkCyan',
  'darkGreen',
  'darkMagenta',
  'darkRed',
  'darkYellow',
  'darkGray',
  'lightGray',
  'black'
] as const

export const DEFAULT_HIGHLIGHT = 'yellow'

/** A mark's colour as one of Word's names (any case); anything else is the default yellow. */
export function normalColor(color: string | undefined): string {
  const lower = (color ?? '').toLowerCase()
  return HIGHLIGHT_COLORS.find((name) => name.toLowerCase() === lower) ?? DEFAULT_HIGHLIGHT
}
