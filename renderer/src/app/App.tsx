import { useCallback, useEffect, useState } from 'react'
import type { MotionSummary, Notice } from '../../../shared/contract'
import { invoke } from '../api/client'
import { EmptyLibrary } from '../library/EmptyLibrary'
import { NewMotionForm } from '../library/NewMotionForm'
import { Sidebar } from '../library/Sidebar'
import { MotionView, type MapViewKind } from '../map/MotionView'
import { SourcesView } from '../sources/SourcesView'
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
  const [showArchived, setShowArchived] = useState(false)
  const [page, setPage] = useState<'motions' | 'sources'>('motions')
  const [view, setView] = useState<MapViewKind>(() => (localStorage.getItem('casebook.view') as MapViewKind | null) ?? 'outline')
  const changeView = (next: MapViewKind) => {
    setView(next)
    localStorage.setItem('casebook.view', next)
  }

  const showMotions = useCallback((list: MotionSummary[]) => {
    setMotions(list)
    // Keep the open motion if it still exists; otherwise open the newest.
    setSelectedId((current) => (current && list.some((m) => m.id === current) ? current : (list[0]?.id ?? null)))
  }, [])

  const refreshMotions = useCallback(
    (selectId?: string) => {
      if (selectId) setSelectedId(selectId)
      invoke('motion.list', { includeArchived: showArchived }).then(showMotions, report)
    },
    [showMotions, report, showArchived]
  )

  useEffect(() => {
    invoke('motion.list', { includeArchived: showArchived }).then(showMotions, report)
  }, [showMotions, report, showArchived])

  useEffect(() => {
    invoke('app.status', {}).then(setStatus, report)
  }, [report])

  const onCreated = (id: string) => {
    setCreating(false)
    setSelectedId(id)
    refreshMotions()
  }

  let main
  if (page === 'sources') main = <SourcesView />
  else if (motions === null) main = <p className="loading">Opening your library…</p>
  else if (creating) main = <NewMotionForm onCreated={onCreated} onCancel={() => setCreating(false)} />
  else if (selectedId === null) main = <EmptyLibrary onNewMotion={() => setCreating(true)} />
  else main = <MotionView key={selectedId} motionId={selectedId} view={view} onViewChange={changeView} onLibraryChanged={refreshMotions} />

  return (
    <div className="app">
      <Sidebar
        motions={motions ?? []}
        selectedId={creating || page === 'sources' ? null : selectedId}
        dataDir={status?.dataDir ?? ''}
        onSelect={(id) => {
          setCreating(false)
          setPage('motions')
          setSelectedId(id)
        }}
        sourcesOpen={page === 'sources'}
        onOpenSources={() => setPage('sources')}
        onNewMotion={() => {
          setPage('motions')
          setCreating(true)
        }}
        showArchived={showArchived}
        onShowArchived={setShowArchived}
      />
      <main className="main">
        <Notices notices={status?.notices ?? []} />
        {main}
      </main>
    </div>
  )
}
