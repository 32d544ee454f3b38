import { dropTarget, indentTarget, outdentTarget, reorderTarget, type MoveTarget } from '../../../../shared/operations/outline'
import { claimEditRefusal } from '../../../../shared/operations/locks'
import { findClaim, GONE, type CommandSpec } from './types'

/**
 * A claim moved with its responses: indented (to answer the sibling above), outdented, stepped
 * up or down among its siblings, or dropped before, after or inside another claim. Where it goes
 * is worked out when its turn comes, so a Tab typed right after an Enter answers the claim just added.
 */
export type MoveClaim =
  | { name: 'move-claim'; claimId: string; how: 'indent' | 'outdent' }
  | { name: 'move-claim'; claimId: string; how: 'up' | 'down' }
  | { name: 'move-claim'; claimId: string; how: 'drop'; ontoId: string; zone: 'before' | 'after' | 'inside' }

function target(command: MoveClaim, claims: Parameters<typeof indentTarget>[0]): MoveTarget | null {
  switch (command.how) {
    case 'indent':
      return indentTarget(claims, command.claimId)
    case 'outdent':
      return outdentTarget(claims, command.claimId)
    case 'up':
    case 'down':
      return reorderTarget(claims, command.claimId, command.how === 'up' ? -1 : 1)
    case 'drop':
      return dropTarget(claims, command.claimId, command.ontoId, command.zone)
  }
}

const WORDS = { indent: 'Indented', outdent: 'Outdented', up: 'Moved', down: 'Moved', drop: 'Moved' } as const

export const moveClaim: CommandSpec<MoveClaim> = {
  name: 'move-claim',
  plan(command, state) {
    const claim = findClaim(state, command.claimId)
    if (!claim) return GONE
    const to = target(command, state.claims)
    if (!to) return null
    // A step among its siblings leaves a locked claim as it was; a new parent does not.
    if (to.parentId !== claim.parentId) {
      const refused = claimEditRefusal(state.motion, state.claims, claim.id, 'move')
      if (refused) return { refused }
    }
    const where = command.how === 'up' || command.how === 'down' ? ` ${command.how}` : ''
    return { request: { operation: 'claim.move', input: to }, label: `${WORDS[command.how]} “${claim.title}”${where}` }
  }
}
