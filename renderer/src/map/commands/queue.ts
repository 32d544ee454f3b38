import { invoke } from '../../api/client'
import { library } from '../../data/hooks'
import { CommandQueue } from './command-queue'

export type { EditorSnapshot, Notice, Outcome, Step } from './command-queue'

/**
 * The one runner of map edits: the only module of the map that calls the client. Each motion's
 * queue, and so its undo history, outlives its view: leaving a motion and coming back keeps
 * Ctrl/Cmd+Z working.
 */
const queues = new Map<string, CommandQueue>()

// A map edited in another window or tab (or by the menu) is read again; the queue skips the
// echoes of its own writes.
library.onChange((change) => {
  if (change.motionId) queues.get(change.motionId)?.heard(change)
})

export function queueFor(motionId: string): CommandQueue {
  let queue = queues.get(motionId)
  if (!queue) {
    queue = new CommandQueue(motionId, invoke)
    queues.set(motionId, queue)
  }
  return queue
}
