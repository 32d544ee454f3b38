/**
 * Runs the parse of a user's file on a worker thread, so that the app, the web mode's server
 * and the CLI keep answering while it runs, with a size cap (checked before the worker
 * starts), a time limit and a memory limit, and a way to cancel it. Every handler and CLI
 * command that reads a user's file goes through parseInWorker.
 */
import { Worker } from 'node:worker_threads'
import { utf8Length } from '../../../shared/citations/text'
import { ApiError, type ApiErrorData } from '../../../shared/errors'
// The worker as its own built file beside the main bundle (electron-vite's ?modulePath; the
// unit tests' vitest config builds it the same way).
import workerFile from './worker?modulePath'
import { PARSE_MAX_BYTES, type ParseInput, type ParseOutput, type ParserName } from './parsers'

/** Longer than any real file takes (a 20 MB pack reads in about two seconds), short enough that a stuck one is given up. */
export const PARSE_TIMEOUT_MS = 30_000
/** A file whose parse needs more memory than this is refused rather than letting it swell the app. */
const PARSE_MEMORY_MB = 1024

export interface ParseOptions {
  /** How the file is named in messages: "the Kialo file", "the pack". */
  what: string
  timeoutMs?: number
  /** Aborting stops the parse at once; it then fails with the code 'cancelled'. */
  signal?: AbortSignal
}

/** How messages name the files a motion is imported from. */
export const MOTION_FILE_NAMES = { kialo: 'the Kialo file', argdown: 'the Argdown file' } as const

/** The parses running now, each by its cancel, so that one request can stop them all (see cancelParses). */
const running = new Set<() => void>()

function sizeOf(input: unknown): number {
  if (typeof input === 'string') return utf8Length(input)
  if (input instanceof Uint8Array) return input.byteLength
  if (typeof input === 'object' && input !== null && 'text' in input) return sizeOf((input as { text: unknown }).text)
  if (typeof input === 'object' && input !== null && 'bytes' in input) return sizeOf((input as { bytes: unknown }).bytes)
  return 0
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
}

const capitalised = (what: string) => what.charAt(0).toUpperCase() + what.slice(1)

/** Reads `input` with the parser `name` on a worker thread; rejects with an ApiError naming `what` went wrong. */
export function parseInWorker<N extends ParserName>(name: N, input: ParseInput<N>, options: ParseOptions): Promise<ParseOutput<N>> {
  const { what, timeoutMs = PARSE_TIMEOUT_MS, signal } = options
  const bytes = sizeOf(input)
  if (bytes > PARSE_MAX_BYTES[name]) {
    const limit = megabytes(PARSE_MAX_BYTES[name])
    return Promise.reject(new ApiError('invalid_input', `${capitalised(what)} is ${megabytes(bytes)}; at most ${limit} can be read at once`))
  }
  if (signal?.aborted) return Promise.reject(new ApiError('cancelled', `Reading ${what} was cancelled`))
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: { name, input },
      resourceLimits: { maxOldGenerationSizeMb: PARSE_MEMORY_MB }
    })
    let settled = false
    const finish = (settle: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      running.delete(onAbort)
      settle()
      void worker.terminate()
    }
    const stop = (reason: ApiError) => finish(() => reject(reason))
    const onAbort = () => stop(new ApiError('cancelled', `Reading ${what} was cancelled`))
    const seconds = Number((timeoutMs / 1000).toFixed(3))
    const timer = setTimeout(
      () => stop(new ApiError('invalid_input', `Reading ${what} took longer than ${seconds} s and was stopped`)),
      timeoutMs
    )
    signal?.addEventListener('abort', onAbort)
    running.add(onAbort)
    worker.on('message', (reply: { ok: true; data: ParseOutput<N> } | { ok: false; error: ApiErrorData }) =>
      finish(() => (reply.ok ? resolve(reply.data) : reject(new ApiError(reply.error.code, reply.error.message, reply.error.path))))
    )
    worker.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `Reading ${what} needed more than ${PARSE_MEMORY_MB} MB of memory and was stopped`
          : `Reading ${what} failed: ${error.message}`
      stop(new ApiError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'invalid_input' : 'internal', reason))
    })
    worker.on('exit', () => stop(new ApiError('internal', `Reading ${what} stopped before it finished`)))
  })
}

/** Stops every parse running now (the page's Cancel); each fails with the code 'cancelled'. Answers how many. */
export function cancelParses(): number {
  const cancels = [...running]
  for (const cancel of cancels) cancel()
  return cancels.length
}
