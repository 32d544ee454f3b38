import { useMemo } from 'react'
import { sidesOf } from '../../../shared/analysis/sides'
import type { WeakReason } from '../../../shared/analysis/weak-spots'
import type { CardLibrary } from '../cards/useCardLibrary'
import type { ClaimActions } from './ClaimNode'
import { claimEditRefusal } from '../../../shared/operations/locks'
import { selectionAfterDelete } from './commands/delete-claim'
import type { MapCommand } from './commands/registry'
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
  const { run, claims } = editor
  const actions: ClaimActions = useMemo(() => {
    // Inline forms show a failure under their field, so these throw it rather than report it.
    const runOrThrow = (command: MapCommand) => run(command, { rethrow: true }).then(() => undefined)
    return {
      respond: (parent, stance, title) => runOrThrow({ name: 'add-claim', parentId: parent.id, stance, title }),
      rename: (claim, title) => runOrThrow({ name: 'rename-claim', claimId: claim.id, title }),
      remove: (claim) =>
        run((state) => {
          const next = selectionAfterDelete(state.claims, claim.id)
          if (next) onSelect(next)
          return { name: 'delete-claim', claimId: claim.id }
        }).then(() => undefined),
      refusal: (claim, edit) => claimEditRefusal(motion, claims, claim.id, edit)
    }
  }, [run, onSelect, motion, claims])
  const sides = useMemo(() => sidesOf(claims), [claims])
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
          sides={sides}
          onAdd={(title) => run({ name: 'add-claim', parentId: null, stance, title }, { rethrow: true }).then(() => undefined)}
        />
      ))}
    </div>
    </div>
  )
}
