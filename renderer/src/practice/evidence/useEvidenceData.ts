import { useEffect, useState } from 'react'
import type { MotionSummary } from '../../../../shared/contract'
import type { Claim } from '../../../../shared/model/claim'
import type { CardReview } from '../../../../shared/model/practice'
import type { Quote, Source } from '../../../../shared/model/source'
import { invoke } from '../../api/client'

export interface EvidenceData {
  quotes: Quote[]
  sources: Source[]
  reviews: CardReview[]
  claims: Claim[]
}

/** Everything an evidence drill asks about: the cards, their sources, their schedules, and the claims they back. */
export function useEvidenceData(motions: readonly MotionSummary[], report: (error: unknown) => void): EvidenceData | null {
  const [data, setData] = useState<EvidenceData | null>(null)
  const motionIds = motions.map((m) => m.id).join(' ')
  useEffect(() => {
    let current = true
    const ids = motionIds ? motionIds.split(' ') : []
    Promise.all([
      invoke('quote.list', {}),
      invoke('source.list', {}),
      invoke('review.list', {}),
      Promise.all(ids.map((motionId) => invoke('motion.get', { motionId })))
    ]).then(([quotes, sources, reviews, maps]) => {
      if (current) setData({ quotes, sources: sources.map((s) => s.source), reviews, claims: maps.flatMap((m) => m.claims) })
    }, report)
    return () => {
      current = false
    }
  }, [motionIds, report])
  return data
}
