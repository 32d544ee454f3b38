import { DEFAULT_MAX_IMPORT_BYTES } from '../../../shared/interchange/text'
import { CliError, openApiToWrite, plural, readInputFile, type Command } from '../command'

const FILE_NAMES = { kialo: 'Kialo export', argdown: 'Argdown file' } as const

export const importCommand: Command = {
  usage: 'casebook import kialo|argdown FILE [--data DIR]',
  summary: 'Make a new motion from a Kialo discussion export (.txt) or an Argdown document (.argdown)',
  options: { data: { type: 'string' } },
  async run({ positionals, values }, io) {
    const [format, file, ...extra] = positionals
    if (format !== 'kialo' && format !== 'argdown') throw new CliError(`say kialo or argdown before the file; got "${format ?? ''}"`)
    if (!file || extra.length > 0) throw new CliError(`give one file to import${extra.length ? `; got also "${extra.join(' ')}"` : ''}`)
    const text = decodeUtf8(readInputFile(file, DEFAULT_MAX_IMPORT_BYTES, FILE_NAMES[format]), file, FILE_NAMES[format])
    // The app's own handler reads the file (on the parse worker) and adds the motion in one write.
    const api = await openApiToWrite(values, io)
    try {
      const result = await api.call('motion.import', { format, text }, (error) => `${file}: ${error.message}`)
      io.out(`Imported “${result.motion.title}” (${result.motion.id}) with ${plural(result.claimCount, 'claim')}.`)
      for (const warning of result.warnings) io.out(`  note: ${warning}`)
      return 0
    } finally {
      await api.close()
    }
  }
}

function decodeUtf8(bytes: Uint8Array, file: string, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(`${file}: the ${what} is not UTF-8 text`)
  }
}
