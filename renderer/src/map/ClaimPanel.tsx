import { useState, type KeyboardEvent } from 'react'
import type { Claim, SeeAlsoRelation, Stance } from '../../../shared/model/claim'
import type { SideLabels } from '../../../shared/model/motion'
import { claimIsLocked } from '../../../shared/operations/locks'
import type { MapCommand } from './commands/registry'
import { ClaimEvidence } from './ClaimEvidence'
import type { CardLibrary } from '../cards/useCardLibrary'
import type { MotionEditor } from './editor/useMotionEditor'
import { lengthNote } from '../../../shared/model/length-limit'
import { LengthNote } from '../kit/LengthNote'

/** The selected claim in full: tag, stance, warrant, tags, strength and notes, saved as the user leaves each field. */
export function ClaimPanel(props: {
  claim: Claim
  editor: MotionEditor
  sideLabels: SideLabels
  cards: CardLibrary
  onSelect?: (claimId: string) => void
}) {
  const { claim, editor, sideLabels, cards, onSelect } = props
  return (
    <>
      <ClaimFields key={claim.id} claim={claim} editor={editor} sideLabels={sideLabels} />
      {onSelect && <SeeAlso claim={claim} claims={editor.claims} onSelect={onSelect} />}
      <ClaimEvidence key={`evidence:${claim.id}`} claim={claim} editor={editor} cards={cards} />
    </>
  )
}

/** How this claim relates to a see-also claim, read before its title ("Attacks Phones carry bullying…"). */
const RELATION_WORDS: Record<SeeAlsoRelation, string> = {
  support: 'Supports',
  attack: 'Attacks',
  undercut: 'Undercuts',
  entails: 'Entails',
  contrary: 'Contrary to',
  contradictory: 'Contradicts'
}

/**
 * Claims this one points to outside the tree (an imported graph's extra relations), each a link
 * that selects it, led by the relation the file gave it (a Kialo "-> See" link has none).
 */
