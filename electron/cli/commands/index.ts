/** Every `casebook` command, in the order `casebook --help` lists them. One file per command. */
import type { Command } from '../command'
import { backups } from './backups'
import { brief } from './brief'
import { check } from './check'
import { importCommand } from './import'
import { list } from './list'
import { pack } from './pack'
import { show } from './show'

export const COMMANDS: Record<string, Command> = {
  list,
  show,
  check,
  pack,
  import: importCommand,
  brief,
  backups
}
