import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { Claim } from '../../../../shared/model/claim'
import type { Motion } from '../../../../shared/model/motion'
import { indexClaims, type ClaimIndex } from '../claim-tree'
import { queueFor, type Notice, type Outcome, type Step } from '../commands/queue'

export interface MotionEditor {
  motion: Motion
  claims: readonly Claim[]
  index: ClaimIndex
  /** Runs a map command in its turn; see CommandQueue.run. */
  run(step: Step, options?: { rethrow?: boolean }): Promise<Outcome>
  undo(): Promise<void>
  redo(): Promise<void>
  canUndo: string | null
  canRedo: string | null
  updateMotion(motion: Motion): void
  /** The last thing done, for screen readers. */
  announcement: string
  announce(message: string): void
  refuse(message: string): void
  notice: Notice | null
  dismissNotice(): void
}

/**
 * One motion's map as the page shows and edits it: the state its command queue holds, and the
 * queue's ways in. Every edit is a command (renderer/src/map/commands), never a call of its own.
 */
export function useMotionEditor(motionId: string, report: (error: unknown) => void): MotionEditor | null {
  const queue = queueFor(motionId)
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot)
  useEffect(() => {
    void queue.open(report)
  }, [queue, report])
  const claims = snapshot.state?.claims
  const index = useMemo(() => indexClaims(claims ?? []), [claims])
  const ways = useMemo(
    () => ({
      run: (step: Step, options?: { rethrow?: boolean }) => queue.run(step, options),
      undo: () => queue.undo(),
      redo: () => queue.redo(),
      updateMotion: (motion: Motion) => queue.updateMotion(motion),
      announce: (message: string) => queue.announce(message),
      refuse: (message: string) => queue.refuse(message),
      dismissNotice: () => queue.dismissNotice()
    }),
    [queue]
  )
  if (!snapshot.state || !claims) return null
  return {
    ...ways,
    motion: snapshot.state.motion,
    claims,
    index,
    canUndo: snapshot.canUndo,
    canRedo: snapshot.canRedo,
    announcement: snapshot.announcement,
    notice: snapshot.notice
  }
}
