import { citationFormatOf, FORMAT_NAMES, MAX_IMPORT_BYTES } from '../../../shared/citations/file-formats'
import { describeCitationImport } from '../../../shared/operations/citation-import'
import { openApiToWrite, readInputFile, type CliIo, type CliValues } from '../command'

/**
 * `casebook import citations FILE`: the new sources of a BibTeX, RIS or CSL-JSON file, added by
 * the app's own handler (read on the parse worker, one write); prints what was added and skipped
 * (with key, line and reason), or with --json the same summary the handler returns.
 */
export async function importCitationsFile(file: string, values: CliValues & { json?: boolean }, io: CliIo): Promise<number> {
  const bytes = readInputFile(file, MAX_IMPORT_BYTES, 'citation file')
  const text = bytes.toString('utf8')
  const format = citationFormatOf(file, text)
  const api = await openApiToWrite(values, io)
  try {
    const { summary } = await api.call('source.import', { format, text }, (error) => `${file}: ${error.message}`)
    if (values.json) io.out(JSON.stringify({ file, format: FORMAT_NAMES[format], ...summary }, null, 2))
    else for (const line of describeCitationImport(summary, file)) io.out(line)
    return 0
  } finally {
    await api.close()
  }
}
