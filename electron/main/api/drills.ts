import { deleteDrill, listDrills, saveDrill } from '../../../shared/operations/drills'
import type { Handlers } from './handler'

export const drillHandlers: Pick<Handlers, 'drill.list' | 'drill.save' | 'drill.delete'> = {
  'drill.list': (_input, { store }) => listDrills(store.library),
  'drill.save': (input, { store, env }) => store.update((library) => saveDrill(library, input, env)),
  'drill.delete': (input, { store }) => store.update((library) => deleteDrill(library, input))
}
