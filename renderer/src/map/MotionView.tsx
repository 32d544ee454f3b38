import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { findClaims } from '../../../shared/analysis/find'
import { findWeakSpots } from '../../../shared/analysis/weak-spots'
import { useReportError } from '../kit/errors'
import { useCardLibrary } from '../cards/useCardLibrary'
import { useMotionEditor } from './editor/useMotionEditor'
import { FindBar } from './FindBar'
import { MotionHeader } from './MotionHeader'
import { OutlineView } from './outline/OutlineView'
import type { Draft } from './outline/rows'
import { WeakSpotsPanel } from './WeakSpotsPanel'
import './map.css'

// The columns and the drawn map (d3) load when first shown; the outline is the first screen.
const ColumnsView = lazy(() => import('./ColumnsView').then((m) => ({ default: m.ColumnsView })))
// The claim panel (with its cards and citations) is not shown until a claim is selected: it loads
// just after the map first shows, so selecting a claim finds it ready.
const loadClaimPanel = () => import('./ClaimPanel').then((m) => ({ default: m.ClaimPanel }))
const ClaimPanel = lazy(loadClaimPanel)
const MapView = lazy(() => import('./graph/MapView').then((m) => ({ default: m.MapView })))

export type MapViewKind = 'outline' | 'columns' | 'map'
const VIEWS: Array<[MapViewKind, string]> = [
  ['outline', 'Outline'],
  ['columns', 'Columns'],
  ['map', 'Map']
]

interface MotionViewProps {
  motionId: string
  /** A claim to select on opening (from search). */
  focusClaimId?: string | null
  view: MapViewKind
  onViewChange(view: MapViewKind): void
}

