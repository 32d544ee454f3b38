import { useMemo } from 'react'
import type { Quote, Source } from '../../../shared/model/source'
import { useQuery } from '../data/hooks'

export interface CardLibrary {
  quotes: Quote[]
  sources: ReadonlyMap<string, Source>
}

const NO_QUOTES: Quote[] = []

/**
 * Every card and source, read once for a motion's view (not once per selected claim, which
 * made moving through the outline slow) and refetched when a card or source changes anywhere.
 */
export function useCardLibrary(): CardLibrary {
  const quotes = useQuery('quote.list', {}).data ?? NO_QUOTES
  const sources = useQuery('source.list', {}).data
  return useMemo(() => ({ quotes, sources: new Map((sources ?? []).map((s) => [s.source.id, s.source])) }), [quotes, sources])
}
