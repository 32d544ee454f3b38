import type { Library } from '../../../shared/model/library'
import { diffClaims, type ClaimChange } from '../../../shared/operations/claim-change'
import { applyClaimPatch } from '../../../shared/operations/claim-patch'
import { addClaim, deleteClaim, editClaim, moveClaim } from '../../../shared/operations/claims'
import { linkEvidence } from '../../../shared/operations/quotes'
import type { Store } from '../store/store'
import type { Handlers } from './handler'

/** Commits a map edit and answers with what it changed, so the page can update and undo it. */
function mapEdit<T>(store: Store, edit: (library: Library) => { library: Library; result: T }): Promise<ClaimChange & { result: T }> {
  return store.update((library) => {
    const next = edit(library)
    return { library: next.library, result: { ...diffClaims(library.claims, next.library.claims), result: next.result } }
  })
}

export const claimHandlers: Pick<Handlers, 'claim.add' | 'claim.edit' | 'claim.move' | 'claim.delete' | 'claim.patch' | 'claim.link'> = {
  'claim.add': async (input, { store, env }) => {
    const { put, remove, result } = await mapEdit(store, (library) => addClaim(library, input, env))
    return { claimId: result.id, put, remove }
  },
  'claim.edit': (input, { store, env }) => mapEdit(store, (library) => editClaim(library, input, env)).then(changeOnly),
  'claim.move': (input, { store, env }) => mapEdit(store, (library) => moveClaim(library, input, env)).then(changeOnly),
  'claim.delete': (input, { store }) => mapEdit(store, (library) => deleteClaim(library, input)).then(changeOnly),
  'claim.patch': (input, { store }) => mapEdit(store, (library) => applyClaimPatch(library, input)).then(changeOnly),
  'claim.link': (input, { store, env }) => mapEdit(store, (library) => linkEvidence(library, input, env)).then(changeOnly)
}

function changeOnly({ put, remove }: ClaimChange): ClaimChange {
  return { put, remove }
}
