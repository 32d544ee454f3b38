import { claimEditRefusal } from '../../../../shared/operations/locks'
import { findClaim, GONE, type CommandSpec } from './types'

export interface RenameClaim {
  name: 'rename-claim'
  claimId: string
  title: string
}

export const renameClaim: CommandSpec<RenameClaim> = {
  name: 'rename-claim',
  plan({ claimId, title }, state) {
    const claim = findClaim(state, claimId)
    if (!claim) return GONE
    const tag = title.trim()
    if (tag === claim.title) return null
    if (!tag) return { refused: 'A claim needs a tag; the old one was kept.' }
    const refused = claimEditRefusal(state.motion, state.claims, claimId, 'rename')
    if (refused) return { refused }
    return { request: { operation: 'claim.edit', input: { claimId, title: tag } }, label: `Renamed “${claim.title}” to “${tag}”` }
  }
}
