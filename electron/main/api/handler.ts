import type { OperationName, OutputOf, ParsedInputOf } from '../../../shared/contract'
import type { OperationEnv } from '../../../shared/operations/change'
import type { LibrarySearch } from '../../../shared/search/library-search'
import type { RecentExports } from '../recent-exports'
import type { Store } from '../store/store'

/** What a runtime gives its handlers: the store, the clock and id source, and facts about this build. */
export interface HandlerOptions {
  store: Store
  env: OperationEnv
  appVersion: string
  /**
   * Asks the user where to save a file and writes it there, answering the path, or null when
   * they cancel. Only the desktop app has one; the web mode's page downloads files itself.
   */
  saveFile?: (suggestedName: string, bytes: Uint8Array) => Promise<string | null>
  /** Prints a whole HTML page to PDF bytes: Electron's printToPDF in the app, headless Chromium in the web mode. */
  printPdf?: (html: string) => Promise<Uint8Array>
  /** Shows a file in the system's file manager. Only the desktop app has one. */
  revealFile?: (path: string) => void | Promise<void>
  /** The pack file the system asked the desktop app to open, taken once (electron/main/open-pack.ts); the web mode has none. */
  takeOpenedPack?: () => { name: string; text: string } | null
  /** How long reading a user's file may take (electron/main/parse); PARSE_TIMEOUT_MS unless given. */
  parseTimeoutMs?: number
}

/**
 * What every handler may use: the options, and the state that belongs to one runtime's store
 * (made by createApi, never at module level, so two stores in one process share nothing).
 */
export interface HandlerContext extends HandlerOptions {
  /** The search index, brought up to date with the library on each call. */
  search(): Promise<LibrarySearch>
  /** The files saved through the dialog, kept in this store's data folder. */
  recentExports: RecentExports
}

export type Handler<N extends OperationName> = (
  input: ParsedInputOf<N>,
  context: HandlerContext
) => OutputOf<N> | Promise<OutputOf<N>>

/** One handler per contract operation; the type makes a missing one a compile error. */
export type Handlers = { [N in OperationName]: Handler<N> }

type Joined<T> = (T extends unknown ? (group: T) => void : never) extends (group: infer All) => void ? All : never

/**
 * Joins per-area handler groups into one table whose type has every group's operations, so
 * `const handlers: Handlers = combineHandlers(...)` does not compile while one is missing.
 * Refuses a name defined twice (a runtime guard the spread would hide).
 */
export function combineHandlers<Groups extends Array<Partial<Handlers>>>(...groups: Groups): Joined<Groups[number]> {
  const all: Record<string, unknown> = {}
  for (const group of groups) {
    for (const name of Object.keys(group)) {
      if (name in all) throw new Error(`api: handler "${name}" is defined twice`)
      all[name] = group[name as OperationName]
    }
  }
  return all as Joined<Groups[number]>
}
