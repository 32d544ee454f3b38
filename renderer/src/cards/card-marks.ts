import type { Quote } from '../../../shared/model/source'

type Highlight = Quote['highlights'][number]

/** The card text cut at every mark boundary, each piece with the marks that cover it. */
export function markedPieces(text: string, highlights: readonly Highlight[]): Array<{ text: string; underline: boolean; highlight: boolean }> {
  const cuts = new Set([0, text.length])
  for (const h of highlights) {
    cuts.add(Math.min(h.start, text.length))
    cuts.add(Math.min(h.end, text.length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    if (end <= start) continue
    const covering = highlights.filter((h) => h.start <= start && h.end >= end)
    pieces.push({
      text: text.slice(start, end),
      underline: covering.some((h) => h.kind === 'underline'),
      highlight: covering.some((h) => h.kind === 'highlight')
    })
  }
  return pieces
}
