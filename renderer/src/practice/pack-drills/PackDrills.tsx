import { useEffect, useState } from 'react'
import type { OutputOf } from '../../../../shared/contract'
import { invoke } from '../../api/client'
import { useReportError } from '../../app/errors'
import { DrillCard } from './DrillCard'

/** The drills that came with packs (such as the starter pack's credibility drill), each with its prompt. */
export function PackDrills() {
  const report = useReportError()
  const [drills, setDrills] = useState<OutputOf<'drill.list'> | null>(null)
  useEffect(() => {
    invoke('drill.list', {}).then(setDrills, report)
  }, [report])
  if (drills === null) return <p className="loading">Loading drills…</p>
  if (drills.length === 0) {
    return <p className="muted drill-empty">No pack drills yet. Drills come with teachers’ packs, such as the starter pack.</p>
  }
  return (
    <div className="pack-drills">
      {drills.map((entry) => (
        <DrillCard key={entry.drill.id} entry={entry} />
      ))}
    </div>
  )
}
