import { planFieldEdit } from './edit-claim-field'
import type { CommandSpec } from './types'

/** The claim's topic tags, typed as one comma-separated line. */
export interface SetTags {
  name: 'set-tags'
  claimId: string
  text: string
}

/** "economy, , Economy ,debt" → ["economy", "Economy", "debt"]: trimmed, empty and repeated entries dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))]
}

export const setTags: CommandSpec<SetTags> = {
  name: 'set-tags',
  plan({ claimId, text }, state) {
    const tags = parseTags(text)
    return planFieldEdit(state, claimId, (c) => c.tags.join('\n') === tags.join('\n'), { tags }, (c) => `Changed the tags of “${c.title}”`)
  }
}
