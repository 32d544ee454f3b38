import { useRef, useState } from 'react'
import type { Claim } from '../../../../shared/model/claim'
import { indexClaims, type ClaimIndex } from '../claim-tree'
import type { MapState } from '../commands/types'
import type { MotionEditor } from '../editor/useMotionEditor'
import type { RowEditorProps } from './OutlineRow'
import type { Draft } from './rows'

/** A claim being written: `at` is where it is shown; each has its own key, so its field keeps its text and focus if it moves. */
export interface DraftSlot {
  key: number
  at: Draft
}

/** Tab and Shift+Tab on a draft: answer the claim above, or step out a level. Null where there is no such place. */
export function shiftDraft(index: ClaimIndex, current: Draft, outdent: boolean, focusId: string | null): Draft | null {
  if (outdent) {
    if (current.parentId === null || current.parentId === focusId) return null
    const parent = index.get(current.parentId)
    return parent ? { parentId: parent.parentId, index: parent.order + 1, stance: parent.stance } : null
  }
  const above: Claim | undefined = index.children(current.parentId)[current.index - 1]
  return above ? { parentId: above.id, index: index.children(above.id).length, stance: 'con' } : null
}

const after = (at: Draft): Draft => ({ ...at, index: at.index + 1 })

/**
 * The outline's drafts: Enter adds what was typed and opens the next draft below, Tab answers
 * the claim above. Keys come faster than the store answers, so a new draft opens at once where the
 * map as shown says, and where it really is gets settled in the command queue, after the edits
 * typed before it: Enter then Tab within a millisecond still makes a response, never a sibling.
 */
export function useDrafts(editor: MotionEditor, focusId: string | null, onSelect: (id: string) => void, refocus: () => void) {
  const [draft, setDraft] = useState<DraftSlot | null>(null)
  const lastKey = useRef(0)
  /** Where each open draft really is, once the edits before it are done. */
  const settled = useRef(new Map<number, Draft>())

  const placeOf = (slot: DraftSlot) => settled.current.get(slot.key) ?? slot.at
  const show = (key: number, at: Draft) => setDraft((current) => (current?.key === key ? { key, at } : current))

  /**
   * Opens a draft shown at `guess` now. Unless `known`, a command queued before any key can reach
   * the new draft settles where it really is.
   */
  const open = (guess: Draft, known: boolean): DraftSlot => {
    const slot = { key: ++lastKey.current, at: guess }
    if (known) settled.current.set(slot.key, guess)
    setDraft(slot)
    return slot
  }

  const close = () => setDraft(null)

  /** Adds `text` where `place` says (given the map as it then is); the next draft, if any, opens just below it. */
  const add = (place: (state: MapState) => Draft, text: string, next: DraftSlot | null) =>
    editor
      .run((state) => {
        const at = place(state)
        if (next) {
          settled.current.set(next.key, after(at))
          show(next.key, after(at))
        }
        return { name: 'add-claim', ...at, title: text }
      })
      .then((outcome) => {
        if (outcome.claimId) onSelect(outcome.claimId)
      })

  /** The place Tab or Shift+Tab moves a draft to, given the map as it is then. */
  const shifted = (slot: DraftSlot, outdent: boolean) => (state: MapState) =>
    shiftDraft(indexClaims(state.claims), placeOf(slot), outdent, focusId) ?? placeOf(slot)

  const editorFor = (slot: DraftSlot): RowEditorProps => ({
    label: slot.at.parentId ? 'New response' : 'New contention',
    initial: '',
    placeholder: slot.at.parentId ? 'Type a response; Enter adds it, Tab answers the claim above' : 'Type a contention; Enter adds it',
    onEnter: (text) => {
      if (!text.trim()) {
        close()
        refocus()
        return
      }
      const next = open(after(slot.at), false)
      void add(() => placeOf(slot), text, next)
    },
    onTab: (text, outdent) => {
      const guess = shiftDraft(editor.index, slot.at, outdent, focusId) ?? slot.at
      if (!text.trim()) {
        const next = open(guess, false)
        void editor.run((state) => {
          const at = shifted(slot, outdent)(state)
          settled.current.set(next.key, at)
          show(next.key, at)
          return null
        })
        return
      }
      const next = open(after(guess), false)
      void add(shifted(slot, outdent), text, next)
    },
    onCancel: () => {
      close()
      refocus()
    },
    onBlur: (text) => {
      close()
      if (text.trim()) void add(() => placeOf(slot), text, null)
    }
  })

  return {
    draft,
    /** A draft at a place the user chose from the map as shown (Enter on a claim, the toolbar). */
    start: (at: Draft) => open(at, true),
    close,
    editorFor
  }
}
