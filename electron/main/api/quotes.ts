import type { Library } from '../../../shared/model/library'
import type { Source } from '../../../shared/model/source'
import { createQuote, deleteQuote, documentUnitsFrom, listQuotes, updateQuote, type DocumentUnits } from '../../../shared/operations/quotes'
import type { Store } from '../store/store'
import type { Handlers } from './handler'

/**
 * The units of the document source a card is cut from, read from its text file before the
 * pure operation runs. A text that cannot be read is left out: the operation then says so,
 * naming the source, if the edit needs it.
 */
export async function documentUnitsOf(store: Store, sources: ReadonlyArray<Source | undefined>): Promise<DocumentUnits> {
  return documentUnitsFrom(await store.texts.unitsOfEach(sources.filter((s): s is Source => s?.document !== undefined)))
}

const sourceOf = (library: Library, sourceId: string) => library.sources.find((s) => s.id === sourceId)

export const quoteHandlers: Pick<Handlers, 'quote.list' | 'quote.create' | 'quote.update' | 'quote.delete'> = {
  'quote.list': (_input, { store }) => listQuotes(store.library),
  'quote.create': async (input, { store, env }) => {
    const source = sourceOf(store.library, input.sourceId)
    // The text file is read only for a cut card; its answer is the clear message when it cannot be.
    if (source?.document && input.unitId !== undefined) await store.texts.unitsOf(source)
    const documents = await documentUnitsOf(store, [source])
    return store.update((library) => createQuote(library, input, env, documents))
  },
  'quote.update': async (input, { store, env }) => {
    const quote = store.library.quotes.find((q) => q.id === input.quoteId)
    const documents = await documentUnitsOf(store, [quote && sourceOf(store.library, quote.sourceId)])
    return store.update((library) => updateQuote(library, input, env, documents))
  },
  'quote.delete': (input, { store }) => store.update((library) => deleteQuote(library, input))
}
