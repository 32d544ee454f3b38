import type { KeyboardEvent } from 'react'
import type { Claim } from '../../../../shared/model/claim'
import { claimEditRefusal } from '../../../../shared/operations/locks'
import { MAP_ACTIONS, type ActionContext, type ActionName, type MapAction } from './actions'

/** How keys and the context menu run the actions of MAP_ACTIONS: the same checks for both. */

/** Whether the action applies at all here (a selection if it needs one, and its own condition); locks aside. */
export function isEnabled(action: MapAction, c: ActionContext): boolean {
  if (action.needs === 'nothing') return action.enabled?.(c) ?? true
  return c.selected !== null && (action.enabled?.(c, c.selected) ?? true)
}

/** Why a lock refuses the action on the selected claim, or null. */
export function refusalOf(action: MapAction, c: ActionContext): string | null {
  if (action.needs !== 'selection' || !action.changes || !c.selected) return null
  return claimEditRefusal(c.editor.motion, c.editor.claims, c.selected.id, action.changes)
}

/** Whether a menu should offer it: enabled, not refused by a lock, and with something to do. */
export function isOffered(action: MapAction, c: ActionContext): boolean {
  if (!isEnabled(action, c) || refusalOf(action, c)) return false
  return action.needs === 'nothing' || !action.available || action.available(c, c.selected as Claim)
}

/** Runs an enabled action; a locked claim shows why instead. */
export function runAction(action: MapAction, c: ActionContext): void | Promise<unknown> {
  const refused = refusalOf(action, c)
  if (refused) return c.editor.refuse(refused)
  if (action.needs === 'nothing') return action.perform(c)
  if (c.selected) return action.perform(c, c.selected)
}

/**
 * The first enabled action whose key this is, or null. Tab and Shift+Tab that could not indent
 * or outdent are left to the browser, so the keyboard can still leave the outline.
 */
export function actionForKey(event: KeyboardEvent, c: ActionContext): MapAction | null {
  const action = MAP_ACTIONS.find((a) => a.keyTest?.(event) && isEnabled(a, c)) ?? null
  if (action && event.key === 'Tab' && action.needs === 'selection' && action.available && c.selected && !action.available(c, c.selected)) return null
  return action
}

export function findAction(id: ActionName): MapAction {
  const action = MAP_ACTIONS.find((a) => a.id === id)
  if (!action) throw new Error(`map: no action "${id}"`)
  return action
}
