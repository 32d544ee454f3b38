import { useMemo } from 'react'
import type { MotionSummary } from '../../../../shared/contract'
import type { Claim } from '../../../../shared/model/claim'
import type { CardReview } from '../../../../shared/model/practice'
import type { Quote, Source } from '../../../../shared/model/source'
import { useQuery, useQueryEach } from '../../data/hooks'

export interface EvidenceData {
  quotes: Quote[]
  sources: Source[]
  reviews: CardReview[]
  claims: Claim[]
}

/** Everything an evidence drill asks about: the cards, their sources, their schedules, and the claims they back. */
export function useEvidenceData(motions: readonly MotionSummary[]): EvidenceData | null {
  const quotes = useQuery('quote.list', {}).data
  const sources = useQuery('source.list', {}).data
  const reviews = useQuery('review.list', {}).data
  const inputs = useMemo(() => motions.map((m) => ({ motionId: m.id })), [motions])
  const maps = useQueryEach('motion.get', inputs).data
  return useMemo(
    () =>
      quotes && sources && reviews && maps
        ? { quotes, sources: sources.map((s) => s.source), reviews, claims: maps.flatMap((m) => m.claims) }
        : null,
    [quotes, sources, reviews, maps]
  )
}
