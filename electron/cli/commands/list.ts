import { FORMAT_NAMES } from '../../../shared/model/formats'
import { listMotions } from '../../../shared/operations/motion-list'
import { CliError, dataDirOf, readLibrary, type Command } from '../command'
import { readListing } from '../quick-read'

export const list: Command = {
  usage: 'casebook list motions [--data DIR] [--json]',
  summary: 'List the motions in the library',
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    if (positionals[0] !== 'motions' || positionals.length > 1) {
      throw new CliError(`"list" takes one argument, "motions"; got "${positionals.join(' ')}"`)
    }
    const dataDir = dataDirOf(values, io)
    // What motion.list's handler answers, read without the lock (a read never harms a library the app holds).
    // --json prints whole records, so it reads the library fully; the listing needs only what readListing checks.
    const library = values.json ? await readLibrary(dataDir) : await readListing(dataDir)
    const motions = listMotions(library, { includeArchived: true })
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
