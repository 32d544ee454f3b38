import type { Quote } from '../../../shared/model/source'

type Highlight = Quote['highlights'][number]

export interface MarkedPiece {
  text: string
  underline: boolean
  highlight: boolean
  /** The highlight's colour by Word's name ("cyan"); null for the default yellow or no highlight. */
  color: string | null
  emphasis: boolean
  shrunk: boolean
}

/** The card text cut at every mark boundary, each piece with the marks that cover it. */
export function markedPieces(text: string, highlights: readonly Highlight[]): MarkedPiece[] {
  const cuts = new Set([0, text.length])
  for (const h of highlights) {
    cuts.add(Math.min(h.start, text.length))
    cuts.add(Math.min(h.end, text.length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: MarkedPiece[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    if (end <= start) continue
    const covering = highlights.filter((h) => h.start <= start && h.end >= end)
    const highlight = covering.find((h) => h.kind === 'highlight')
    pieces.push({
      text: text.slice(start, end),
      underline: covering.some((h) => h.kind === 'underline'),
      highlight: highlight !== undefined,
      color: highlight?.color && highlight.color !== 'yellow' ? highlight.color : null,
      emphasis: covering.some((h) => h.kind === 'emphasis'),
      shrunk: covering.some((h) => h.kind === 'shrunk')
    })
  }
  return pieces
}
