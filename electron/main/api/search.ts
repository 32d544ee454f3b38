import { LibrarySearch } from '../../../shared/search/library-search'
import type { Store } from '../store/store'
import type { Handlers } from './handler'

/** One store's index: built on the first search, and kept in step with every change after. */
export function searchIndexOf(store: Store): () => LibrarySearch {
  let index: LibrarySearch | null = null
  return () => {
    index ??= new LibrarySearch()
    index.sync(store.library)
    return index
  }
}

/** Builds the index a little after start, so the first search does not wait for it. */
export function warmSearch(search: () => LibrarySearch, delayMs = 1500): void {
  setTimeout(() => {
    try {
      search()
    } catch {
      // A failed warm-up costs nothing: the first search builds the index instead.
    }
  }, delayMs).unref()
}

export const searchHandlers: Pick<Handlers, 'search.query'> = {
  'search.query': ({ query, limit }, { search }) => search().query(query, limit)
}
