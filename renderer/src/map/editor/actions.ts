import type { KeyboardEvent } from 'react'
import type { Claim } from '../../../../shared/model/claim'
import type { ClaimEdit } from '../../../../shared/operations/locks'
import { indentTarget, outdentTarget, reorderTarget } from '../../../../shared/operations/outline'
import { selectionAfterDelete } from '../commands/delete-claim'
import type { Draft, OutlineRow } from '../outline/rows'
import type { MotionEditor } from './useMotionEditor'

/** What an action may look at and do: the map, the selection and the outline's own state. */
export interface ActionContext {
  editor: MotionEditor
  selected: Claim | null
  rows: OutlineRow[]
  select(id: string | null): void
  startEditing(id: string): void
  startDraft(draft: Draft): void
  isCollapsed(id: string): boolean
  setCollapsed(id: string, collapsed: boolean): void
  focusId: string | null
  setFocus(id: string | null): void
}

export type ActionName =
  | 'edit'
  | 'add-sibling'
  | 'add-response'
  | 'indent'
  | 'outdent'
  | 'move-up'
  | 'move-down'
  | 'flip-stance'
  | 'toggle-collapse'
  | 'focus'
  | 'unfocus'
  | 'delete'
  | 'select-previous'
  | 'select-next'
  | 'select-first'
  | 'select-last'
  | 'collapse-or-parent'
  | 'expand-or-child'

interface ActionBase {
  id: ActionName
  label: string
  /** Shown in menus, e.g. "Alt+↑". */
  shortcut?: string
  keyTest?: (event: KeyboardEvent) => boolean
  /** Listed in the claim's context menu. */
  inMenu?: boolean
}

/**
 * One thing the user can do in the outline. Keyboard and context menu run actions from this one
 * list, and every change to the map an action makes is a command, so each behaves the same however
 * it is reached. An action says whether it needs a selected claim; if so it is given one.
 */
export type MapAction =
  | (ActionBase & {
      needs: 'selection'
      enabled?: (c: ActionContext, selected: Claim) => boolean
      /** The lock check: which change to the selected claim this is, so a locked claim refuses it. */
      changes?: ClaimEdit
      /**
       * Whether it would do anything given the map as shown. Menus grey out what is not; keys do
       * not ask, because a key pressed while an earlier edit is still saving must act on its result.
       */
      available?: (c: ActionContext, selected: Claim) => boolean
      perform(c: ActionContext, selected: Claim): void | Promise<unknown>
    })
  | (ActionBase & {
      needs: 'nothing'
      enabled?: (c: ActionContext) => boolean
      perform(c: ActionContext): void | Promise<unknown>
    })

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey

function stepSelection(c: ActionContext, delta: number) {
  const claims = c.rows.filter((r) => r.kind === 'claim')
  const at = claims.findIndex((r) => r.key === c.selected?.id)
  const next = claims[at === -1 ? 0 : Math.min(claims.length - 1, Math.max(0, at + delta))]
  if (next) c.select(next.key)
}

/** A new claim right after the selected one (or at the end of the motion), with the same stance. */
function draftAfter(c: ActionContext): Draft {
  const s = c.selected
  if (!s) return { parentId: c.focusId, index: c.editor.index.children(c.focusId).length, stance: 'pro' }
  if (s.id === c.focusId) return { parentId: s.id, index: c.editor.index.children(s.id).length, stance: 'con' }
  return { parentId: s.parentId, index: s.order + 1, stance: s.stance }
}

const move = (how: 'indent' | 'outdent' | 'up' | 'down') => (c: ActionContext, s: Claim) =>
  c.editor.run({ name: 'move-claim', claimId: s.id, how })

