import { useState } from 'react'
import { WEAK_REASON_LABELS, type WeakReason } from '../../../shared/analysis/weak-spots'
import type { ClaimEdit } from '../../../shared/operations/locks'
import type { Claim, Stance } from '../../../shared/model/claim'
import type { SideLabels } from '../../../shared/model/motion'
import { ConfirmBar } from '../kit/ConfirmBar'
import { CardView } from '../cards/CardView'
import type { CardLibrary } from '../cards/useCardLibrary'
import type { ClaimIndex } from './claim-tree'
import { StanceBadge } from './StanceBadge'
import { TextForm } from './TextForm'

export interface ClaimActions {
  respond(parent: Claim, stance: Stance, title: string): Promise<void>
  rename(claim: Claim, title: string): Promise<void>
  remove(claim: Claim): Promise<void>
  /** Why a lock refuses this change to the claim, or null. */
  refusal(claim: Claim, edit: ClaimEdit): string | null
}

interface ClaimNodeProps {
  claim: Claim
  index: ClaimIndex
  sideLabels: SideLabels
  actions: ClaimActions
  selectedId: string | null
  onSelect(id: string): void
  weak: ReadonlyMap<string, readonly WeakReason[]>
  /** Responses deeper than this are counted, not drawn (a very large map stays responsive). */
  depthLeft: number
  /** Every card, to show a claim's evidence beneath it. */
  cards: CardLibrary
  /** The side of the motion each claim argues (sidesOf): a claim is coloured by it, not by its column. */
  sides: ReadonlyMap<string, Stance>
}

type Mode = 'view' | 'rename' | 'respond' | 'confirm-delete'

/** One claim with its responses beneath it, and its own add/rename/delete controls. */
export function ClaimNode(props: ClaimNodeProps) {
  const { claim, index, sideLabels, actions, selectedId, onSelect, weak } = props
  const [mode, setMode] = useState<Mode>('view')
  const [responseStance, setResponseStance] = useState<Stance>('con')
  const [showCards, setShowCards] = useState(false)
  const responses = index.children(claim.id)
  const below = index.descendantCount(claim.id)
  const side = props.sides.get(claim.id) ?? claim.stance

  const onDelete = () => {
    if (below === 0) void actions.remove(claim)
    else setMode('confirm-delete')
  }

  return (
    <li className={`claim stance-${claim.stance}`} data-claim-id={claim.id}>
      <div className="claim-card">
        {mode === 'rename' ? (
          <TextForm
            label={`New tag for “${claim.title}”`}
            initial={claim.title}
            submitLabel="Save"
            autoFocus
            onSubmit={async (title) => {
              await actions.rename(claim, title)
              setMode('view')
            }}
            onCancel={() => setMode('view')}
          />
        ) : (
          <div className={`claim-line argues-${side}${claim.id === selectedId ? ' selected' : ''}`} onClick={() => onSelect(claim.id)}>
            <StanceBadge stance={claim.stance} topLevel={claim.parentId === null} sideLabels={sideLabels} side={side} />
            <span className="claim-title">{claim.title}</span>
            {claim.parentId !== null && <span className="sr-only">({sideLabels[side]} side)</span>}
            {weak.has(claim.id) && (
              <span className="weak-marker" title={weak.get(claim.id)!.map((w) => WEAK_REASON_LABELS[w]).join(', ')}>
                ⚠
              </span>
            )}
            {claim.evidence.length > 0 && (
              <button
                type="button"
                className="evidence-count"
                aria-expanded={showCards}
                aria-label={`${showCards ? 'Hide' : 'Show'} the ${claim.evidence.length} evidence ${claim.evidence.length === 1 ? 'card' : 'cards'} of “${claim.title}”`}
                onClick={(e) => {
                  e.stopPropagation()
                  setShowCards(!showCards)
                }}
              >
                {claim.evidence.length} {claim.evidence.length === 1 ? 'card' : 'cards'} {showCards ? '▾' : '▸'}
              </button>
            )}
            <span className="claim-tools">
              <button type="button" className="ghost" onClick={() => setMode('respond')} aria-label={`Respond to “${claim.title}”`}>
                Respond
              </button>
              {/* The same lock check as the outline's keys and menu: a locked claim offers only answers. */}
              {!actions.refusal(claim, 'rename') && (
                <button type="button" className="ghost" onClick={() => setMode('rename')} aria-label={`Rename “${claim.title}”`}>
                  Rename
                </button>
              )}
              {!actions.refusal(claim, 'delete') && (
                <button type="button" className="ghost danger" onClick={onDelete} aria-label={`Delete “${claim.title}”`}>
                  Delete
                </button>
              )}
            </span>
          </div>
        )}
        {showCards && (
          <div className="inline-cards">
            {claim.evidence.map((id) => {
              const quote = props.cards.quotes.find((q) => q.id === id)
              const source = quote ? props.cards.sources.get(quote.sourceId) : undefined
              return quote && source ? <CardView key={id} quote={quote} source={source} /> : null
            })}
          </div>
        )}
        {mode === 'confirm-delete' && (
          <ConfirmBar label="Confirm delete" confirmLabel="Delete all" onConfirm={() => void actions.remove(claim)} onCancel={() => setMode('view')}>
            Delete “{claim.title}” and the {below} {below === 1 ? 'response' : 'responses'} beneath it?
          </ConfirmBar>
        )}
      </div>
      {props.depthLeft <= 0 && responses.length > 0 && (
        <p className="muted small more-responses">
          {below} more {below === 1 ? 'response' : 'responses'} beneath: open the Outline to see them
        </p>
      )}
      {props.depthLeft > 0 && (responses.length > 0 || mode === 'respond') && (
        <ul className="responses">
          {responses.map((child) => (
            <ClaimNode key={child.id} {...props} claim={child} depthLeft={props.depthLeft - 1} />
          ))}
          {mode === 'respond' && (
            <li className="claim-new">
              <TextForm
                label={`Response to “${claim.title}”`}
                placeholder="Your response…"
                submitLabel="Add"
                autoFocus
                onSubmit={async (title) => {
                  await actions.respond(claim, responseStance, title)
                  setMode('view')
                }}
                onCancel={() => setMode('view')}
              >
                <select
                  aria-label="Stance of the response"
                  value={responseStance}
                  onChange={(e) => setResponseStance(e.target.value as Stance)}
                >
                  <option value="con">Attacks</option>
                  <option value="pro">Supports</option>
                </select>
              </TextForm>
            </li>
          )}
        </ul>
      )}
    </li>
  )
}
