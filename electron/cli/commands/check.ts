import { CliError, dataDirOf, readLibrary, type Command } from '../command'

export const check: Command = {
  usage: 'casebook check [--data DIR]',
  summary: 'List every evidence card whose text no longer matches its source (exit 1 if any)',
  options: { data: { type: 'string' } },
  async run({ positionals, values }, io) {
    if (positionals.length > 0) throw new CliError(`"check" takes no arguments; got "${positionals.join(' ')}"`)
    const dataDir = dataDirOf(values, io)
    const library = await readLibrary(dataDir)
    const { checkQuotes, documentUnitsFrom } = await import('../../../shared/operations/quotes')
    // Cards cut from imported documents are checked against their text files, read here without the lock (they never change).
    const { DocumentTexts } = await import('../../main/store/texts')
    const cutFrom = new Set(library.quotes.filter((q) => q.unitId !== null).map((q) => q.sourceId))
    const texts = await new DocumentTexts(dataDir).unitsOfEach(library.sources.filter((s) => cutFrom.has(s.id)))
    const problems = checkQuotes(library, documentUnitsFrom(texts))
    if (problems.length === 0) {
      io.out(`All ${library.quotes.length} ${library.quotes.length === 1 ? 'card matches its source' : 'cards match their sources'}.`)
      return 0
    }
    for (const p of problems) io.out(`${p.quoteId}  “${p.tag || 'untagged'}” (${p.source}, ${p.pinpoint}): ${p.problem}`)
    io.err(`casebook check: ${problems.length} ${problems.length === 1 ? 'card does' : 'cards do'} not match ${problems.length === 1 ? 'its source' : 'their sources'}`)
    return 1
  }
}
