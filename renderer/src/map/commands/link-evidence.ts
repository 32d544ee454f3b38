import { claimEditRefusal } from '../../../../shared/operations/locks'
import { findClaim, GONE, type CommandSpec } from './types'

/** A card linked to a claim as its evidence, or unlinked. */
export interface LinkEvidence {
  name: 'link-evidence'
  claimId: string
  quoteId: string
  linked: boolean
}

export const linkEvidence: CommandSpec<LinkEvidence> = {
  name: 'link-evidence',
  plan({ claimId, quoteId, linked }, state) {
    const claim = findClaim(state, claimId)
    if (!claim) return GONE
    if (claim.evidence.includes(quoteId) === linked) return null
    const refused = claimEditRefusal(state.motion, state.claims, claimId, 'link')
    if (refused) return { refused }
    return {
      request: { operation: 'claim.link', input: { claimId, quoteId, linked } },
      label: linked ? `Linked a card to “${claim.title}”` : `Unlinked a card from “${claim.title}”`
    }
  }
}
