import { forwardRef } from 'react'
import type { Quote } from '../../../shared/model/source'
import { markedPieces } from './card-marks'

/** The exact card text, with the underlined and highlighted ranges the debater marked for reading aloud. */
export const CardText = forwardRef<HTMLQuoteElement, { quote: Pick<Quote, 'text' | 'highlights'> }>(function CardText({ quote }, ref) {
  return (
    <blockquote className="card-text" ref={ref}>
      {markedPieces(quote.text, quote.highlights).map((piece, i) => {
        let node: React.ReactNode = piece.text
        if (piece.underline) node = <u>{node}</u>
        if (piece.highlight) node = <mark>{node}</mark>
        return <span key={i}>{node}</span>
      })}
    </blockquote>
  )
})
