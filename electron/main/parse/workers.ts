/**
 * The parse worker threads, kept warm between parses. Starting a worker and loading pdf.js,
 * the XML parser or Readability into it cost more than reading a 120-page PDF once they are
 * loaded (1.5 s against 0.6 s for 120 pages), so a worker that finished a parse cleanly waits
 * for the next one instead of ending, and a file chooser has a worker made ready (prepare)
 * while the user picks the file. A parse that is stopped (its time limit, a cancel, a crash, running
 * out of memory) ends its worker there and then: the next parse starts a fresh one. Parses
 * asked for together each get a worker of their own, so a slow file never holds up another.
 *
 * Reusing a worker shares nothing a file could reach that a fresh one would not give it: a
 * parser that could be made to run a file's code in the worker could already read and write
 * files from there. Untrusted input still never touches the main thread.
 */
import { Worker } from 'node:worker_threads'
import { ApiError, type ApiErrorData } from '../../../shared/errors'
import type { ParseInput, ParseOutput, ParserName, ReaderName } from './parsers'
import type { ParseReply } from './worker'

export interface ParseWorkerLimits {
  /** The most memory a worker's parses may hold at once; past it the worker is stopped. */
  memoryMb: number
  /** A warm worker that waits this long for another parse ends, giving its memory back. */
  idleMs: number
  /** Parses one worker serves before it is ended, so what one parser keeps cannot pile up without end. */
  maxParses: number
  /** A worker holding more than this after a parse ends rather than waiting while holding it. */
  retireAboveMb: number
}

export interface ParseJob {
  /** How the file is named in messages: "the Kialo file", "the pack". */
  what: string
  timeoutMs: number
  /** Aborting stops the parse at once; it then fails with the code 'cancelled'. */
  signal?: AbortSignal
}

interface Warm {
  worker: Worker
  parses: number
  /** The readers whose code this worker has loaded. */
  loaded: Set<ReaderName>
  idleTimer?: NodeJS.Timeout
}

/** Loading a reader's code takes about a second; a warm-up stuck far beyond that is given up. */
const PREPARE_TIMEOUT_MS = 20_000

export class ParseWorkers {
  readonly #file: string | URL
  readonly #limits: ParseWorkerLimits
  readonly #idle = new Set<Warm>()
  readonly #busy = new Set<Warm>()
  /** Each parse running now, by its cancel. */
  readonly #cancels = new Set<() => void>()
  /** A worker being made ready (prepare): a parse asked for meanwhile waits for it rather than starting a cold one. */
  #preparing: Promise<void> | undefined
  #started = 0
  #closed = false

  constructor(file: string | URL, limits: ParseWorkerLimits) {
    this.#file = file
    this.#limits = limits
  }

