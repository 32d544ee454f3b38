import { Fragment, Suspense, useEffect, useMemo, useState } from 'react'
import { useQuery } from '../data/hooks'
import type { RestoreResult } from '../backups/RestoreBackup'
import { EmptyLibrary } from '../library/EmptyLibrary'
import { Sidebar } from '../library/Sidebar'
import { MotionView, type MapViewKind } from '../map/MotionView'
import type { SearchHit } from '../search/SearchDialog'
import type { SourceTarget } from '../sources/SourcesView'
import { ErrorReporter } from '../kit/errors'
import { NavigationContext, type Navigation, type Page } from '../kit/navigation'
import { Notices } from './Notices'
import { Said } from './Said'
import { NewMotionForm, PacksView, PracticeView, RestoreBackup, SearchDialog, SourcesView } from './screens'


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
  const [chosenId, setSelectedId] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const [showArchived, setShowArchived] = useState(false)
  const motions = useQuery('motion.list', { includeArchived: showArchived }, { keepPrevious: true }).data ?? null
  const status = useQuery('app.status', {}).data
  // The motion chosen while it is in the list; otherwise (deleted, archived, not chosen yet) the newest.
  const selectedId = motions && chosenId && motions.some((m) => m.id === chosenId) ? chosenId : (motions?.[0]?.id ?? null)
  const [page, setPage] = useState<Page>(() => pageOfHash(window.location.hash) ?? 'motions')
  // Bumped for each pack opened while the page is shown, so the Packs screen asks for it afresh.
  const [packsOpened, setPacksOpened] = useState(0)
  const [restored, setRestored] = useState<RestoreResult | null>(null)
  // Bumped when the whole library is replaced, so every view starts afresh (an edit's undo history, a form half filled).
  const [libraryVersion, setLibraryVersion] = useState(0)
  const [searching, setSearching] = useState(false)
  const [focusClaimId, setFocusClaimId] = useState<string | null>(null)
  const [openSource, setOpenSource] = useState<SourceTarget | null>(null)
  // What an action that took the user somewhere did (an import), said above the screen until they move on.
  const [said, setSaid] = useState<string | null>(null)

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
      openMotion: (motionId, said) => {
        setCreating(false)
        setFocusClaimId(null)
        setPage('motions')
        setSelectedId(motionId)
        setSaid(said ?? null)
      },
      openClaim: (motionId, claimId) => {
        setSaid(null)
        setCreating(false)
        setPage('motions')
        setSelectedId(motionId)
        setFocusClaimId(claimId)
      },
      openSource: (sourceId, unitId, quoteId) => {
        setSaid(null)
        setCreating(false)
        setPage('sources')
        setOpenSource((last) => ({ sourceId, unitId, quoteId: quoteId ?? null, request: (last?.request ?? 0) + 1 }))
      },
      openCards: (cards, from, said) => {
        setCreating(false)
        setPage('sources')
        setSaid(said)
        const first = cards[0]
        if (!first) return
        const only = { from, sourceIds: [...new Set(cards.map((c) => c.sourceId))] }
        setOpenSource((last) => ({ sourceId: first.sourceId, unitId: null, quoteId: first.id, request: (last?.request ?? 0) + 1, only }))
      }
    }),
    []
  )
  const { openMotion } = navigation
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
  }

  const onCreated = (id: string) => {
    setCreating(false)
    setSelectedId(id)
  }

  let main
  if (page === 'backups') main = <RestoreBackup restored={restored} onRestored={onRestored} />
  else if (page === 'sources') main = <SourcesView open={openSource} />
  else if (page === 'packs') main = <PacksView key={packsOpened} />
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
      />
    )

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app">
        <Sidebar
          motions={motions ?? []}
          selectedId={creating || page !== 'motions' ? null : selectedId}
          dataDir={status?.dataDir ?? ''}
          onSelect={(motionId) => openMotion(motionId)}
          page={page}
          onOpenPage={(next) => {
            setSaid(null)
            setOpenSource(null)
            setCreating(false)
            setRestored(null)
            setPage(next)
          }}
          onSearch={() => setSearching(true)}
          onNewMotion={() => {
            setSaid(null)
            setPage('motions')
            setCreating(true)
          }}
          showArchived={showArchived}
          onShowArchived={setShowArchived}
        />
        <main className="main">
          <Notices notices={status?.notices ?? []} />
          <Said said={said} onDismiss={() => setSaid(null)} />
          <Suspense fallback={<p className="loading">Opening…</p>}>
            <Fragment key={libraryVersion}>{main}</Fragment>
          </Suspense>
        </main>
        <Suspense fallback={null}>{searching && <SearchDialog onOpen={openHit} onClose={() => setSearching(false)} />}</Suspense>
      </div>
    </NavigationContext.Provider>
  )
}
