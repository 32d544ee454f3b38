import { useState } from 'react'
import type { Claim, Stance } from '../../../shared/model/claim'
import type { SideLabels } from '../../../shared/model/motion'
import { invoke } from '../api/client'
import { ClaimEvidence } from '../sources/ClaimEvidence'
import type { CardLibrary } from '../sources/useCardLibrary'
import type { MotionEditor } from './editor/useMotionEditor'

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

/** Claims this one points to outside the tree (an imported graph's extra relations), each a link that selects it. */
function SeeAlso({ claim, claims, onSelect }: { claim: Claim; claims: readonly Claim[]; onSelect: (claimId: string) => void }) {
  const linked = (claim.seeAlso ?? []).map((id) => claims.find((c) => c.id === id)).filter((c): c is Claim => c !== undefined)
  if (linked.length === 0) return null
  return (
    <nav aria-label="See also" className="see-also">
      <h3>See also</h3>
      <ul>
        {linked.map((other) => (
          <li key={other.id}>
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
        ))}
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
  const save = (label: string, change: Parameters<typeof invoke<'claim.edit'>>[1]) =>
    editor.edit(`${label} of “${claim.title}”`, () => invoke('claim.edit', change))

  const stanceOptions: Array<[Stance, string]> =
    claim.parentId === null
      ? [['pro', `${sideLabels.pro}: for the motion`], ['con', `${sideLabels.con}: against the motion`]]
      : [['pro', 'Supports the claim above'], ['con', 'Attacks the claim above']]

  const locked = claim.origin.kind === 'pack' && claim.origin.locked === true
  return (
    <form className="claim-panel" onSubmit={(e) => e.preventDefault()} aria-label="Selected claim">
      {locked && <p className="small muted">Locked by its pack: answer it, or duplicate the motion to change a copy of your own.</p>}
      <fieldset className="bare" disabled={locked}>
      <label className="field">
        <span>Tag</span>
        <input
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
          onFocus={titleField.onFocus}
          onBlur={() => {
            titleField.leave()
            if (title.trim() && title.trim() !== claim.title) void save('Changed the tag', { claimId: claim.id, title })
            else setTitle(claim.title)
          }}
        />
      </label>
      <label className="field">
        <span>Stance</span>
        <select value={claim.stance} onChange={(e) => void save('Changed the stance', { claimId: claim.id, stance: e.target.value as Stance })}>
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
            if (body !== claim.body) void save('Changed the warrant', { claimId: claim.id, body })
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
          onBlur={() => {
            tagsField.leave()
            const list = [...new Set(tags.split(',').map((t) => t.trim()).filter(Boolean))]
            if (list.join(',') !== claim.tags.join(',')) void save('Changed the tags', { claimId: claim.id, tags: list })
          }}
        />
      </label>
      <label className="field">
        <span>Strength</span>
        <select
          value={claim.strength ?? ''}
          onChange={(e) => void save('Rated', { claimId: claim.id, strength: e.target.value ? Number(e.target.value) : null })}
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
            if (notes !== claim.notes) void save('Changed the notes', { claimId: claim.id, notes })
          }}
        />
      </label>
      <p className="muted small">{claim.origin.kind === 'pack' ? `From pack ${claim.origin.packId} v${claim.origin.packVersion}` : 'Your own claim'}</p>
      </fieldset>
    </form>
  )
}
