import { LibrarySearch } from '../../../shared/search/library-search'
import type { Store } from '../store/store'
import type { Handlers } from './handler'

/** One index per open store, built on the first search and kept in step with every change after. */
const indexes = new WeakMap<Store, LibrarySearch>()

function indexFor(store: Store): LibrarySearch {
  let index = indexes.get(store)
  if (!index) indexes.set(store, (index = new LibrarySearch()))
  index.sync(store.library)
  return index
}

/** Builds the index a little after start, so the first search does not wait for it. */
export function warmSearch(store: Store, delayMs = 1500): void {
  setTimeout(() => {
    try {
      indexFor(store)
    } catch {
      // A failed warm-up costs nothing: the first search builds the index instead.
    }
  }, delayMs).unref()
}

export const searchHandlers: Pick<Handlers, 'search.query'> = {
  'search.query': ({ query, limit }, { store }) => indexFor(store).query(query, limit)
}
