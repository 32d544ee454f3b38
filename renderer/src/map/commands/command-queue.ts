import type { Motion } from '../../../../shared/model/motion'
import { applyClaimChange, invertClaimChange, type ClaimChange } from '../../../../shared/operations/claim-change'
import type { InputOf, OperationName, OutputOf } from '../../../../shared/contract'
import { planCommand, type MapCommand } from './registry'
import type { ClaimRequest, MapState } from './types'

/** A command, or one worked out from the map as the edits before it left it (null: nothing to do). */
export type Step = MapCommand | ((state: MapState) => MapCommand | null)

interface HistoryEntry {
  label: string
  undo: ClaimChange
  redo: ClaimChange
}

/** Something the user should see, not only hear: a refused edit, or a delete of several claims with its Undo. */
export interface Notice {
  text: string
  undo: boolean
}

export interface EditorSnapshot {
  state: MapState | null
  canUndo: string | null
  canRedo: string | null
  /** The last thing done, for screen readers. */
  announcement: string
  notice: Notice | null
}

export interface Outcome {
  done: boolean
  /** The claim a command added. */
  claimId: string | null
}

const NOTHING: Outcome = { done: true, claimId: null }
const FAILED: Outcome = { done: false, claimId: null }

/** The typed client call (renderer/src/api/client's invoke); a failure is thrown with its `data` (code, message, path). */
export type Invoke = <N extends OperationName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>

async function send(call: Invoke, request: ClaimRequest): Promise<ClaimChange & { claimId?: string }> {
  switch (request.operation) {
    case 'claim.add':
      return call('claim.add', request.input)
    case 'claim.edit':
      return call('claim.edit', request.input)
    case 'claim.move':
      return call('claim.move', request.input)
    case 'claim.delete':
      return call('claim.delete', request.input)
    case 'claim.link':
      return call('claim.link', request.input)
  }
}

/**
 * One motion's edits, run one at a time in the order they were asked for, each planned against
 * the map the one before it left (so keys typed faster than the disk never act on a stale map).
 * Each applied change is kept with its inverse, so undo and redo are changes too. It reaches the
 * store only through the `call` it is given (queue.ts gives it the client's).
 */
export class CommandQueue {
  readonly motionId: string
  readonly #call: Invoke
  /** Where a failure goes that no form shows; set by the view that has the queue open. */
  #report: (error: unknown) => void = () => undefined
  #state: MapState | null = null
  #undo: HistoryEntry[] = []
  #redo: HistoryEntry[] = []
  #announcement = ''
  #notice: Notice | null = null
  #tail: Promise<unknown> = Promise.resolve()
  #listeners = new Set<() => void>()
  #snapshot: EditorSnapshot = { state: null, canUndo: null, canRedo: null, announcement: '', notice: null }

  /** Writes this queue sent whose library-changed event has not come back yet. */
  #echoesDue = 0

