import { citationFormatOf, FORMAT_NAMES, MAX_IMPORT_BYTES } from '../../../shared/citations/file-formats'
import { ApiError } from '../../../shared/errors'
import { systemEnv } from '../../../shared/operations/change'
import { describeCitationImport, importCitationFile } from '../../../shared/operations/citation-import'
import { readCitationFile } from '../../main/api/sources'
import { CliError, openStoreToWrite, readInputFile, type CliIo, type CliValues } from '../command'

/**
 * `casebook import citations FILE`: the new sources of a BibTeX, RIS or CSL-JSON file, as the
 * app's import adds them; prints what was added and skipped (with key, line and reason), or
 * with --json the same summary the app's handler returns.
 */
export async function importCitationsFile(file: string, values: CliValues & { json?: boolean }, io: CliIo): Promise<number> {
  const bytes = readInputFile(file, MAX_IMPORT_BYTES, 'citation file')
  const text = bytes.toString('utf8')
  const format = citationFormatOf(file, text)
  let read
  try {
    read = await readCitationFile(format, text)
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(`${file}: ${error.message}`)
    throw error
  }
  const store = await openStoreToWrite(values, io)
  try {
    const { summary } = await store.update((library) => importCitationFile(library, read, systemEnv))
    if (values.json) io.out(JSON.stringify({ file, format: FORMAT_NAMES[format], ...summary }, null, 2))
    else for (const line of describeCitationImport(summary, file)) io.out(line)
    return 0
  } finally {
    await store.close()
  }
}
