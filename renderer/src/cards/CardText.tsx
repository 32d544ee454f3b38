import { forwardRef } from 'react'
import { markedRuns } from '../../../shared/brief/runs'
import type { Quote } from '../../../shared/model/source'

/**
 * The exact card text, with the marks the debater set for reading aloud: underlined,
 * highlighted (in its colour), stressed, and shrunk (kept but not read).
 */
export const CardText = forwardRef<HTMLQuoteElement, { quote: Pick<Quote, 'text' | 'highlights'> & { paraphrase?: boolean } }>(function CardText({ quote }, ref) {
  // A paraphrase is the author's words, so it is not set as a quotation.
  return (
    <blockquote className={quote.paraphrase ? 'card-text paraphrase' : 'card-text'} ref={ref}>
      {markedRuns(quote.text, quote.highlights).map((run, i) => {
        let node: React.ReactNode = run.text
        if (run.emphasis) node = <strong className="emphasis">{node}</strong>
        if (run.underline) node = <u>{node}</u>
        // The colour is one of Word's names (letters only), so it is safe as a class.
        if (run.highlight) node = <mark className={run.color ? `hl-${run.color}` : undefined}>{node}</mark>
        if (run.shrunk) node = <small className="shrunk">{node}</small>
        return <span key={i}>{node}</span>
      })}
    </blockquote>
  )
})
