import { forwardRef } from 'react'
import type { Quote } from '../../../shared/model/source'
import { markedPieces } from './card-marks'

/**
 * The exact card text, with the marks the debater made for reading aloud: underlined,
 * emphasised (bold, as Verbatim's Emphasis), highlighted in a colour, and shrunk (not read).
 */
export const CardText = forwardRef<HTMLQuoteElement, { quote: Pick<Quote, 'text' | 'highlights'> & { paraphrase?: boolean } }>(function CardText({ quote }, ref) {
  // A paraphrase is the author's words, so it is not set as a quotation.
  return (
    <blockquote className={quote.paraphrase ? 'card-text paraphrase' : 'card-text'} ref={ref}>
      {markedPieces(quote.text, quote.highlights).map((piece, i) => {
        let node: React.ReactNode = piece.text
        if (piece.underline) node = <u>{node}</u>
        if (piece.emphasis) node = <strong className="mark-emphasis">{node}</strong>
        if (piece.highlight) node = <mark data-color={piece.color ?? undefined}>{node}</mark>
        return <span key={i} className={piece.shrunk ? 'mark-shrunk' : undefined}>{node}</span>
      })}
    </blockquote>
  )
})
