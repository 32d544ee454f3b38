import { useState } from 'react'
import type { Claim } from '../../../../shared/model/claim'
import type { MotionEditor } from '../editor/useMotionEditor'
import type { RowEditorProps } from './OutlineRow'

/**
 * Writing a claim's tag in its row (F2, a double click). Enter and leaving the field save it and
 * go back to the outline; Tab and Shift+Tab save it, then indent or outdent the claim, each a
 * command queued in the order pressed.
 */
export function useTagEditing(editor: MotionEditor, refocus: () => void) {
  const [editingId, setEditingId] = useState<string | null>(null)
  const save = (claimId: string, text: string) => editor.run({ name: 'rename-claim', claimId, title: text })
  const editorFor = (claim: Claim): RowEditorProps => ({
    label: `Tag of “${claim.title}”`,
    initial: claim.title,
    onEnter: (text) => {
      setEditingId(null)
      void save(claim.id, text)
      refocus()
    },
    onTab: (text, outdent) => {
      setEditingId(null)
      void save(claim.id, text)
      void editor.run({ name: 'move-claim', claimId: claim.id, how: outdent ? 'outdent' : 'indent' })
      refocus()
    },
    onCancel: () => {
      setEditingId(null)
      refocus()
    },
    onBlur: (text) => {
      setEditingId(null)
      void save(claim.id, text)
    }
  })
  return { editingId, start: setEditingId, stop: () => setEditingId(null), editorFor }
}
