import { useState } from 'react'
import type { Claim, Stance } from '../../../shared/model/claim'
import type { SideLabels } from '../../../shared/model/motion'
import { invoke } from '../api/client'
import { ClaimEvidence } from '../sources/ClaimEvidence'
import type { MotionEditor } from './editor/useMotionEditor'

/** The selected claim in full: tag, stance, warrant, tags, strength and notes, saved as the user leaves each field. */
export function ClaimPanel({ claim, editor, sideLabels }: { claim: Claim; editor: MotionEditor; sideLabels: SideLabels }) {
  // Keyed by claim and its last change, so the fields show the stored values after every save or undo.
  return (
    <>
      <ClaimFields key={`${claim.id}:${claim.updatedAt}`} claim={claim} editor={editor} sideLabels={sideLabels} />
      <ClaimEvidence claim={claim} editor={editor} />
    </>
  )
}

function ClaimFields({ claim, editor, sideLabels }: { claim: Claim; editor: MotionEditor; sideLabels: SideLabels }) {
  const [title, setTitle] = useState(claim.title)
  const [body, setBody] = useState(claim.body)
  const [tags, setTags] = useState(claim.tags.join(', '))
  const [notes, setNotes] = useState(claim.notes)
  const save = (label: string, change: Parameters<typeof invoke<'claim.edit'>>[1]) =>
    editor.edit(`${label} of “${claim.title}”`, () => invoke('claim.edit', change))

  const stanceOptions: Array<[Stance, string]> =
    claim.parentId === null
      ? [['pro', `${sideLabels.pro}: for the motion`], ['con', `${sideLabels.con}: against the motion`]]
      : [['pro', 'Supports the claim above'], ['con', 'Attacks the claim above']]

  return (
    <form className="claim-panel" onSubmit={(e) => e.preventDefault()} aria-label="Selected claim">
      <label className="field">
        <span>Tag</span>
        <input
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => {
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
          onBlur={() => body !== claim.body && void save('Changed the warrant', { claimId: claim.id, body })}
        />
      </label>
      <label className="field">
        <span>Tags</span>
        <input
          value={tags}
          placeholder="economy, constitution"
          onChange={(e) => setTags(e.target.value)}
          onBlur={() => {
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
          onBlur={() => notes !== claim.notes && void save('Changed the notes', { claimId: claim.id, notes })}
        />
      </label>
      <p className="muted small">{claim.origin.kind === 'pack' ? `From pack ${claim.origin.packId} v${claim.origin.packVersion}` : 'Your own claim'}</p>
    </form>
  )
}
