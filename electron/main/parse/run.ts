/**
 * Runs the parse of a user's file on a worker thread (kept warm for the next: ./workers.ts), so
 * that the app, the web mode's server and the CLI keep answering while it runs, with a size
 * cap (checked before the file goes to a worker), a time limit and a memory limit, and a way
 * to cancel it. Every handler and CLI command that reads a user's file goes through parseInWorker.
 */
import { utf8Length } from '../../../shared/citations/text'
import { ApiError } from '../../../shared/errors'
// The worker as its own built file beside the main bundle (electron-vite's ?modulePath; the
// unit tests' vitest config builds it the same way).
import workerFile from './worker?modulePath'
import { PARSE_MAX_BYTES } from './limits'
import type { ParseInput, ParseOutput, ParserName } from './parsers'
import { ParseWorkers, type ParseJob } from './workers'

/** Longer than any real file takes (a 20 MB pack reads in about two seconds), short enough that a stuck one is given up. */
export const PARSE_TIMEOUT_MS = 30_000

/**
 * This process's parse workers. A warm worker waits two minutes (imports come in bursts) and
 * serves at most 50 files; one holding more than 256 MB after a parse ends at once.
 */
export const parseWorkers = new ParseWorkers(workerFile, { memoryMb: 1024, idleMs: 120_000, maxParses: 50, retireAboveMb: 256 })

export type ParseOptions = Omit<ParseJob, 'timeoutMs'> & { timeoutMs?: number }

/** How messages name the files a motion is imported from. */
export const MOTION_FILE_NAMES = { kialo: 'the Kialo file', argdown: 'the Argdown file' } as const

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
  return parseWorkers.run(name, input, { what, timeoutMs, signal })
}

/** Stops every parse running now (the page's Cancel); each fails with the code 'cancelled'. Answers how many. */
export function cancelParses(): number {
  return parseWorkers.cancelAll()
}
