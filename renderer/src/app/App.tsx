import { Fragment, useCallback, useEffect, useMemo, useState } from 'react'
import type { MotionSummary, Notice } from '../../../shared/contract'
import { invoke } from '../api/client'
import { RestoreBackup, type RestoreResult } from '../backups/RestoreBackup'
import { EmptyLibrary } from '../library/EmptyLibrary'
import { NewMotionForm } from '../library/NewMotionForm'
import { Sidebar } from '../library/Sidebar'
import { MotionView, type MapViewKind } from '../map/MotionView'
import { SearchDialog, type SearchHit } from '../search/SearchDialog'
import '../search/search.css'
import { PacksView } from '../packs/PacksView'
import { PracticeView } from '../practice/PracticeView'
import { SourcesView, type SourceTarget } from '../sources/SourcesView'
import { ErrorReporter, useReportError } from './errors'
import { NavigationContext, type Navigation } from './navigation'
import { Notices } from './Notices'

/** The app's places besides a motion's map, each opened from the sidebar ('backups' also from Help > Restore from Backup). */
export type Page = 'motions' | 'sources' | 'packs' | 'practice' | 'backups'

/** Help > Restore from Backup loads the page at #restore: the menu has no other way to speak to it. */
const RESTORE_HASH = '#restore'
/** A double-clicked .casebook pack: the app loads the page at #open-pack, and the Packs screen asks for the file (electron/main/open-pack.ts). */
const OPEN_PACK_HASH = '#open-pack'

function pageOfHash(hash: string): Page | null {
  if (hash === RESTORE_HASH) return 'backups'
  if (hash === OPEN_PACK_HASH) return 'packs'
  return null
}

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
  const [page, setPage] = useState<Page>(() => pageOfHash(window.location.hash) ?? 'motions')
  // Bumped for each pack opened while the page is shown, so the Packs screen asks for it afresh.
  const [packsOpened, setPacksOpened] = useState(0)
  const [restored, setRestored] = useState<RestoreResult | null>(null)
  // Bumped when the whole library is replaced, so every view reads it afresh.
  const [libraryVersion, setLibraryVersion] = useState(0)
  const [searching, setSearching] = useState(false)
  const [focusClaimId, setFocusClaimId] = useState<string | null>(null)
  const [openSource, setOpenSource] = useState<SourceTarget | null>(null)

  // Ctrl/Cmd+K searches everything, from anywhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setSearching(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const navigation: Navigation = useMemo(
    () => ({
      openClaim: (motionId, claimId) => {
        setCreating(false)
        setPage('motions')
        setSelectedId(motionId)
        setFocusClaimId(claimId)
      },
      openSource: (sourceId, unitId, quoteId) => {
        setCreating(false)
        setPage('sources')
        setOpenSource((last) => ({ sourceId, unitId, quoteId: quoteId ?? null, request: (last?.request ?? 0) + 1 }))
      }
    }),
    []
  )
  const openMotion = (motionId: string) => {
    setCreating(false)
    setFocusClaimId(null)
    setPage('motions')
    setSelectedId(motionId)
  }
  const openHit = (hit: SearchHit) => {
    setSearching(false)
    if (hit.kind === 'claim' && hit.motionId) navigation.openClaim(hit.motionId, hit.refId)
    // A card opens at the card; a clause at its place in the text.
    else if (hit.kind === 'quote' && hit.sourceId) navigation.openSource(hit.sourceId, null, hit.refId)
    else if (hit.sourceId) navigation.openSource(hit.sourceId, hit.unitId)
  }
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

  useEffect(() => {
    const onHash = () => {
      const target = pageOfHash(window.location.hash)
      if (!target) return
      setPage(target)
      if (target === 'packs') setPacksOpened((count) => count + 1)
      // Read once: a later reload opens the library as usual.
      history.replaceState(null, '', window.location.pathname + window.location.search)
    }
    onHash()
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  const onRestored = (result: RestoreResult) => {
    setRestored(result)
    setFocusClaimId(null)
    setLibraryVersion((v) => v + 1)
    refreshMotions()
  }

  const onCreated = (id: string) => {
    setCreating(false)
    setSelectedId(id)
    refreshMotions()
  }

  let main
  if (page === 'backups') main = <RestoreBackup restored={restored} onRestored={onRestored} />
  else if (page === 'sources') main = <SourcesView open={openSource} />
  else if (page === 'packs') main = <PacksView key={packsOpened} onLibraryChanged={refreshMotions} onOpenMotion={openMotion} />
  else if (page === 'practice') main = motions === null ? <p className="loading">Opening your library…</p> : <PracticeView motions={motions} />
  else if (motions === null) main = <p className="loading">Opening your library…</p>
  else if (creating) main = <NewMotionForm onCreated={onCreated} onCancel={() => setCreating(false)} />
  else if (selectedId === null) main = <EmptyLibrary onNewMotion={() => setCreating(true)} />
  else main = (
      <MotionView
        key={selectedId}
        motionId={selectedId}
        focusClaimId={focusClaimId}
        view={view}
        onViewChange={changeView}
        onLibraryChanged={refreshMotions}
      />
    )

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app">
        <Sidebar
          motions={motions ?? []}
          selectedId={creating || page !== 'motions' ? null : selectedId}
          dataDir={status?.dataDir ?? ''}
          onSelect={openMotion}
          page={page}
          onOpenPage={(next) => {
            setOpenSource(null)
            setCreating(false)
            setRestored(null)
            setPage(next)
          }}
          onSearch={() => setSearching(true)}
          onNewMotion={() => {
            setPage('motions')
            setCreating(true)
          }}
          showArchived={showArchived}
          onShowArchived={setShowArchived}
        />
        <main className="main">
          <Notices notices={status?.notices ?? []} />
          <Fragment key={libraryVersion}>{main}</Fragment>
        </main>
        {searching && <SearchDialog onOpen={openHit} onClose={() => setSearching(false)} />}
      </div>
    </NavigationContext.Provider>
  )
}
