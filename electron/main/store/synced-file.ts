import type { Adapter } from 'lowdb'
import { PRIVATE_FILE, writeFileAtomic } from '../../write-whole'

/**
 * lowdb's adapter for the library file, writing as exports do: a private temporary file,
 * synced, renamed over the library, the folder synced. (lowdb's own DataFile writes through
 * steno, which renames but never syncs: a power cut could lose an edit already confirmed.)
 * The store keeps one write in flight and coalesces bursts, so this needs no queue of its own.
 */
export class SyncedFile<T> implements Adapter<T> {
  readonly #file: string
  readonly #stringify: (data: T) => string

  constructor(file: string, stringify: (data: T) => string) {
    this.#file = file
    this.#stringify = stringify
  }

  /** The store reads and recovers the file itself (recover.ts); lowdb never reads it. */
  read(): Promise<T | null> {
    return Promise.resolve(null)
  }

  write(data: T): Promise<void> {
    return writeFileAtomic(this.#file, this.#stringify(data), { mode: PRIVATE_FILE })
  }
}
