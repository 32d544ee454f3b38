/**
 * Undo and redo over any plain value (a flow sheet): the states before and after the present
 * one. Typing is grouped: a change with the same `group` as the one before it (the same cell,
 * still being typed in) replaces the present state instead of adding a step, so one Ctrl+Z
 * takes back a whole note rather than its last letter.
 */
export interface EditHistory<T> {
  readonly past: readonly T[]
  readonly present: T
  readonly future: readonly T[]
  /** The group of the last change; null after undo, redo or an ungrouped change, so the next change starts a step. */
  readonly group: string | null
}

/** How many steps back are kept; older ones are forgotten first. */
export const MAX_UNDO_STEPS = 200

export function startHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [], group: null }
}

/** The history after a change to `next`; a change to the same value is no step at all. */
export function recordChange<T>(history: EditHistory<T>, next: T, group: string | null = null, limit = MAX_UNDO_STEPS): EditHistory<T> {
  if (Object.is(next, history.present)) return history
  if (group !== null && group === history.group) return { ...history, present: next, future: [] }
  const past = [...history.past, history.present].slice(-Math.max(1, limit))
  return { past, present: next, future: [], group }
}

export const canUndo = (history: EditHistory<unknown>): boolean => history.past.length > 0
export const canRedo = (history: EditHistory<unknown>): boolean => history.future.length > 0

/** One step back; the same history when there is none. */
export function undo<T>(history: EditHistory<T>): EditHistory<T> {
  if (!canUndo(history)) return history
  return { past: history.past.slice(0, -1), present: history.past.at(-1)!, future: [history.present, ...history.future], group: null }
}

/** One step forward again after an undo; the same history when there is none. */
export function redo<T>(history: EditHistory<T>): EditHistory<T> {
  if (!canRedo(history)) return history
  return { past: [...history.past, history.present], present: history.future[0]!, future: history.future.slice(1), group: null }
}

/** Keeps the steps but takes `present` as the current state without making it a step (a save's answer, with its new id and times). */
export function replacePresent<T>(history: EditHistory<T>, present: T): EditHistory<T> {
  return { ...history, present, group: null }
}
