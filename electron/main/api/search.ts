import { LibrarySearch } from '../../../shared/search/library-search'
import type { Store } from '../store/store'
import type { Handlers } from './handler'

/**
 * One store's index: built on the first search, and kept in step with every change after.
 * Imported documents' texts are read from their files only when the index does not hold them yet.
 */
export function searchIndexOf(store: Store): () => Promise<LibrarySearch> {
  let index: LibrarySearch | null = null
  return async () => {
    index ??= new LibrarySearch()
    const library = store.library
    const toRead = index.textsToRead(library)
    index.sync(library, toRead.length === 0 ? undefined : await store.texts.unitsOfEach(toRead))
    return index
  }
}

/** Builds the index a little after start, so the first search does not wait for it. */
export function warmSearch(search: () => Promise<LibrarySearch>, delayMs = 1500): void {
  setTimeout(() => {
    // A failed warm-up costs nothing: the first search builds the index instead.
    search().catch(() => undefined)
  }, delayMs).unref()
}

export const searchHandlers: Pick<Handlers, 'search.query'> = {
  'search.query': async ({ query, limit }, { search }) => (await search()).query(query, limit)
}
