import type { BackupSummary } from '../../../shared/contract'
import { CliError, dataDirOf, openApiToWrite, plural, type Command } from '../command'

const USAGE = ['casebook backups list [--data DIR] [--json]', '       casebook backups restore ID [--data DIR]'].join('\n')

function holds(backup: BackupSummary): string {
  const h = backup.holds
  if (!h) return 'cannot be read'
  return `${plural(h.motions, 'motion')}, ${plural(h.claims, 'claim')}, ${plural(h.cards, 'card')}`
}

function when(backup: BackupSummary): string {
  return backup.savedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')
}

export const backups: Command = {
  usage: USAGE,
  summary: 'List the backups of the library, or restore one (the library as it is is backed up first)',
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [action, id, ...extra] = positionals
    if (extra.length > 0) throw new CliError(`unexpected "${extra.join(' ')}"`)
    if (action === 'list') {
      if (id !== undefined) throw new CliError(`"backups list" takes no argument; got "${id}"`)
      const dataDir = dataDirOf(values, io)
      // What backup.list's handler answers, read without the lock.
      const { describeBackups } = await import('../../main/store/restore')
      const list = describeBackups(dataDir)
      if (values.json) {
        io.out(JSON.stringify(list, null, 2))
        return 0
      }
      if (list.length === 0) {
        io.out(`No backups in ${dataDir}`)
        return 0
      }
      for (const backup of list) io.out(`${backup.id}  ${when(backup)}  ${holds(backup)}`)
      return 0
    }
    if (action === 'restore') {
      if (!id) throw new CliError('say which backup: "casebook backups list" lists their ids')
      const api = await openApiToWrite(values, io)
      try {
        const result = await api.call('backup.restore', { id })
        for (const notice of result.notices) io.err(`casebook: ${notice.message}`)
        io.out(`Restored the backup from ${when(result.restored)} (${holds(result.restored)}).`)
        io.out(`The library as it was is kept as the backup ${result.savedAs}: "casebook backups restore ${result.savedAs}" brings it back.`)
        return 0
      } finally {
        await api.close()
      }
    }
    throw new CliError(`"backups" takes "list" or "restore ID"; got "${positionals.join(' ')}"`)
  }
}
