import type { Source, SourceUnit } from '../../../shared/model/source'
import { CliError, dataDirOf, readLibrary, type Command } from '../command'

const FIELDS = ['kind', 'authors', 'date', 'publisher', 'container', 'url', 'volume', 'issue', 'pages', 'accessed', 'reporterCitation'] as const

function fieldLines(source: Source): string[] {
  const origins = source.document?.fieldOrigins ?? {}
  const lines = [`${source.title}${origins.title ? `  (from ${origins.title})` : ''}`, `  id: ${source.id}`]
  for (const field of FIELDS) {
    const value =
      field === 'authors' ? source.authors.map((p) => p.literal ?? [p.given, p.family].filter(Boolean).join(' ')).join('; ') : (source[field] ?? '')
    if (value) lines.push(`  ${field}: ${value}${origins[field] ? `  (from ${origins[field]})` : ''}`)
  }
  const doc = source.document
  if (doc) {
    const pages = doc.pageCount === undefined ? '' : `, ${doc.pageCount} pages`
    lines.push(`  document: ${doc.fileName} (${doc.kind}, ${doc.unitCount} parts${pages}${doc.textQuality === 'suspect' ? '; its text may be garbled' : ''})`)
    for (const warning of doc.warnings) lines.push(`  note: ${warning}`)
  }
  return lines
}

/**
 * `casebook show source ID [--text]`: a source's citation fields (with where an imported
 * document's fields came from), or with --text its whole text, parts separated by blank lines.
 * A read, so it works while the app is open.
 */
export const show: Command = {
  usage: 'casebook show source ID [--text] [--data DIR]',
  summary: 'Show a source’s fields, or with --text its whole text',
  options: { data: { type: 'string' }, text: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [what, id, ...extra] = positionals
    if (what !== 'source') throw new CliError(`say "source" and its id; got "${positionals.join(' ')}"`)
    if (!id || extra.length > 0) throw new CliError(`give one source id${extra.length ? `; got also "${extra.join(' ')}"` : ''}`)
    const dataDir = dataDirOf(values, io)
    const library = await readLibrary(dataDir)
    const { findSource } = await import('../../../shared/operations/sources')
    let source: Source
    try {
      source = findSource(library, id)
    } catch (error) {
      throw new CliError(`${(error as Error).message} in ${dataDir}`)
    }
    if (!values.text) {
      for (const line of fieldLines(source)) io.out(line)
      return 0
    }
    let units: readonly SourceUnit[]
    if (source.document) {
      const { DocumentTexts } = await import('../../main/store/texts')
      try {
        units = await new DocumentTexts(dataDir).unitsOf(source)
      } catch (error) {
        throw new CliError((error as Error).message)
      }
    } else {
      const { findBundledText } = await import('../../../shared/sources/bundled')
      units = findBundledText(source.id)?.units ?? source.units ?? []
    }
    if (units.length === 0) throw new CliError(`“${source.title}” has no text of its own (its cards hold what was pasted)`)
    io.out(units.map((u) => u.text).join('\n\n'))
    return 0
  }
}
