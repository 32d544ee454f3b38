import type { Stance } from '../../../../shared/model/claim'
import { findClaim, type CommandSpec } from './types'

/** A new contention (parentId null) or response, at `index` among its siblings, or last. */
export interface AddClaim {
  name: 'add-claim'
  parentId: string | null
  index?: number
  stance: Stance
  title: string
}

export const addClaim: CommandSpec<AddClaim> = {
  name: 'add-claim',
  plan({ parentId, index, stance, title }, state) {
    const tag = title.trim()
    if (!tag) return null
    if (parentId !== null && !findClaim(state, parentId)) return { refused: `The claim “${tag}” was to answer has been deleted; it was not added.` }
    return {
      request: { operation: 'claim.add', input: { motionId: state.motion.id, parentId, stance, title: tag, ...(index === undefined ? {} : { index }) } },
      label: `Added “${tag}”`
    }
  }
}
