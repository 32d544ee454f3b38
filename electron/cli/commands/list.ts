import { FORMAT_NAMES } from '../../../shared/model/motion'
import { listMotions } from '../../../shared/operations/motions'
import { CliError, dataDirOf, readLibrary, type Command } from '../command'

export const list: Command = {
  usage: 'casebook list motions [--data DIR] [--json]',
  summary: 'List the motions in the library',
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  run({ positionals, values }, io) {
    if (positionals[0] !== 'motions' || positionals.length > 1) {
      throw new CliError(`"list" takes one argument, "motions"; got "${positionals.join(' ')}"`)
    }
    const dataDir = dataDirOf(values, io)
    const motions = listMotions(readLibrary(dataDir), { includeArchived: true })
    if (values.json) {
      io.out(JSON.stringify(motions, null, 2))
      return 0
    }
    if (motions.length === 0) {
      io.out(`No motions in ${dataDir}`)
      return 0
    }
    for (const m of motions) {
      const counts = `${m.claimCounts.pro} pro, ${m.claimCounts.con} con, ${m.claimCounts.total} claims`
      io.out(`${m.id}  ${m.title}  (${FORMAT_NAMES[m.format]}; ${counts}${m.archived ? '; archived' : ''})`)
    }
    return 0
  }
}
