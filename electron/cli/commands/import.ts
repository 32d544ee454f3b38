import { ApiError } from '../../../shared/errors'
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../shared/interchange/text'
import { addImportedMotion } from '../../../shared/operations/import-motion'
import { systemEnv } from '../../../shared/operations/change'
import { MOTION_FILE_NAMES, parseInWorker } from '../../main/parse/run'
import { CliError, openStoreToWrite, plural, readInputFile, type Command } from '../command'
import { importCitationsFile } from './import-citations'

export const importCommand: Command = {
  usage: 'casebook import kialo|argdown|citations FILE [--data DIR] [--json]',
  summary:
    'Make a new motion from a Kialo discussion export (.txt) or an Argdown document (.argdown); add the sources of a BibTeX, RIS or CSL-JSON file',
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [format, file, ...extra] = positionals
    if (format !== 'kialo' && format !== 'argdown' && format !== 'citations') {
      throw new CliError(`say kialo, argdown or citations before the file; got "${format ?? ''}"`)
    }
    if (!file || extra.length > 0) throw new CliError(`give one file to import${extra.length ? `; got also "${extra.join(' ')}"` : ''}`)
    if (format === 'citations') return importCitationsFile(file, values, io)
    const bytes = readInputFile(file, DEFAULT_MAX_IMPORT_BYTES, `${format === 'kialo' ? 'Kialo export' : 'Argdown file'}`)
    let imported
    try {
      imported = await parseInWorker(format, bytes, { what: MOTION_FILE_NAMES[format] })
    } catch (error) {
      if (error instanceof ApiError) throw new CliError(`${file}: ${error.message}`)
      throw error
    }
    const store = await openStoreToWrite(values, io)
    try {
      const result = await store.update((library) => addImportedMotion(library, imported, systemEnv))
      io.out(`Imported “${result.motion.title}” (${result.motion.id}) with ${plural(result.claimCount, 'claim')}.`)
      for (const warning of result.warnings) io.out(`  note: ${warning}`)
      return 0
    } finally {
      await store.close()
    }
  }
}
