import { useState } from 'react'
import type { Drill } from '../../../../shared/model/practice'
import { useMutation, useQuery } from '../../data/hooks'
import { useReportError } from '../../kit/errors'
import { DrillCard } from './DrillCard'
import { DrillForm } from './DrillForm'

/**
 * Drills with a prompt and a model answer: those that came with packs (such as the starter
 * pack's credibility drill), then the user's own, which a teacher can put in a pack.
 */
export function PackDrills() {
  const report = useReportError()
  const drills = useQuery('drill.list', {}).data ?? null
  const deleteDrill = useMutation('drill.delete')
  const [editing, setEditing] = useState<Drill | 'new' | null>(null)

  const done = () => setEditing(null)
  const remove = (drill: Drill) => void deleteDrill.mutateAsync({ drillId: drill.id }).then(done, report)

  if (drills === null) return <p className="loading">Loading drills…</p>
  return (
    <div className="pack-drills">
      <div className="actions">
        <button type="button" onClick={() => setEditing('new')}>
          Write a drill…
        </button>
      </div>
      {editing !== null && <DrillForm drill={editing === 'new' ? null : editing} onSaved={done} onCancel={() => setEditing(null)} />}
      {drills.length === 0 && (
        <p className="muted drill-empty">No drills yet. Drills come with teachers’ packs, such as the starter pack, or write your own.</p>
      )}
      {drills.map((entry) => (
        <DrillCard
          key={entry.drill.id}
          entry={entry}
          onEdit={entry.drill.origin.kind === 'local' ? () => setEditing(entry.drill) : undefined}
          onDelete={entry.drill.origin.kind === 'local' ? () => remove(entry.drill) : undefined}
        />
      ))}
    </div>
  )
}
