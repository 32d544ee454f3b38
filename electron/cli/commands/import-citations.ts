import { ApiError } from '../../../shared/errors'
import { citationFileText } from '../../../shared/citations/file-text'
import { citationFormatOf, FORMAT_NAMES, MAX_IMPORT_BYTES } from '../../../shared/citations/file-formats'
import { describeCitationImport, type CitationImportSummary } from '../../../shared/operations/citation-import'
import { CliError, openApiToWrite, readInputFile, type CliIo, type CliValues } from '../command'

/**
 * `casebook import citations FILE`: the new sources of a BibTeX, RIS or CSL-JSON file, added by
 * the app's own handler (read on the parse worker, one write); prints what was added and skipped
 * (with key, line and reason), or with --json the same summary the handler returns. Exits 1 when
 * no entry of the file could be read, as a script should learn.
 */
export async function importCitationsFile(file: string, values: CliValues & { json?: boolean }, io: CliIo): Promise<number> {
  const { text, warnings } = decode(readInputFile(file, MAX_IMPORT_BYTES, 'citation file'), file)
  const format = citationFormatOf(file, text)
  const api = await openApiToWrite(values, io)
  try {
    const result = await api.call('source.import', { format, text }, (error) => `${file}: ${error.message}`)
    // How the file's bytes were read (not UTF-8) comes first among the notes.
    const summary: CitationImportSummary = { ...result.summary, warnings: [...warnings, ...result.summary.warnings] }
    if (values.json) io.out(JSON.stringify({ file, format: FORMAT_NAMES[format], ...summary }, null, 2))
    else for (const line of describeCitationImport(summary, file)) io.out(line)
    if (summary.added + summary.duplicates + summary.repeated === 0 && summary.skipped.length > 0) {
      io.err(`casebook import: nothing was imported from ${file}: none of its ${FORMAT_NAMES[format]} entries could be read`)
      return 1
    }
    return 0
  } finally {
    await api.close()
  }
}

/** The same reading of the bytes as the page's (shared/citations/file-text.ts). */
function decode(bytes: Uint8Array, file: string): ReturnType<typeof citationFileText> {
  try {
    return citationFileText(bytes)
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(`${file}: ${error.message}`)
    throw error
  }
}
