import { useEffect, useState } from 'react'
import type { Quote, Source } from '../../../shared/model/source'
import { invoke } from '../api/client'

export interface CardLibrary {
  quotes: Quote[]
  sources: ReadonlyMap<string, Source>
}

/**
 * Every card and source, loaded once for a motion's view (not once per selected claim, which
 * made moving through the outline slow). Cards are cut elsewhere, and the view reloads on return.
 */
export function useCardLibrary(report: (error: unknown) => void): CardLibrary {
  const [library, setLibrary] = useState<CardLibrary>({ quotes: [], sources: new Map() })
  useEffect(() => {
    let current = true
    Promise.all([invoke('quote.list', {}), invoke('source.list', {})]).then(([quotes, sources]) => {
      if (current) setLibrary({ quotes, sources: new Map(sources.map((s) => [s.source.id, s.source])) })
    }, report)
    return () => {
      current = false
    }
  }, [report])
  return library
}
