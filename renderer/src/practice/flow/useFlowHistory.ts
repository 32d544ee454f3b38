import { useCallback, useState } from 'react'
import type { FlowSheet } from '../../../../shared/model/practice'
import { canRedo, canUndo, recordChange, redo, replacePresent, startHistory, undo, type EditHistory } from '../../../../shared/practice/edit-history'

export interface FlowHistory {
  sheet: FlowSheet
  /** A change made by the user; typing with the same `group` (a cell) is one step. */
  change(next: FlowSheet, group?: string | null): void
  /** The saved sheet, taken without making a step. */
  saved(sheet: FlowSheet): void
  undo(): boolean
  redo(): boolean
  canUndo: boolean
  canRedo: boolean
}

/** The flow sheet being edited, with undo and redo over its edits (shared/practice/edit-history.ts). */
export function useFlowHistory(initial: FlowSheet): FlowHistory {
  const [history, setHistory] = useState<EditHistory<FlowSheet>>(() => startHistory(initial))
  const change = useCallback((next: FlowSheet, group: string | null = null) => setHistory((h) => recordChange(h, next, group)), [])
  const saved = useCallback((sheet: FlowSheet) => setHistory((h) => replacePresent(h, sheet)), [])
  return {
    sheet: history.present,
    change,
    saved,
    undo: () => {
      if (!canUndo(history)) return false
      setHistory(undo(history))
      return true
    },
    redo: () => {
      if (!canRedo(history)) return false
      setHistory(redo(history))
      return true
    },
    canUndo: canUndo(history),
    canRedo: canRedo(history)
  }
}
