import { CliError, dataDirOf, readLibrary, type Command } from '../command'

export const check: Command = {
  usage: 'casebook check [--data DIR]',
  summary: 'List every evidence card whose text no longer matches its source (exit 1 if any)',
  options: { data: { type: 'string' } },
  async run({ positionals, values }, io) {
    if (positionals.length > 0) throw new CliError(`"check" takes no arguments; got "${positionals.join(' ')}"`)
    const library = await readLibrary(dataDirOf(values, io))
    const { checkQuotes } = await import('../../../shared/operations/quotes')
    const problems = checkQuotes(library)
    if (problems.length === 0) {
      io.out(`All ${library.quotes.length} ${library.quotes.length === 1 ? 'card matches its source' : 'cards match their sources'}.`)
      return 0
    }
    for (const p of problems) io.out(`${p.quoteId}  “${p.tag || 'untagged'}” (${p.source}, ${p.pinpoint}): ${p.problem}`)
    io.err(`casebook check: ${problems.length} ${problems.length === 1 ? 'card does' : 'cards do'} not match ${problems.length === 1 ? 'its source' : 'their sources'}`)
    return 1
  }
}
