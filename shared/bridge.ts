import type { Outcome } from './errors'

/** The single IPC channel every API call travels on. */
export const IPC_CHANNEL = 'casebook'

/** All the preload gives the page: one way to call an operation by name. */
export interface CasebookBridge {
  invoke(name: string, input: unknown): Promise<Outcome<unknown>>
}
