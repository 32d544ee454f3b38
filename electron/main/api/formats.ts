import { deleteFormat, listFormats, saveFormat } from '../../../shared/operations/practice'
import type { Handlers } from './handler'

export const formatHandlers: Pick<Handlers, 'format.list' | 'format.save' | 'format.delete'> = {
  'format.list': (_input, { store }) => listFormats(store.library),
  'format.save': (input, { store, env }) => store.update((library) => saveFormat(library, input, env)),
  'format.delete': (input, { store }) => store.update((library) => deleteFormat(library, input))
}
