import { checkQuotes } from '../../../shared/operations/quotes'
import type { Handlers } from './handler'
import { documentUnitsOf } from './quotes'

export const libraryHandlers: Pick<Handlers, 'library.check'> = {
  // Every card cut from a document is checked against its text file; one that cannot be read is listed.
  'library.check': async (_input, { store }) => {
    const library = store.library
    const cutFrom = new Set(library.quotes.filter((q) => q.unitId !== null).map((q) => q.sourceId))
    const documents = await documentUnitsOf(store, library.sources.filter((s) => cutFrom.has(s.id)))
    return checkQuotes(library, documents)
  }
}