export const MAP_ACTIONS: readonly MapAction[] = [
  {
    id: 'edit',
    needs: 'selection',
    label: 'Edit tag',
    shortcut: 'F2',
    inMenu: true,
    keyTest: (e) => e.key === 'F2',
    changes: 'rename',
    perform: (c, s) => c.startEditing(s.id)
  },
  {
    id: 'add-sibling',
    needs: 'nothing',
    label: 'Add claim below',
    shortcut: 'Enter',
    inMenu: true,
    keyTest: (e) => e.key === 'Enter' && plain(e) && !e.shiftKey,
    perform: (c) => c.startDraft(draftAfter(c))
  },
  {
    id: 'add-response',
    needs: 'selection',
    label: 'Add response',
    shortcut: 'Ctrl+Enter',
    inMenu: true,
    keyTest: (e) => e.key === 'Enter' && mod(e),
    perform: (c, s) => {
      c.setCollapsed(s.id, false)
      c.startDraft({ parentId: s.id, index: c.editor.index.children(s.id).length, stance: 'con' })
    }
  },
  {
    id: 'indent',
    needs: 'selection',
    label: 'Indent (answer the claim above)',
    shortcut: 'Tab',
    inMenu: true,
    keyTest: (e) => e.key === 'Tab' && !e.shiftKey && plain(e),
    changes: 'move',
    available: (c, s) => indentTarget(c.editor.claims, s.id) !== null,
    perform: move('indent')
  },
  {
    id: 'outdent',
    needs: 'selection',
    label: 'Outdent',
    shortcut: 'Shift+Tab',
    inMenu: true,
    keyTest: (e) => e.key === 'Tab' && e.shiftKey && plain(e),
    enabled: (c, s) => s.id !== c.focusId,
    changes: 'move',
    available: (c, s) => outdentTarget(c.editor.claims, s.id) !== null,
    perform: move('outdent')
  },
  {
    id: 'move-up',
    needs: 'selection',
    label: 'Move up',
    shortcut: 'Alt+↑',
    inMenu: true,
    keyTest: (e) => e.key === 'ArrowUp' && e.altKey,
    available: (c, s) => reorderTarget(c.editor.claims, s.id, -1) !== null,
    perform: move('up')
  },
  {
    id: 'move-down',
    needs: 'selection',
    label: 'Move down',
    shortcut: 'Alt+↓',
    inMenu: true,
    keyTest: (e) => e.key === 'ArrowDown' && e.altKey,
    available: (c, s) => reorderTarget(c.editor.claims, s.id, 1) !== null,
    perform: move('down')
  },
  {
    id: 'flip-stance',
    needs: 'selection',
    label: 'Flip supports / attacks',
    shortcut: 'S',
    inMenu: true,
    keyTest: (e) => e.key.toLowerCase() === 's' && plain(e),
    changes: 'edit',
    perform: (c, s) => c.editor.run({ name: 'set-stance', claimId: s.id, stance: 'flip' })
  },
  {
    id: 'toggle-collapse',
    needs: 'selection',
    label: 'Collapse / expand',
    shortcut: 'Space',
    inMenu: true,
    keyTest: (e) => e.key === ' ' && plain(e),
    enabled: (c, s) => c.editor.index.children(s.id).length > 0,
    perform: (c, s) => c.setCollapsed(s.id, !c.isCollapsed(s.id))
  },
  {
    id: 'focus',
    needs: 'selection',
    label: 'Focus on this claim',
    shortcut: 'F',
    inMenu: true,
    keyTest: (e) => e.key.toLowerCase() === 'f' && plain(e),
    perform: (c, s) => c.setFocus(s.id)
  },
  {
    id: 'unfocus',
    needs: 'nothing',
    label: 'Show the whole motion',
    shortcut: 'Esc',
    keyTest: (e) => e.key === 'Escape',
    enabled: (c) => c.focusId !== null,
    perform: (c) => c.setFocus(null)
  },
  {
    id: 'delete',
    needs: 'selection',
    label: 'Delete with its responses',
    shortcut: 'Delete',
    inMenu: true,
    keyTest: (e) => (e.key === 'Delete' || e.key === 'Backspace') && plain(e),
    changes: 'delete',
    perform: (c, s) => {
      let next: string | null = null
      if (s.id === c.focusId) c.setFocus(null)
      return c.editor
        .run((state) => {
          next = selectionAfterDelete(state.claims, s.id)
          return { name: 'delete-claim', claimId: s.id }
        })
        .then((outcome) => {
          if (outcome.done) c.select(next)
        })
    }
  },
  {
    id: 'select-previous',
    needs: 'nothing',
    label: 'Select previous',
    keyTest: (e) => e.key === 'ArrowUp' && plain(e),
    perform: (c) => stepSelection(c, -1)
  },
  {
    id: 'select-next',
    needs: 'nothing',
    label: 'Select next',
    keyTest: (e) => e.key === 'ArrowDown' && plain(e),
    perform: (c) => stepSelection(c, 1)
  },
  {
    id: 'select-first',
    needs: 'nothing',
    label: 'Select first',
    keyTest: (e) => e.key === 'Home' && plain(e),
    perform: (c) => stepSelection(c, -Infinity)
  },
  {
    id: 'select-last',
    needs: 'nothing',
    label: 'Select last',
    keyTest: (e) => e.key === 'End' && plain(e),
    perform: (c) => stepSelection(c, Infinity)
  },
  {
    id: 'collapse-or-parent',
    needs: 'selection',
    label: 'Collapse, or go to the claim answered',
    keyTest: (e) => e.key === 'ArrowLeft' && plain(e),
    perform: (c, s) => {
      if (c.editor.index.children(s.id).length > 0 && !c.isCollapsed(s.id)) c.setCollapsed(s.id, true)
      else if (s.parentId !== null && s.id !== c.focusId) c.select(s.parentId)
    }
  },
  {
    id: 'expand-or-child',
    needs: 'selection',
    label: 'Expand, or go to the first response',
    keyTest: (e) => e.key === 'ArrowRight' && plain(e),
    perform: (c, s) => {
      const first = c.editor.index.children(s.id)[0]
      if (c.isCollapsed(s.id)) c.setCollapsed(s.id, false)
      else if (first) c.select(first.id)
    }
  }
]
