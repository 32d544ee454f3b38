import { addClaim, deleteClaim, editClaim } from '../../../shared/operations/claims'
import type { Handlers } from './handler'

export const claimHandlers: Pick<Handlers, 'claim.add' | 'claim.edit' | 'claim.delete'> = {
  'claim.add': (input, { store, env }) => store.update((library) => addClaim(library, input, env)),
  'claim.edit': (input, { store, env }) => store.update((library) => editClaim(library, input, env)),
  'claim.delete': (input, { store }) => store.update((library) => deleteClaim(library, input))
}