/** A motion's case: its header, the map in the chosen view, and a side panel for the selected claim or the weak spots. */
export function MotionView({ motionId, focusClaimId = null, view, onViewChange }: MotionViewProps) {
  const report = useReportError()
  const editor = useMotionEditor(motionId, report)
  const [selectedId, setSelectedId] = useState<string | null>(focusClaimId)
  const [lastFocus, setLastFocus] = useState(focusClaimId)
  if (focusClaimId !== lastFocus) {
    setLastFocus(focusClaimId)
    if (focusClaimId) setSelectedId(focusClaimId)
  }
  const [panel, setPanel] = useState<'claim' | 'weak'>('claim')
  const [query, setQuery] = useState('')
  const [draft, setDraft] = useState<Draft | null>(null)
  const findRef = useRef<HTMLInputElement>(null)
  const panelClaimId = useDeferredValue(selectedId)
  const cards = useCardLibrary()

  const claims = editor?.claims
  const weak = useMemo(() => findWeakSpots(claims ?? []), [claims])

  const found = useMemo(() => (query.trim() ? findClaims(claims ?? [], query) : null), [claims, query])
  const matchSet = useMemo(() => new Set(found?.matches ?? []), [found])

  // Ctrl/Cmd+F finds; Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z undo and redo from any view, outside text fields
  // (bound here only, for the outline, the columns and the map alike).
  const undo = editor?.undo
  const redo = editor?.redo
  useEffect(() => {
    void loadClaimPanel()
  }, [])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (!mod || event.defaultPrevented) return
      const key = event.key.toLowerCase()
      if (key === 'f') {
        event.preventDefault()
        findRef.current?.focus()
        findRef.current?.select()
        return
      }
      const target = event.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable]')) return
      if (key === 'z' && !event.shiftKey) undo?.()
      else if (key === 'y' || (key === 'z' && event.shiftKey)) redo?.()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])

  const select = useCallback((id: string | null) => {
    setSelectedId(id)
    if (id) setPanel('claim')
  }, [])

  if (!editor) return <p className="loading">Opening the motion…</p>
  const { motion } = editor
  // The panel follows the selection a moment later, so arrowing through the outline stays instant.
  const selected = panelClaimId ? editor.index.get(panelClaimId) : undefined
  const position = found && selectedId ? found.matches.indexOf(selectedId) : -1
  const stepMatch = (delta: 1 | -1) => {
    if (!found || found.matches.length === 0) return
    const next = position < 0 ? (delta === 1 ? 0 : found.matches.length - 1) : (position + delta + found.matches.length) % found.matches.length
    select(found.matches[next] as string)
  }
  const addContention = (stance: 'pro' | 'con') => {
    onViewChange('outline')
    setDraft({ parentId: null, index: editor.index.children(null).length, stance })
  }

  return (
    <article className="motion" aria-labelledby="motion-title">
      <MotionHeader
        motion={motion}
        claimCount={editor.claims.length}
        weak={weak}
        onMotionChanged={editor.updateMotion}
      />
      <div className="map-toolbar" role="toolbar" aria-label="Map">
        <div className="view-switch" role="tablist" aria-label="View">
          {VIEWS.map(([kind, label]) => (
            <button key={kind} type="button" role="tab" aria-selected={view === kind} onClick={() => onViewChange(kind)}>
              {label}
            </button>
          ))}
        </div>
        {/* Groups wrap whole, never one button alone on a line. */}
        <div className="toolbar-group" role="group" aria-label="Add a contention">
          <button type="button" onClick={() => addContention('pro')}>
            + {motion.sideLabels.pro} contention
          </button>
          <button type="button" onClick={() => addContention('con')}>
            + {motion.sideLabels.con} contention
          </button>
        </div>
        <span className="toolbar-gap" />
        <div className="toolbar-group" role="group" aria-label="Undo and redo">
          <button type="button" className="ghost" disabled={!editor.canUndo} title={editor.canUndo ? `Undo: ${editor.canUndo}` : 'Nothing to undo'} onClick={() => void editor.undo()}>
            Undo
          </button>
          <button type="button" className="ghost" disabled={!editor.canRedo} title={editor.canRedo ? `Redo: ${editor.canRedo}` : 'Nothing to redo'} onClick={() => void editor.redo()}>
            Redo
          </button>
        </div>
        <FindBar ref={findRef} query={query} onQuery={setQuery} position={position} count={found?.matches.length ?? 0} onStep={stepMatch} />
      </div>
      {editor.notice && (
        <div className={editor.notice.undo ? 'edit-notice' : 'edit-notice refused'} role="status">
          <span>{editor.notice.text}</span>
          {editor.notice.undo && (
            <button type="button" onClick={() => void editor.undo()}>
              Undo
            </button>
          )}
          <button type="button" className="ghost" aria-label="Dismiss" onClick={editor.dismissNotice}>
            ×
          </button>
        </div>
      )}
      <div className="map-body">
        <div className={`map-main view-${view}`}>
          {view === 'outline' && (
            <OutlineView
              editor={editor}
              selectedId={selectedId}
              onSelect={select}
              visible={found?.visible ?? null}
              matches={matchSet}
              weak={weak.byClaim}
              requestedDraft={draft}
              onDraftTaken={() => setDraft(null)}
            />
          )}
          {view === 'columns' && (
            <Suspense fallback={<p className="loading">Opening the columns…</p>}>
              <ColumnsView editor={editor} selectedId={selectedId} onSelect={select} weak={weak.byClaim} cards={cards} />
            </Suspense>
          )}
          {view === 'map' && (
            <Suspense fallback={<p className="loading">Drawing the map…</p>}>
              <MapView motion={motion} claims={editor.claims} selectedId={selectedId} onSelect={select} weak={weak.byClaim} />
            </Suspense>
          )}
        </div>
        <aside className="map-side" aria-label="Details">
          <div className="side-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={panel === 'claim'} onClick={() => setPanel('claim')}>
              Claim
            </button>
            <button type="button" role="tab" aria-selected={panel === 'weak'} onClick={() => setPanel('weak')}>
              Weak spots <span className="count">{weak.byClaim.size}</span>
            </button>
          </div>
          {panel === 'weak' ? (
            <WeakSpotsPanel weak={weak} index={editor.index} sideLabels={motion.sideLabels} onSelect={select} />
          ) : selected ? (
            <Suspense fallback={<p className="loading">Opening the claim…</p>}>
              <ClaimPanel claim={selected} editor={editor} sideLabels={motion.sideLabels} cards={cards} onSelect={select} />
            </Suspense>
          ) : (
            <p className="muted small">Select a claim to see and edit its warrant, tags, strength and notes.</p>
          )}
        </aside>
      </div>
      <div className="sr-only" aria-live="polite">
        {/* A notice in view speaks for itself. */}
        {editor.notice ? '' : editor.announcement}
      </div>
    </article>
  )
}
