import { checkQuotes } from '../../../shared/operations/quotes'
import type { Handlers } from './handler'

export const libraryHandlers: Pick<Handlers, 'library.check'> = {
  'library.check': (_input, { store }) => checkQuotes(store.library)
}
