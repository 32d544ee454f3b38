import type { InputOf } from '../../../../shared/contract'
import type { Claim } from '../../../../shared/model/claim'
import type { Motion } from '../../../../shared/model/motion'

/** The map a command is planned against: the motion and its claims as they are when its turn comes. */
export interface MapState {
  motion: Motion
  claims: readonly Claim[]
}

/** The one claim operation a command asks the store for. */
export type ClaimRequest =
  | { operation: 'claim.add'; input: InputOf<'claim.add'> }
  | { operation: 'claim.edit'; input: InputOf<'claim.edit'> }
  | { operation: 'claim.move'; input: InputOf<'claim.move'> }
  | { operation: 'claim.delete'; input: InputOf<'claim.delete'> }
  | { operation: 'claim.link'; input: InputOf<'claim.link'> }

/**
 * What a command would do, worked out from the map as it is: a request and the words that say
 * what it did (for the history and screen readers), a refusal the user should read, or null when
 * there is nothing to do (a rename to the same tag, a move past the end).
 */
export type Plan = { request: ClaimRequest; label: string } | { refused: string } | null

/** One named map edit. `plan` is pure: the queue runs it against the state the edits before it left. */
export interface CommandSpec<C extends { name: string }> {
  name: C['name']
  plan(command: C, state: MapState): Plan
}

export function findClaim(state: MapState, claimId: string): Claim | undefined {
  return state.claims.find((c) => c.id === claimId)
}

/** A claim that went away while the command waited its turn (deleted by an earlier edit, another window). */
export const GONE: Plan = { refused: 'That claim is no longer in the map.' }