function SeeAlso({ claim, claims, onSelect }: { claim: Claim; claims: readonly Claim[]; onSelect: (claimId: string) => void }) {
  const linked = (claim.seeAlso ?? []).map((id) => claims.find((c) => c.id === id)).filter((c): c is Claim => c !== undefined)
  if (linked.length === 0) return null
  const relationOf = (id: string): SeeAlsoRelation | undefined =>
    claim.seeAlsoRelations && Object.hasOwn(claim.seeAlsoRelations, id) ? claim.seeAlsoRelations[id] : undefined
  return (
    <nav aria-label="See also" className="see-also">
      <h3>See also</h3>
      <ul>
        {linked.map((other) => {
          const relation = relationOf(other.id)
          return (
            <li key={other.id}>
              {relation ? `${RELATION_WORDS[relation]} ` : null}
              <a
                href={`#claim-${other.id}`}
                onClick={(event) => {
                  event.preventDefault()
                  onSelect(other.id)
                }}
              >
                {other.title}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/**
 * A field's text as the user types it. It follows the stored value (after a save, an undo, an
 * edit in the outline) except while the user is in the field, so typing is never overwritten.
 */
function useFieldText(stored: string) {
  const [text, setText] = useState(stored)
  const [focused, setFocused] = useState(false)
  const [lastStored, setLastStored] = useState(stored)
  if (stored !== lastStored) {
    setLastStored(stored)
    if (!focused) setText(stored)
  }
  return { text, setText, onFocus: () => setFocused(true), leave: () => setFocused(false) }
}

function ClaimFields({ claim, editor, sideLabels }: { claim: Claim; editor: MotionEditor; sideLabels: SideLabels }) {
  const titleField = useFieldText(claim.title)
  const bodyField = useFieldText(claim.body)
  const tagsField = useFieldText(claim.tags.join(', '))
  const notesField = useFieldText(claim.notes)
  const [title, setTitle] = [titleField.text, titleField.setText]
  const [body, setBody] = [bodyField.text, bodyField.setText]
  const [tags, setTags] = [tagsField.text, tagsField.setText]
  const [notes, setNotes] = [notesField.text, notesField.setText]
  const save = (command: MapCommand) => editor.run(command)
  const titleNote = lengthNote(title, 300)
  const saveTitle = () => {
    // Past the limit the field keeps what was typed, unsaved, and says by how much.
    if (titleNote?.over) return
    if (title.trim() && title.trim() !== claim.title) void save({ name: 'rename-claim', claimId: claim.id, title })
    else setTitle(claim.title)
  }
  const saveTags = () => void save({ name: 'set-tags', claimId: claim.id, text: tags })
  /** A one-line field saves on Enter as well as on leaving it. */
  const onEnter = (then: () => void) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault()
      then()
    }
  }

  const stanceOptions: Array<[Stance, string]> =
    claim.parentId === null
      ? [['pro', `${sideLabels.pro}: for the motion`], ['con', `${sideLabels.con}: against the motion`]]
      : [['pro', 'Supports the claim above'], ['con', 'Attacks the claim above']]

  const locked = claimIsLocked(claim, editor.motion)
  return (
    <form className="claim-panel" onSubmit={(e) => e.preventDefault()} aria-label="Selected claim">
      {locked && <p className="small muted">Locked by its pack: answer it, or duplicate the motion to change a copy of your own.</p>}
      {claim.unrelated && (
        <p className="small muted">The imported file does not relate this claim to the motion, so it is listed with the contentions. Move it under the claim it answers, or keep it here.</p>
      )}
      <fieldset className="bare" disabled={locked}>
      <label className="field">
        <span>Tag</span>
        <input
          value={title}
          aria-invalid={titleNote?.over || undefined}
          aria-describedby="claim-title-note"
          onChange={(e) => setTitle(e.target.value)}
          onFocus={titleField.onFocus}
          onKeyDown={onEnter(saveTitle)}
          onBlur={() => {
            titleField.leave()
            saveTitle()
          }}
        />
        <LengthNote id="claim-title-note" note={titleNote} />
      </label>
      <label className="field">
        <span>Stance</span>
        <select value={claim.stance} onChange={(e) => void save({ name: 'set-stance', claimId: claim.id, stance: e.target.value as Stance })}>
          {stanceOptions.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Warrant</span>
        <textarea
          rows={4}
          value={body}
          placeholder="Why the claim holds"
          onChange={(e) => setBody(e.target.value)}
          onFocus={bodyField.onFocus}
          onBlur={() => {
            bodyField.leave()
            void save({ name: 'set-warrant', claimId: claim.id, body })
          }}
        />
      </label>
      <label className="field">
        <span>Tags</span>
        <input
          value={tags}
          placeholder="economy, constitution"
          onChange={(e) => setTags(e.target.value)}
          onFocus={tagsField.onFocus}
          onKeyDown={onEnter(saveTags)}
          onBlur={() => {
            tagsField.leave()
            saveTags()
          }}
        />
      </label>
      <label className="field">
        <span>Strength</span>
        <select
          value={claim.strength ?? ''}
          onChange={(e) => void save({ name: 'set-strength', claimId: claim.id, strength: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">Not rated</option>
          <option value="1">1 — weak</option>
          <option value="2">2</option>
          <option value="3">3</option>
          <option value="4">4</option>
          <option value="5">5 — strong</option>
        </select>
      </label>
      <label className="field">
        <span>Notes</span>
        <textarea
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          onFocus={notesField.onFocus}
          onBlur={() => {
            notesField.leave()
            void save({ name: 'set-notes', claimId: claim.id, notes })
          }}
        />
      </label>
      <p className="muted small">{claim.origin.kind === 'pack' ? `From pack ${claim.origin.packId} v${claim.origin.packVersion}` : 'Your own claim'}</p>
      </fieldset>
    </form>
  )
}
