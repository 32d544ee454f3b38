import type { WeakReason } from '../../../shared/analysis/weak-spots'
import type { Claim, Stance } from '../../../shared/model/claim'
import type { SideLabels } from '../../../shared/model/motion'
import type { CardLibrary } from '../cards/useCardLibrary'
import type { ClaimIndex } from './claim-tree'
import { ClaimNode, type ClaimActions } from './ClaimNode'
import { TextForm } from './TextForm'

interface SideColumnProps {
  stance: Stance
  sideLabels: SideLabels
  contentions: Claim[]
  index: ClaimIndex
  actions: ClaimActions
  onAdd(title: string): Promise<void>
  selectedId: string | null
  onSelect(id: string): void
  weak: ReadonlyMap<string, readonly WeakReason[]>
  maxDepth: number
  cards: CardLibrary
  sides: ReadonlyMap<string, Stance>
}

const SIDE_HEADINGS: Record<Stance, string> = { pro: 'For the motion', con: 'Against the motion' }

/** One side of the case: its contentions, each with the responses beneath it. */
export function SideColumn({ stance, sideLabels, contentions, index, actions, onAdd, selectedId, onSelect, weak, maxDepth, cards, sides }: SideColumnProps) {
  const headingId = `side-${stance}`
  return (
    <section className={`side side-${stance}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className={`badge badge-${stance}`}>{sideLabels[stance]}</span> {SIDE_HEADINGS[stance]}
        <span className="count">{contentions.length}</span>
      </h2>
      {contentions.length === 0 ? (
        <p className="muted side-empty">
          No {stance === 'pro' ? 'contentions for' : 'contentions against'} the motion yet. Add the first one below.
        </p>
      ) : (
        <ul className="claims" aria-label={`${SIDE_HEADINGS[stance]}: contentions`}>
          {contentions.map((claim) => (
            <ClaimNode
              key={claim.id}
              claim={claim}
              index={index}
              sideLabels={sideLabels}
              actions={actions}
              selectedId={selectedId}
              onSelect={onSelect}
              weak={weak}
              depthLeft={maxDepth}
              cards={cards}
              sides={sides}
            />
          ))}
        </ul>
      )}
      <TextForm
        className="add-contention"
        label={`New ${sideLabels[stance]} contention`}
        placeholder={`Add a contention ${stance === 'pro' ? 'for' : 'against'} the motion…`}
        submitLabel="Add"
        onSubmit={onAdd}
      />
    </section>
  )
}
