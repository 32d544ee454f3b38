import { utf8FileText } from '../../../shared/interchange/file-bytes'
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../shared/interchange/text'
import { CliError, openApiToWrite, plural, readInputFile, type Command } from '../command'
import { importCitationsFile } from './import-citations'
import { importDocumentFile } from './import-document'
import { importVerbatimFile } from './import-verbatim'

const FILE_NAMES = { kialo: 'Kialo export', argdown: 'Argdown file' } as const
/** As the shared reader names them in its messages ("The Kialo file is not UTF-8 text"). */
const FORMAT_NAMES = { kialo: 'Kialo', argdown: 'Argdown' } as const

export const importCommand: Command = {
  usage: 'casebook import kialo|argdown|citations|document|verbatim FILE [--into motion|cards] [--data DIR] [--json]',
  summary:
    'Make a new motion from a Kialo discussion export (.txt) or an Argdown document (.argdown); add the sources of a BibTeX, RIS or CSL-JSON file; add a document (PDF, Word, web page, text, Markdown) as a source; read a Verbatim Word file into a new motion or the card library',
  options: { data: { type: 'string' }, json: { type: 'boolean' }, into: { type: 'string' } },
  async run({ positionals, values }, io) {
    const [format, file, ...extra] = positionals
    if (format !== 'kialo' && format !== 'argdown' && format !== 'citations' && format !== 'document' && format !== 'verbatim') {
      throw new CliError(`say kialo, argdown, citations, document or verbatim before the file; got "${format ?? ''}"`)
    }
    if (!file || extra.length > 0) throw new CliError(`give one file to import${extra.length ? `; got also "${extra.join(' ')}"` : ''}`)
    if (format === 'verbatim') return importVerbatimFile(file, values, io)
    if (values.into !== undefined) throw new CliError('--into is for Verbatim files only')
    if (format === 'citations') return importCitationsFile(file, values, io)
    if (format === 'document') return importDocumentFile(file, values, io)
    const text = decodeUtf8(readInputFile(file, DEFAULT_MAX_IMPORT_BYTES, FILE_NAMES[format]), file, FORMAT_NAMES[format])
    // The app's own handler reads the file (on the parse worker) and adds the motion in one write.
    const api = await openApiToWrite(values, io)
    try {
      const { motion, summary } = await api.call('motion.import', { format, text }, (error) => `${file}: ${error.message}`)
      // The same summary the app's page gets, so scripts can check what an import did.
      if (values.json) {
        io.out(JSON.stringify(summary, null, 2))
        return 0
      }
      const { added, alreadyHad, relations } = summary
      io.out(`Imported “${motion.title}” (${motion.id}) with ${plural(added.claims, 'claim')}.`)
      const had = alreadyHad.sources + alreadyHad.cards > 0 ? `; already in the library: ${plural(alreadyHad.sources, 'source')}, ${plural(alreadyHad.cards, 'card')}` : ''
      io.out(`  added: ${plural(added.sources, 'source')}, ${plural(added.cards, 'card')}, ${plural(added.seeAlsoLinks, 'see-also link')}${had}`)
      if (relations) io.out(`  Argdown's ${plural(relations.drawn, 'relation')}: ${relations.inTree} in the tree, ${relations.seeAlso} as see-also links, ${relations.repeated} repeated`)
      for (const skipped of summary.skipped) io.out(`  skipped: ${skipped.entry}: ${skipped.reason}`)
      for (const warning of summary.warnings) io.out(`  note: ${warning}`)
      return 0
    } finally {
      await api.close()
    }
  }
}

/** The page reads a chosen Kialo or Argdown file the same way (file-bytes.ts). */
function decodeUtf8(bytes: Uint8Array, file: string, what: string): string {
  try {
    return utf8FileText(bytes, what)
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`)
  }
}
