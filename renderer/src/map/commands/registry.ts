import { addClaim, type AddClaim } from './add-claim'
import { deleteClaim, type DeleteClaim } from './delete-claim'
import { linkEvidence, type LinkEvidence } from './link-evidence'
import { moveClaim, type MoveClaim } from './move-claim'
import { renameClaim, type RenameClaim } from './rename-claim'
import { setNotes, type SetNotes } from './set-notes'
import { setStance, type SetStance } from './set-stance'
import { setStrength, type SetStrength } from './set-strength'
import { setTags, type SetTags } from './set-tags'
import { setWarrant, type SetWarrant } from './set-warrant'
import type { CommandSpec, MapState, Plan } from './types'

/** Every edit the page can make to a motion's map. A new one is added here, in its own file, with its test. */
export type MapCommand = AddClaim | RenameClaim | SetWarrant | SetNotes | SetTags | SetStrength | SetStance | MoveClaim | DeleteClaim | LinkEvidence

export type CommandName = MapCommand['name']

/** One spec per name: a command left out of this table is a compile error. */
const COMMANDS: { [N in CommandName]: CommandSpec<Extract<MapCommand, { name: N }>> } = {
  'add-claim': addClaim,
  'rename-claim': renameClaim,
  'set-warrant': setWarrant,
  'set-notes': setNotes,
  'set-tags': setTags,
  'set-strength': setStrength,
  'set-stance': setStance,
  'move-claim': moveClaim,
  'delete-claim': deleteClaim,
  'link-evidence': linkEvidence
}

/** What `command` would do to the map as it now is. */
export function planCommand(command: MapCommand, state: MapState): Plan {
  const spec = COMMANDS[command.name] as CommandSpec<MapCommand>
  return spec.plan(command, state)
}
