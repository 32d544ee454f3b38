import type { Quote } from '../model/source'

/** A stretch of card text with the marks that cover all of it. Joined, the runs are the card text exactly. */
export interface TextRun {
  text: string
  underline: boolean
  highlight: boolean
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
  const edges: Array<{ at: number; kind: Highlight['kind']; delta: 1 | -1 }> = []
  for (const mark of highlights) {
    const start = clamp(mark.start)
    const end = clamp(mark.end)
    if (end <= start) continue
    edges.push({ at: start, kind: mark.kind, delta: 1 }, { at: end, kind: mark.kind, delta: -1 })
  }
  edges.sort((a, b) => a.at - b.at)
  const runs: TextRun[] = []
  // Emphasis and shrunk text are counted but not yet written (the Verbatim brief will use them).
  const open = { underline: 0, highlight: 0, emphasis: 0, shrunk: 0 }
  let from = 0
  const push = (to: number) => {
    if (to <= from) return
    const run = { text: text.slice(from, to), underline: open.underline > 0, highlight: open.highlight > 0 }
    const last = runs.at(-1)
    // Neighbours with the same marks are one run, so renderers write fewer elements.
    if (last && last.underline === run.underline && last.highlight === run.highlight) last.text += run.text
    else runs.push(run)
    from = to
  }
  for (const edge of edges) {
    push(edge.at)
    open[edge.kind] += edge.delta
  }
  push(text.length)
  return runs
}
