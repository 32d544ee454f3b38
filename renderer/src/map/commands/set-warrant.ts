import { planFieldEdit } from './edit-claim-field'
import type { CommandSpec } from './types'

/** The claim's body: why it holds. */
export interface SetWarrant {
  name: 'set-warrant'
  claimId: string
  body: string
}

export const setWarrant: CommandSpec<SetWarrant> = {
  name: 'set-warrant',
  plan: ({ claimId, body }, state) =>
    planFieldEdit(state, claimId, (c) => c.body === body, { body }, (c) => `Changed the warrant of “${c.title}”`)
}
