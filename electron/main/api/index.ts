import type { LibraryChange } from '../../../shared/bridge'
import { contract, isOperationName, OPERATION_NAMES, type OperationName, type WriteOperationName } from '../../../shared/contract'
import { ApiError, fromZodError, toErrorData, type Outcome } from '../../../shared/errors'
import { libraryChangeAfter } from '../../../shared/library-changes'
import { appHandlers } from './app'
import { backupHandlers } from './backups'
import { briefHandlers } from './briefs'
import { claimHandlers } from './claims'
import { documentHandlers } from './documents'
import { drillHandlers } from './drills'
import { fileHandlers } from './files'
import { flowHandlers } from './flows'
import { formatHandlers } from './formats'
import { combineHandlers, type Handler, type HandlerContext, type HandlerOptions, type Handlers } from './handler'
import { interchangeHandlers } from './interchange'
import { libraryHandlers } from './library'
import { motionHandlers } from './motions'
import { packHandlers } from './packs'
import { practiceHandlers } from './practice'
import { quoteHandlers } from './quotes'
import { reviewHandlers } from './reviews'
import { searchHandlers, searchIndexOf, warmSearch } from './search'
import { sourceHandlers } from './sources'
import { verbatimHandlers } from './verbatim'
import { RecentExports } from '../recent-exports'

/** Every operation's handler, one file per area named after its operations: one missing here is a compile error. */
export const handlers: Handlers = combineHandlers(
  appHandlers,
  backupHandlers,
  motionHandlers,
  interchangeHandlers,
  claimHandlers,
  sourceHandlers,
  documentHandlers,
  verbatimHandlers,
  quoteHandlers,
  libraryHandlers,
  searchHandlers,
  packHandlers,
  fileHandlers,
  briefHandlers,
  practiceHandlers,
  formatHandlers,
  reviewHandlers,
  flowHandlers,
  drillHandlers
)

export type Api = (name: unknown, input: unknown) => Promise<Outcome<unknown>>

export interface ApiOptions extends HandlerOptions {
  /** Told after every write that succeeded (the contract's kind says which operations write). */
  onLibraryChanged?: (change: LibraryChange) => void
  /** Build the search index this long after start, so the first search does not wait (the app and web mode do). */
  warmSearchAfterMs?: number
}

/**
 * The one entry point both transports call: checks the operation name and its input against
 * the contract, runs the handler, announces a committed write, and returns an Outcome (it never throws).
 */
export function createApi({ onLibraryChanged, warmSearchAfterMs, ...options }: ApiOptions, table: Handlers = handlers): Api {
  // The type makes the table whole; this catches one made whole by a cast.
  const missing = OPERATION_NAMES.filter((name) => typeof table[name] !== 'function')
  if (missing.length > 0) throw new Error(`api: no handler for ${missing.join(', ')}`)
  const context: HandlerContext = { ...options, search: searchIndexOf(options.store), recentExports: new RecentExports(options.store.dataDir) }
  if (warmSearchAfterMs !== undefined) warmSearch(context.search, warmSearchAfterMs)
  return async (name, input) => {
    try {
      if (!isOperationName(name)) {
        throw new ApiError('unknown_operation', unknownOperationMessage(name), '')
      }
      const parsed = contract[name].input.safeParse(input ?? {})
      if (!parsed.success) throw fromZodError(parsed.error)
      const handler = table[name] as Handler<OperationName>
      const before = context.store.library
      const data = await handler(parsed.data as never, context)
      if (contract[name].kind === 'write') {
        onLibraryChanged?.(libraryChangeAfter(name as WriteOperationName, parsed.data as never, data as never, before))
      }
      return { ok: true, data }
    } catch (error) {
      return { ok: false, error: toErrorData(error) }
    }
  }
}

/** Names what was sent without converting it: an object from JSON can make String() throw ({"toString": 1}). */
function unknownOperationMessage(name: unknown): string {
  if (name === null) return 'Unknown operation: its name must be text, not null'
  if (typeof name === 'object' || typeof name === 'function') {
    return `Unknown operation: its name must be text, not ${Array.isArray(name) ? 'a list' : 'an object'}`
  }
  return `Unknown operation "${String(name)}"`
}
