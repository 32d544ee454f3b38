import type { Stance } from '../../../../shared/model/claim'
import { planFieldEdit } from './edit-claim-field'
import type { CommandSpec } from './types'

/** Supports or attacks the claim above (for a contention: for or against the motion); `flip` turns whatever it is when its turn comes. */
export interface SetStance {
  name: 'set-stance'
  claimId: string
  stance: Stance | 'flip'
}

export const setStance: CommandSpec<SetStance> = {
  name: 'set-stance',
  plan({ claimId, stance }, state) {
    const now = state.claims.find((c) => c.id === claimId)?.stance
    const next: Stance = stance === 'flip' ? (now === 'pro' ? 'con' : 'pro') : stance
    return planFieldEdit(state, claimId, (c) => c.stance === next, { stance: next }, (c) =>
      stance === 'flip' ? `Flipped “${c.title}”` : `Changed the stance of “${c.title}”`
    )
  }
}
