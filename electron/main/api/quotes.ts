import { createQuote, deleteQuote, listQuotes, updateQuote } from '../../../shared/operations/quotes'
import type { Handlers } from './handler'

export const quoteHandlers: Pick<Handlers, 'quote.list' | 'quote.create' | 'quote.update' | 'quote.delete'> = {
  'quote.list': (_input, { store }) => listQuotes(store.library),
  'quote.create': (input, { store, env }) => store.update((library) => createQuote(library, input, env)),
  'quote.update': (input, { store, env }) => store.update((library) => updateQuote(library, input, env)),
  'quote.delete': (input, { store }) => store.update((library) => deleteQuote(library, input))
}