  /** How many workers were started, and how many are waiting or parsing now. */
  get counts(): { started: number; idle: number; busy: number } {
    return { started: this.#started, idle: this.#idle.size, busy: this.#busy.size }
  }

  /**
   * Makes a worker ready for `reader` before its file comes (the user is choosing one): started,
   * with the reader's code loaded, then waiting like any warm worker. Resolves when it is ready;
   * a warm-up that fails costs only the first parse's speed, so it never rejects.
   */
  prepare(reader: ReaderName): Promise<void> {
    if (this.#closed) return Promise.resolve()
    // One warm-up at a time, on the one waiting worker.
    if (this.#preparing) return this.#preparing.then(() => this.prepare(reader))
    if ([...this.#idle].some((warm) => warm.loaded.has(reader))) return Promise.resolve()
    const preparing = this.run('prepare', reader, { what: `the ${reader} reader`, timeoutMs: PREPARE_TIMEOUT_MS }).then(
      () => undefined,
      () => undefined
    )
    this.#preparing = preparing
    void preparing.then(() => {
      if (this.#preparing === preparing) this.#preparing = undefined
    })
    return preparing
  }

  /** Reads `input` with the parser `name` on a worker; rejects with an ApiError naming `job.what`. */
  run<N extends ParserName>(name: N, input: ParseInput<N>, job: ParseJob): Promise<ParseOutput<N>> {
    const { what, timeoutMs, signal } = job
    if (signal?.aborted) return Promise.reject(new ApiError('cancelled', `Reading ${what} was cancelled`))
    if (name !== 'prepare' && this.#preparing && this.#idle.size === 0) {
      return this.#preparing.then(() => this.run(name, input, job))
    }
    return new Promise((resolve, reject) => {
      const warm = this.#take()
      const { worker } = warm
      let settled = false
      const finish = (settle: () => void, workerIsSound: boolean, heapMb = 0) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        this.#cancels.delete(onAbort)
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        if (workerIsSound) this.#putBack(warm, heapMb)
        else this.#end(warm)
        settle()
      }
      const stop = (reason: ApiError) => finish(() => reject(reason), false)
      const onAbort = () => stop(new ApiError('cancelled', `Reading ${what} was cancelled`))
      const onMessage = (reply: ParseReply<ParseOutput<N>>) => {
        if (reply.ok) warm.loaded.add(name === 'prepare' ? (input as ReaderName) : (name as ReaderName))
        finish(() => (reply.ok ? resolve(reply.data) : reject(rebuilt(reply.error))), true, reply.heapMb)
      }
      const onError = (error: Error & { code?: string }) => {
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        const reason = outOfMemory
          ? `Reading ${what} needed more than ${this.#limits.memoryMb} MB of memory and was stopped`
          : `Reading ${what} failed: ${error.message}`
        stop(new ApiError(outOfMemory ? 'invalid_input' : 'internal', reason))
      }
      const onExit = () => stop(new ApiError('internal', `Reading ${what} stopped before it finished`))
      const seconds = Number((timeoutMs / 1000).toFixed(3))
      const timer = setTimeout(() => stop(new ApiError('invalid_input', `Reading ${what} took longer than ${seconds} s and was stopped`)), timeoutMs)
      signal?.addEventListener('abort', onAbort)
      this.#cancels.add(onAbort)
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      worker.postMessage({ name, input })
    })
  }

  /** Stops every parse running now; each fails with the code 'cancelled'. Answers how many. */
  cancelAll(): number {
    const cancels = [...this.#cancels]
    for (const cancel of cancels) cancel()
    return cancels.length
  }

  /** Stops the parses running now (as cancelled) and ends every worker; a later parse gets a worker that ends after it. */
  async close(): Promise<void> {
    this.#closed = true
    this.cancelAll()
    await Promise.all([...this.#idle].map((warm) => this.#end(warm)))
  }

  #take(): Warm {
    const [waiting] = this.#idle
    const warm = waiting ?? this.#start()
    this.#idle.delete(warm)
    clearTimeout(warm.idleTimer)
    this.#busy.add(warm)
    warm.parses++
    // While it parses the worker keeps the process alive (the CLI waits for its answer).
    warm.worker.ref()
    return warm
  }

  #start(): Warm {
    const worker = new Worker(this.#file, { resourceLimits: { maxOldGenerationSizeMb: this.#limits.memoryMb } })
    this.#started++
    const warm: Warm = { worker, parses: 0, loaded: new Set() }
    // A worker that fails while waiting is simply gone: without this listener its error would end the app.
    worker.on('error', () => undefined)
    worker.on('exit', () => {
      clearTimeout(warm.idleTimer)
      this.#idle.delete(warm)
      this.#busy.delete(warm)
    })
    return warm
  }

  #putBack(warm: Warm, heapMb: number): void {
    this.#busy.delete(warm)
    const { idleMs, maxParses, retireAboveMb } = this.#limits
    // One waiting worker is enough for parses one after another; more would only hold memory.
    if (this.#closed || this.#idle.size > 0 || warm.parses >= maxParses || heapMb > retireAboveMb) {
      void this.#end(warm)
      return
    }
    this.#idle.add(warm)
    // A waiting worker never keeps the app, the CLI or a test run from ending.
    warm.worker.unref()
    warm.idleTimer = setTimeout(() => void this.#end(warm), idleMs)
    warm.idleTimer.unref()
  }

  async #end(warm: Warm): Promise<void> {
    clearTimeout(warm.idleTimer)
    this.#idle.delete(warm)
    this.#busy.delete(warm)
    await warm.worker.terminate()
  }
}

function rebuilt(error: ApiErrorData): ApiError {
  return new ApiError(error.code, error.message, error.path)
}
