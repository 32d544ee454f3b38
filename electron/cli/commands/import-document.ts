import { basename } from 'node:path'
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/extracted'
import type { Person } from '../../../shared/model/source'
import { openApiToWrite, plural, readInputFile, type CliIo, type CliValues } from '../command'

const personName = (p: Person) => p.literal ?? [p.given, p.family].filter(Boolean).join(' ')

/**
 * `casebook import document FILE`: a PDF, Word file, saved web page, text or Markdown file added
 * as a source by the app's own handler (read on the parse worker, its text in its own file);
 * the same file again is recognised and adds nothing. --json prints the summary scripts check.
 */
export async function importDocumentFile(file: string, values: CliValues & { json?: boolean }, io: CliIo): Promise<number> {
  const bytes = readInputFile(file, MAX_DOCUMENT_BYTES, 'document')
  const api = await openApiToWrite(values, io)
  try {
    const { source, alreadyHad, warnings } = await api.call(
      'source.importDocument',
      { fileName: basename(file), base64: bytes.toString('base64') },
      (error) => `${file}: ${error.message}`
    )
    const units = source.document?.unitCount ?? 0
    const author = source.authors.map(personName).join('; ')
    if (values.json) {
      io.out(JSON.stringify({ sourceId: source.id, kind: source.kind, units, title: source.title, author, date: source.date, alreadyHad, warnings }, null, 2))
      return 0
    }
    const what = `“${source.title}” (${source.id})`
    io.out(alreadyHad ? `The library already has ${file} as ${what}; nothing was added.` : `Imported ${file} as ${what}, ${source.kind}, with ${plural(units, 'part')}.`)
    if (author || source.date) io.out(`  ${[author, source.date].filter(Boolean).join(', ')}`)
    for (const warning of warnings) io.out(`  note: ${warning}`)
    return 0
  } finally {
    await api.close()
  }
}
