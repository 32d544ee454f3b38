import { readFileSync, statSync } from 'node:fs'
import { ApiError } from '../../../shared/errors'
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../shared/interchange/text'
import { addImportedMotion } from '../../../shared/operations/import-motion'
import { systemEnv } from '../../../shared/operations/change'
import { Store } from '../../main/store/store'
import { CliError, dataDirOf, plural, type Command } from '../command'

export const importCommand: Command = {
  usage: 'casebook import kialo|argdown FILE [--data DIR]',
  summary: 'Make a new motion from a Kialo discussion export (.txt) or an Argdown document (.argdown)',
  options: { data: { type: 'string' } },
  async run({ positionals, values }, io) {
    const [format, file, ...extra] = positionals
    if (format !== 'kialo' && format !== 'argdown') throw new CliError(`say kialo or argdown before the file; got "${format ?? ''}"`)
    if (!file || extra.length > 0) throw new CliError(`give one file to import${extra.length ? `; got also "${extra.join(' ')}"` : ''}`)
    let bytes: Buffer
    try {
      if (statSync(file).size > DEFAULT_MAX_IMPORT_BYTES) throw new CliError(`${file} is larger than 20 MB`)
      bytes = readFileSync(file)
    } catch (error) {
      if (error instanceof CliError) throw error
      throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
    }
    let imported
    try {
      imported =
        format === 'argdown'
          ? (await import('../../../shared/interchange/argdown-import')).parseArgdown(bytes)
          : (await import('../../../shared/interchange/kialo')).parseKialo(bytes)
    } catch (error) {
      if (error instanceof ApiError) throw new CliError(`${file}: ${error.message}`)
      throw error
    }
    let store: Store
    try {
      store = await Store.open(dataDirOf(values, io), { holder: 'cli' })
    } catch (error) {
      throw new CliError((error as Error).message)
    }
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
