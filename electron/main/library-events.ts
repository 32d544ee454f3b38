import type { LibraryChange } from '../../shared/bridge'

export type LibraryChangeListener = (change: LibraryChange) => void

/** Where a runtime's committed writes are announced: the app's windows and the web mode's event streams listen. */
export class LibraryEvents {
  readonly #listeners = new Set<LibraryChangeListener>()

  /** Calls `listener` after every committed write; returns the function that stops it. */
  subscribe(listener: LibraryChangeListener): () => void {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  emit(change: LibraryChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change)
      } catch (error) {
        // A window or stream that cannot be told must not fail the write, which is already on disk.
        console.warn(`casebook: a library-changed listener failed: ${String(error)}`)
      }
    }
  }
}
