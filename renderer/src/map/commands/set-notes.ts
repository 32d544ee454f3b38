import { planFieldEdit } from './edit-claim-field'
import type { CommandSpec } from './types'

export interface SetNotes {
  name: 'set-notes'
  claimId: string
  notes: string
}

export const setNotes: CommandSpec<SetNotes> = {
  name: 'set-notes',
  plan: ({ claimId, notes }, state) =>
    planFieldEdit(state, claimId, (c) => c.notes === notes, { notes }, (c) => `Changed the notes of “${c.title}”`)
}
