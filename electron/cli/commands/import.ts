import { ApiError } from '../../../shared/errors'
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../shared/interchange/text'
import { addImportedMotion } from '../../../shared/operations/import-motion'
import { systemEnv } from '../../../shared/operations/change'
import { MOTION_FILE_NAMES, parseInWorker } from '../../main/parse/run'
import { CliError, openStoreToWrite, plural, readInputFile, type Command } from '../command'

export const importCommand: Command = {
  usage: 'casebook import kialo|argdown FILE [--data DIR] [--json]',
  summary: 'Make a new motion from a Kialo discussion export (.txt) or an Argdown document (.argdown)',
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [format, file, ...extra] = positionals
    if (format !== 'kialo' && format !== 'argdown') throw new CliError(`say kialo or argdown before the file; got "${format ?? ''}"`)
    if (!file || extra.length > 0) throw new CliError(`give one file to import${extra.length ? `; got also "${extra.join(' ')}"` : ''}`)
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
      const result = await store.update((library) => addImportedMotion(library, imported, systemEnv, format))
      const { motion, summary } = result
      // The same summary the app's page gets, so scripts can check what an import did.
      if (values.json) {
        io.out(JSON.stringify({ motion: { id: motion.id, title: motion.title }, ...summary }, null, 2))
        return 0
      }
      const { added, alreadyHad } = summary
      io.out(`Imported “${motion.title}” (${motion.id}) with ${plural(added.claims, 'claim')}.`)
      const had = alreadyHad.sources + alreadyHad.cards > 0 ? `; already in the library: ${plural(alreadyHad.sources, 'source')}, ${plural(alreadyHad.cards, 'card')}` : ''
      io.out(`  added: ${plural(added.sources, 'source')}, ${plural(added.cards, 'card')}, ${plural(added.seeAlsoLinks, 'see-also link')}${had}`)
      for (const skipped of summary.skipped) io.out(`  skipped: ${skipped.entry}: ${skipped.reason}`)
      for (const warning of summary.warnings) io.out(`  note: ${warning}`)
      return 0
    } finally {
      await store.close()
    }
  }
}
