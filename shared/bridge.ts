import type { Outcome } from './errors'

/** The single IPC channel every API call travels on. */
export const IPC_CHANNEL = 'casebook'

/** The channel (IPC in the app, Server-Sent Events in the web mode) that says the library changed. */
export const LIBRARY_CHANGED_CHANNEL = 'casebook:library-changed'

/** What a committed write touched, so a view refetches only what it shows. */
export type LibraryTopic = 'motions' | 'claims' | 'sources' | 'quotes' | 'practice' | 'packs' | 'backups' | 'exports'

/** Sent to every open window or tab after each committed write, whoever made it. */
export interface LibraryChange {
  /** The operation that wrote, e.g. 'claim.add'. */
  operation: string
  topics: LibraryTopic[]
  /** The motion whose map changed, when the write concerned one. */
  motionId?: string
}

/** All the preload gives the page: one way to call an operation by name, and one event. */
export interface CasebookBridge {
  invoke(name: string, input: unknown): Promise<Outcome<unknown>>
  /** Calls `listener` after every committed write; returns the function that stops listening. */
  onLibraryChanged(listener: (change: LibraryChange) => void): () => void
}
