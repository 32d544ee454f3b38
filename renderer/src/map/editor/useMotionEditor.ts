import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MotionMap } from '../../../../shared/contract'
import type { Claim } from '../../../../shared/model/claim'
import type { Motion } from '../../../../shared/model/motion'
import { applyClaimChange, invertClaimChange, type ClaimChange } from '../../../../shared/operations/claim-change'
import { ApiFailure, invoke } from '../../api/client'
import { indexClaims, type ClaimIndex } from '../claim-tree'

/**
 * Makes the edit, given the claims as they are when its turn comes (earlier edits may still
 * have been on their way when it was asked for); null when there is nothing to do.
 */
export type EditRun = (claims: readonly Claim[]) => Promise<ClaimChange> | null

interface HistoryEntry {
  label: string
  undo: ClaimChange
  redo: ClaimChange
}

type History = { undo: HistoryEntry[]; redo: HistoryEntry[] }

/**
 * Each motion's undo history outlives its view, so leaving a motion (to a source, a search
 * hit, another motion) and coming back keeps Ctrl/Cmd+Z working. Kept for this session only.
 */
const histories = new Map<string, History>()

export interface MotionEditor {
  motion: Motion
  claims: Claim[]
  index: ClaimIndex
  /**
   * Runs a map edit on the server, shows its result and makes it undoable. Resolves false if
   * it failed, after reporting it; with `rethrow`, the failure is thrown to the caller instead
   * (a form that shows it under its field).
   */
  edit(label: string, run: EditRun, options?: { rethrow?: boolean }): Promise<boolean>
  undo(): Promise<void>
  redo(): Promise<void>
  canUndo: string | null
  canRedo: string | null
  updateMotion(motion: Motion): void
  /** The last thing done, for screen readers. */
  announcement: string
  announce(message: string): void
}

/**
 * One motion's map as the page edits it. Every edit goes to the store and comes back as a
 * change; the page applies that change and keeps its inverse, so undo and redo are changes too.
 * Edits run one after another, in the order they were asked for.
 */
export function useMotionEditor(motionId: string, report: (error: unknown) => void): MotionEditor | null {
  const [map, setMap] = useState<MotionMap | null>(null)
  const [history, setHistory] = useState<History>(() => histories.get(motionId) ?? { undo: [], redo: [] })
  const [announcement, setAnnouncement] = useState('')
  const claimsRef = useRef<Claim[]>([])
  const historyRef = useRef(history)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const onFailure = useRef<(error: unknown) => void>(() => undefined)

  useEffect(() => {
    let current = true
    invoke('motion.get', { motionId }).then((loaded) => {
      if (!current) return
      claimsRef.current = loaded.claims
      setMap(loaded)
    }, report)
    return () => {
      current = false
    }
  }, [motionId, report])

  const setHistoryBoth = useCallback(
    (next: History) => {
      historyRef.current = next
      histories.set(motionId, next)
      setHistory(next)
    },
    [motionId]
  )

  const show = useCallback((change: ClaimChange) => {
    claimsRef.current = applyClaimChange(claimsRef.current, change)
    const claims = claimsRef.current
    setMap((current) => (current ? { ...current, claims } : current))
  }, [])

  const serially = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task)
    queue.current = next.catch(() => undefined)
    return next
  }, [])

  const edit = useCallback(
    (label: string, run: EditRun, options?: { rethrow?: boolean }) =>
      serially(async () => {
        const before = claimsRef.current
        try {
          const pending = run(before)
          if (!pending) return true
          const change = await pending
          show(change)
          const entry = { label, undo: invertClaimChange(before, change), redo: change }
          setHistoryBoth({ undo: [...historyRef.current.undo, entry].slice(-200), redo: [] })
          setAnnouncement(label)
          return true
        } catch (error) {
          onFailure.current(error)
          if (options?.rethrow) throw error
          report(error)
          return false
        }
      }),
    [serially, show, report, setHistoryBoth]
  )

  const travel = useCallback(
    (direction: 'undo' | 'redo') =>
      serially(async () => {
        const { undo, redo } = historyRef.current
        const from = direction === 'undo' ? undo : redo
        const entry = from[from.length - 1]
        if (!entry) return
        try {
          const change = await invoke('claim.patch', { motionId, ...(direction === 'undo' ? entry.undo : entry.redo) })
          show(change)
          const rest = from.slice(0, -1)
          setHistoryBoth(direction === 'undo' ? { undo: rest, redo: [...redo, entry] } : { undo: [...undo, entry], redo: rest })
          setAnnouncement(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}`)
        } catch (error) {
          onFailure.current(error)
          report(error)
        }
      }),
    [serially, show, report, motionId, setHistoryBoth]
  )

  /**
   * After a "not found" or "conflict" the map changed somewhere else (another window, the
   * command line): show the stored map again, and drop a history that no longer applies.
   */
  const resyncIfStale = useCallback(
    (error: unknown) => {
      const code = error instanceof ApiFailure ? error.data.code : null
      if (code !== 'not_found' && code !== 'conflict') return
      invoke('motion.get', { motionId }).then((loaded) => {
        claimsRef.current = loaded.claims
        setMap(loaded)
        setHistoryBoth({ undo: [], redo: [] })
      }, report)
    },
    [motionId, report, setHistoryBoth]
  )

  useEffect(() => {
    onFailure.current = resyncIfStale
  }, [resyncIfStale])

  const index = useMemo(() => indexClaims(map?.claims ?? []), [map])
  const updateMotion = useCallback((motion: Motion) => setMap((current) => (current ? { ...current, motion } : current)), [])

  if (!map) return null
  return {
    motion: map.motion,
    claims: map.claims,
    index,
    edit,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    canUndo: history.undo[history.undo.length - 1]?.label ?? null,
    canRedo: history.redo[history.redo.length - 1]?.label ?? null,
    updateMotion,
    announcement,
    announce: setAnnouncement
  }
}
