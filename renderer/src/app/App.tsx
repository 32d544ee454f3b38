import { useCallback, useEffect, useState } from 'react'
import type { MotionSummary, Notice } from '../../../shared/contract'
import { invoke } from '../api/client'
import { EmptyLibrary } from '../library/EmptyLibrary'
import { NewMotionForm } from '../library/NewMotionForm'
import { Sidebar } from '../library/Sidebar'
import { MotionView } from '../map/MotionView'
import { ErrorReporter, useReportError } from './errors'
import { Notices } from './Notices'

export function App() {
  return (
    <ErrorReporter>
      <Shell />
    </ErrorReporter>
  )
}

function Shell() {
  const report = useReportError()
  const [motions, setMotions] = useState<MotionSummary[] | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const [status, setStatus] = useState<{ dataDir: string; notices: Notice[] } | null>(null)

  const showMotions = useCallback((list: MotionSummary[]) => {
    setMotions(list)
    // Keep the open motion if it still exists; otherwise open the newest.
    setSelectedId((current) => (current && list.some((m) => m.id === current) ? current : (list[0]?.id ?? null)))
  }, [])

  const refreshMotions = useCallback(() => {
    invoke('motion.list', {}).then(showMotions, report)
  }, [showMotions, report])

  useEffect(() => {
    invoke('motion.list', {}).then(showMotions, report)
    invoke('app.status', {}).then(setStatus, report)
  }, [showMotions, report])

  const onCreated = (id: string) => {
    setCreating(false)
    setSelectedId(id)
    refreshMotions()
  }

  let main
  if (motions === null) main = <p className="loading">Opening your library…</p>
  else if (creating) main = <NewMotionForm onCreated={onCreated} onCancel={() => setCreating(false)} />
  else if (selectedId === null) main = <EmptyLibrary onNewMotion={() => setCreating(true)} />
  else main = <MotionView key={selectedId} motionId={selectedId} onChanged={refreshMotions} />

  return (
    <div className="app">
      <Sidebar
        motions={motions ?? []}
        selectedId={creating ? null : selectedId}
        dataDir={status?.dataDir ?? ''}
        onSelect={(id) => {
          setCreating(false)
          setSelectedId(id)
        }}
        onNewMotion={() => setCreating(true)}
      />
      <main className="main">
        <Notices notices={status?.notices ?? []} />
        {main}
      </main>
    </div>
  )
}
