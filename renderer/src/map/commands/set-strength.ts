import { planFieldEdit } from './edit-claim-field'
import type { CommandSpec } from './types'

/** How strong the user rates the claim, 1 to 5, or null for not rated. */
export interface SetStrength {
  name: 'set-strength'
  claimId: string
  strength: number | null
}

export const setStrength: CommandSpec<SetStrength> = {
  name: 'set-strength',
  plan: ({ claimId, strength }, state) =>
    planFieldEdit(
      state,
      claimId,
      (c) => (c.strength ?? null) === strength,
      { strength },
      (c) => (strength === null ? `Cleared the rating of “${c.title}”` : `Rated “${c.title}” ${strength} of 5`)
    )
}
