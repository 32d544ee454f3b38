import { useMemo } from 'react'
import type { WeakReason } from '../../../shared/analysis/weak-spots'
import { invoke } from '../api/client'
import type { CardLibrary } from '../cards/useCardLibrary'
import type { ClaimActions } from './ClaimNode'
import type { MotionEditor } from './editor/useMotionEditor'
import { SideColumn } from './SideColumn'

interface ColumnsViewProps {
  editor: MotionEditor
  selectedId: string | null
  onSelect(id: string): void
  weak: ReadonlyMap<string, readonly WeakReason[]>
  cards: CardLibrary
}

/** Past this many claims the columns stop drawing deep responses: thousands of nested forms would freeze the window. */
const LARGE_MAP = 1500

/** The case as a debater lays it out on paper: the side for on the left, against on the right, responses beneath. */
export function ColumnsView({ editor, selectedId, onSelect, weak, cards }: ColumnsViewProps) {
  const { motion, index } = editor
  // Inline forms show a failure under their field, so these throw it rather than report it.
  const editOrThrow = (label: string, run: Parameters<MotionEditor['edit']>[1]) =>
    editor.edit(label, run, { rethrow: true }).then(() => undefined)
  const actions: ClaimActions = useMemo(
    () => ({
      respond: (parent, stance, title) =>
        editOrThrow(`Added “${title}”`, () => invoke('claim.add', { motionId: motion.id, parentId: parent.id, stance, title })),
      rename: (claim, title) => editOrThrow(`Renamed “${claim.title}”`, () => invoke('claim.edit', { claimId: claim.id, title })),
      remove: (claim) => editor.edit(`Deleted “${claim.title}”`, () => invoke('claim.delete', { claimId: claim.id })).then(() => undefined)
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, motion.id]
  )
  const large = editor.claims.length > LARGE_MAP
  return (
    <div className="columns-view">
      {large && (
        <p className="notice small" role="status">
          This map has {editor.claims.length.toLocaleString()} claims, so the columns show contentions and their direct
          responses only. The Outline shows everything.
        </p>
      )}
    <div className="sides">
      {(['pro', 'con'] as const).map((stance) => (
        <SideColumn
          key={stance}
          stance={stance}
          sideLabels={motion.sideLabels}
          contentions={index.children(null).filter((c) => c.stance === stance)}
          index={index}
          actions={actions}
          selectedId={selectedId}
          onSelect={onSelect}
          weak={weak}
          maxDepth={large ? 1 : Infinity}
          cards={cards}
          onAdd={(title) =>
            editOrThrow(`Added “${title}”`, () => invoke('claim.add', { motionId: motion.id, parentId: null, stance, title }))
          }
        />
      ))}
    </div>
    </div>
  )
}