  constructor(motionId: string, call: Invoke) {
    this.motionId = motionId
    // Every write that succeeds comes back as one library-changed event; count them, so heard()
    // can tell this queue's own edits from another window's. (motion.get is its only read.)
    this.#call = (async (name: string, input: unknown) => {
      const writes = name !== 'motion.get'
      if (writes) this.#echoesDue++
      try {
        return await call(name as never, input as never)
      } catch (error) {
        if (writes) this.#echoesDue--
        throw error
      }
    }) as Invoke
  }

  /**
   * The library-changed event for this motion: the echo of one of this queue's own writes is
   * skipped; anything else (another window, a tab, the command line's import) reads the map
   * again, after the edits already asked for.
   */
  heard(change: { motionId?: string }): void {
    if (change.motionId !== this.motionId) return
    if (this.#echoesDue > 0) {
      this.#echoesDue--
      return
    }
    void this.load()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  getSnapshot = (): EditorSnapshot => this.#snapshot

  #emit(): void {
    this.#snapshot = {
      state: this.#state,
      canUndo: this.#undo[this.#undo.length - 1]?.label ?? null,
      canRedo: this.#redo[this.#redo.length - 1]?.label ?? null,
      announcement: this.#announcement,
      notice: this.#notice
    }
    for (const listener of this.#listeners) listener()
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(task, task)
    this.#tail = next.catch(() => undefined)
    return next
  }

  /** (Re)reads the stored map, after the edits already asked for; failures from now on go to `report`. */
  open(report: (error: unknown) => void): Promise<void> {
    this.#report = report
    // A notice belongs to the moment it was shown; coming back to the motion starts without it.
    this.#notice = null
    return this.load()
  }

  /** (Re)reads the stored map, after the edits already asked for. */
  load(): Promise<void> {
    return this.#serially(async () => {
      try {
        const loaded = await this.#call('motion.get', { motionId: this.motionId })
        this.#state = { motion: loaded.motion, claims: loaded.claims }
        this.#emit()
      } catch (error) {
        this.#report(error)
      }
    })
  }

  /**
   * Runs a command when its turn comes. A refusal is shown (or, with `rethrow`, thrown to a form
   * that shows it under its field), as is a failure from the store.
   */
  run(step: Step, options: { rethrow?: boolean } = {}): Promise<Outcome> {
    return this.#serially(async () => {
      const before = this.#state
      if (!before) return FAILED
      const command = typeof step === 'function' ? step(before) : step
      const plan = command ? planCommand(command, before) : null
      if (!plan) return NOTHING
      if ('refused' in plan) {
        if (options.rethrow) throw new Error(plan.refused)
        this.#tell(plan.refused, { text: plan.refused, undo: false })
        return FAILED
      }
      try {
        const change = await send(this.#call, plan.request)
        this.#apply(change)
        this.#undo = [...this.#undo, { label: plan.label, undo: invertClaimChange(before.claims, change), redo: change }].slice(-200)
        this.#redo = []
        // A delete of more than the one claim chosen offers its Undo in view, not only in the toolbar.
        this.#tell(plan.label, change.remove.length > 1 ? { text: plan.label, undo: true } : null)
        return { done: true, claimId: change.claimId ?? null }
      } catch (error) {
        this.#resyncIfStale(error)
        if (options.rethrow) throw error
        this.#report(error)
        return FAILED
      }
    })
  }

  undo(): Promise<void> {
    return this.#travel('undo')
  }

  redo(): Promise<void> {
    return this.#travel('redo')
  }

  #travel(direction: 'undo' | 'redo'): Promise<void> {
    return this.#serially(async () => {
      const from = direction === 'undo' ? this.#undo : this.#redo
      const entry = from[from.length - 1]
      if (!entry) return
      try {
        const change = await this.#call('claim.patch', { motionId: this.motionId, ...(direction === 'undo' ? entry.undo : entry.redo) })
        this.#apply(change)
        if (direction === 'undo') {
          this.#undo = this.#undo.slice(0, -1)
          this.#redo = [...this.#redo, entry]
        } else {
          this.#redo = this.#redo.slice(0, -1)
          this.#undo = [...this.#undo, entry]
        }
        this.#tell(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}`, null)
      } catch (error) {
        this.#resyncIfStale(error)
        this.#report(error)
      }
    })
  }

  #apply(change: ClaimChange): void {
    if (this.#state) this.#state = { ...this.#state, claims: applyClaimChange(this.#state.claims, change) }
  }

  #tell(announcement: string, notice: Notice | null): void {
    this.#announcement = announcement
    this.#notice = notice
    this.#emit()
  }

  /** Says something to screen readers that is not an edit (focus moved, a field was refused). */
  announce(message: string): void {
    this.#tell(message, this.#notice)
  }

  /** Shows why something the user asked for cannot be done (a key on a locked claim). */
  refuse(message: string): void {
    this.#tell(message, { text: message, undo: false })
  }

  dismissNotice(): void {
    this.#tell(this.#announcement, null)
  }

  /** The motion's own fields changed (renamed, its format): not a map edit, so not in the history. */
  updateMotion(motion: Motion): void {
    if (!this.#state) return
    this.#state = { ...this.#state, motion }
    this.#emit()
  }

  /**
   * After a "not found" or "conflict" the map changed somewhere else (another window, the
   * command line): show the stored map again, and drop a history that no longer applies.
   */
  #resyncIfStale(error: unknown): void {
    const code = (error as { data?: { code?: string } } | null)?.data?.code
    if (code !== 'not_found' && code !== 'conflict') return
    this.#undo = []
    this.#redo = []
    void this.load()
  }
}
