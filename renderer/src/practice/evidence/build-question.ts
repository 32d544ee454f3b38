import type { Claim } from '../../../../shared/model/claim'
import type { Quote, Source } from '../../../../shared/model/source'
import { cardQuestion, sourceQuestion, type CardQuestion, type SourceQuestion } from '../../../../shared/practice/evidence-drill'
import type { Random } from '../../../../shared/practice/random'

export type Question = SourceQuestion | CardQuestion

/**
 * A question about one card: half the time, when the card backs a claim, "which card backs
 * this claim?"; otherwise "where is this quote from?". Falls back to the other kind when one
 * cannot be asked, and says why when neither can.
 */
export function questionFor(
  quote: Quote,
  quotes: readonly Quote[],
  sources: readonly Source[],
  claimsByQuote: ReadonlyMap<string, readonly Claim[]>,
  random: Random
): { ok: true; question: Question } | { ok: false; message: string } {
  const claims = claimsByQuote.get(quote.id) ?? []
  const asSource = () => sourceQuestion(quote, quotes, sources, random)
  const asClaim = () => {
    const claim = claims[Math.floor(random() * claims.length)]
    if (!claim) return null
    // This card is the answer; the claim's other cards are left out, since they would be right too.
    const others = quotes.filter((q) => q.id === quote.id || !claim.evidence.includes(q.id))
    return cardQuestion({ ...claim, evidence: [quote.id] }, others, random)
  }
  const attempts = claims.length > 0 && random() < 0.5 ? [asClaim, asSource] : [asSource, asClaim]
  let message = ''
  for (const attempt of attempts) {
    const result = attempt()
    if (result?.ok) return result
    if (result && !message) message = result.message
  }
  return { ok: false, message }
}

/** Claims by the cards they cite, for asking "which card backs this claim?". */
export function claimsByQuote(claims: readonly Claim[]): Map<string, Claim[]> {
  const map = new Map<string, Claim[]>()
  for (const claim of claims) {
    for (const id of claim.evidence) {
      const list = map.get(id) ?? []
      list.push(claim)
      map.set(id, list)
    }
  }
  return map
}
