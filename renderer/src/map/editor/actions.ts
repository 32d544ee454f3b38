import type { KeyboardEvent } from 'react'
import type { Claim } from '../../../../shared/model/claim'
import { indentTarget, outdentTarget, reorderTarget, type MoveTarget } from '../../../../shared/operations/outline'
import { invoke } from '../../api/client'
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

/**
 * One thing the user can do to the map. Keyboard, context menu and toolbar all run actions
 * from this one list, so each behaves the same however it is reached.
 */
export interface MapAction {
  id: string
  label: string
  /** Shown in menus, e.g. "Alt+↑". */
  shortcut?: string
  keyTest?: (event: KeyboardEvent) => boolean
  enabled(context: ActionContext): boolean
  /**
   * Whether it would do anything given the map as shown. Menus grey out what is not; keys do
   * not ask, because a key pressed while an earlier edit is still saving must act on its result.
   */
  available?: (context: ActionContext) => boolean
  perform(context: ActionContext): void | Promise<unknown>
  /** Listed in the claim's context menu. */
  inMenu?: boolean
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey
const hasSelection = (c: ActionContext) => c.selected !== null

/** A move worked out when its turn comes, from the claims as they are then. */
function move(c: ActionContext, label: string, target: (claims: readonly Claim[]) => MoveTarget | null) {
  return c.editor.edit(label, (claims) => {
    const to = target(claims)
    return to ? invoke('claim.move', to) : null
  })
}

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

export const MAP_ACTIONS: MapAction[] = [
  {
    id: 'edit',
    label: 'Edit tag',
    shortcut: 'F2',
    inMenu: true,
    keyTest: (e) => e.key === 'F2',
    enabled: hasSelection,
    perform: (c) => c.startEditing(c.selected!.id)
  },
  {
    id: 'add-sibling',
    label: 'Add claim below',
    shortcut: 'Enter',
    inMenu: true,
    keyTest: (e) => e.key === 'Enter' && plain(e) && !e.shiftKey,
    enabled: () => true,
    perform: (c) => c.startDraft(draftAfter(c))
  },
  {
    id: 'add-response',
    label: 'Add response',
    shortcut: 'Ctrl+Enter',
    inMenu: true,
    keyTest: (e) => e.key === 'Enter' && mod(e),
    enabled: hasSelection,
    perform: (c) => {
      const s = c.selected!
      c.setCollapsed(s.id, false)
      c.startDraft({ parentId: s.id, index: c.editor.index.children(s.id).length, stance: 'con' })
    }
  },
  {
    id: 'indent',
    label: 'Indent (answer the claim above)',
    shortcut: 'Tab',
    inMenu: true,
    keyTest: (e) => e.key === 'Tab' && !e.shiftKey && plain(e),
    enabled: hasSelection,
    available: (c) => indentTarget(c.editor.claims, c.selected!.id) !== null,
    perform: (c) => move(c, `Indented “${c.selected!.title}”`, (claims) => indentTarget(claims, c.selected!.id))
  },
  {
    id: 'outdent',
    label: 'Outdent',
    shortcut: 'Shift+Tab',
    inMenu: true,
    keyTest: (e) => e.key === 'Tab' && e.shiftKey && plain(e),
    enabled: (c) => hasSelection(c) && c.selected!.id !== c.focusId,
    available: (c) => outdentTarget(c.editor.claims, c.selected!.id) !== null,
    perform: (c) => move(c, `Outdented “${c.selected!.title}”`, (claims) => outdentTarget(claims, c.selected!.id))
  },
  {
    id: 'move-up',
    label: 'Move up',
    shortcut: 'Alt+↑',
    inMenu: true,
    keyTest: (e) => e.key === 'ArrowUp' && e.altKey,
    enabled: hasSelection,
    available: (c) => reorderTarget(c.editor.claims, c.selected!.id, -1) !== null,
    perform: (c) => move(c, `Moved “${c.selected!.title}” up`, (claims) => reorderTarget(claims, c.selected!.id, -1))
  },
  {
    id: 'move-down',
    label: 'Move down',
    shortcut: 'Alt+↓',
    inMenu: true,
    keyTest: (e) => e.key === 'ArrowDown' && e.altKey,
    enabled: hasSelection,
    available: (c) => reorderTarget(c.editor.claims, c.selected!.id, 1) !== null,
    perform: (c) => move(c, `Moved “${c.selected!.title}” down`, (claims) => reorderTarget(claims, c.selected!.id, 1))
  },
  {
    id: 'flip-stance',
    label: 'Flip supports / attacks',
    shortcut: 'S',
    inMenu: true,
    keyTest: (e) => e.key.toLowerCase() === 's' && plain(e),
    enabled: hasSelection,
    perform: (c) => {
      const s = c.selected!
      return c.editor.edit(`Flipped “${s.title}”`, (claims) => {
        const now = claims.find((x) => x.id === s.id)
        return now ? invoke('claim.edit', { claimId: s.id, stance: now.stance === 'pro' ? 'con' : 'pro' }) : null
      })
    }
  },
  {
    id: 'toggle-collapse',
    label: 'Collapse / expand',
    shortcut: 'Space',
    inMenu: true,
    keyTest: (e) => e.key === ' ' && plain(e),
    enabled: (c) => hasSelection(c) && c.editor.index.children(c.selected!.id).length > 0,
    perform: (c) => c.setCollapsed(c.selected!.id, !c.isCollapsed(c.selected!.id))
  },
  {
    id: 'focus',
    label: 'Focus on this claim',
    shortcut: 'F',
    inMenu: true,
    keyTest: (e) => e.key.toLowerCase() === 'f' && plain(e),
    enabled: hasSelection,
    perform: (c) => c.setFocus(c.selected!.id)
  },
  {
    id: 'unfocus',
    label: 'Show the whole motion',
    shortcut: 'Esc',
    keyTest: (e) => e.key === 'Escape',
    enabled: (c) => c.focusId !== null,
    perform: (c) => c.setFocus(null)
  },
  {
    id: 'delete',
    label: 'Delete with its responses',
    shortcut: 'Delete',
    inMenu: true,
    keyTest: (e) => (e.key === 'Delete' || e.key === 'Backspace') && plain(e),
    enabled: hasSelection,
    perform: (c) => {
      const s = c.selected!
      const below = c.editor.index.descendantCount(s.id)
      const rows = c.rows.filter((r) => r.kind === 'claim')
      const at = rows.findIndex((r) => r.key === s.id)
      const next = rows.slice(at + 1).find((r) => r.kind === 'claim' && r.depth <= (rows[at]?.depth ?? 0)) ?? rows[at - 1]
      const label = `Deleted “${s.title}”${below > 0 ? ` and ${below} ${below === 1 ? 'response' : 'responses'}` : ''}`
      if (s.id === c.focusId) c.setFocus(null)
      return c.editor.edit(label, () => invoke('claim.delete', { claimId: s.id })).then((done) => {
        if (done) c.select(next && next.key !== s.id ? next.key : null)
      })
    }
  },
  {
    id: 'undo',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    enabled: (c) => c.editor.canUndo !== null,
    perform: (c) => c.editor.undo()
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z',
    keyTest: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    enabled: (c) => c.editor.canRedo !== null,
    perform: (c) => c.editor.redo()
  },
  {
    id: 'select-previous',
    label: 'Select previous',
    keyTest: (e) => e.key === 'ArrowUp' && plain(e),
    enabled: () => true,
    perform: (c) => stepSelection(c, -1)
  },
  {
    id: 'select-next',
    label: 'Select next',
    keyTest: (e) => e.key === 'ArrowDown' && plain(e),
    enabled: () => true,
    perform: (c) => stepSelection(c, 1)
  },
  {
    id: 'select-first',
    label: 'Select first',
    keyTest: (e) => e.key === 'Home' && plain(e),
    enabled: () => true,
    perform: (c) => stepSelection(c, -Infinity)
  },
  {
    id: 'select-last',
    label: 'Select last',
    keyTest: (e) => e.key === 'End' && plain(e),
    enabled: () => true,
    perform: (c) => stepSelection(c, Infinity)
  },
  {
    id: 'collapse-or-parent',
    label: 'Collapse, or go to the claim answered',
    keyTest: (e) => e.key === 'ArrowLeft' && plain(e),
    enabled: hasSelection,
    perform: (c) => {
      const s = c.selected!
      if (c.editor.index.children(s.id).length > 0 && !c.isCollapsed(s.id)) c.setCollapsed(s.id, true)
      else if (s.parentId !== null && s.id !== c.focusId) c.select(s.parentId)
    }
  },
  {
    id: 'expand-or-child',
    label: 'Expand, or go to the first response',
    keyTest: (e) => e.key === 'ArrowRight' && plain(e),
    enabled: hasSelection,
    perform: (c) => {
      const s = c.selected!
      const first = c.editor.index.children(s.id)[0]
      if (c.isCollapsed(s.id)) c.setCollapsed(s.id, false)
      else if (first) c.select(first.id)
    }
  }
]

/**
 * The first enabled action whose key this is, or null. Tab and Shift+Tab that could not indent
 * or outdent are left to the browser, so the keyboard can still leave the outline.
 */
export function actionForKey(event: KeyboardEvent, context: ActionContext): MapAction | null {
  const action = MAP_ACTIONS.find((a) => a.keyTest?.(event) && a.enabled(context)) ?? null
  if (action && event.key === 'Tab' && action.available && !action.available(context)) return null
  return action
}

export function findAction(id: string): MapAction {
  const action = MAP_ACTIONS.find((a) => a.id === id)
  if (!action) throw new Error(`map: no action "${id}"`)
  return action
}
