import { basename } from 'node:path'
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/extracted'
import { VerbatimTargetSchema } from '../../../shared/verbatim/summary'
import { CliError, openApiToWrite, plural, readInputFile, type CliIo, type CliValues } from '../command'

/**
 * `casebook import verbatim FILE [--into motion|cards]`: a team's Verbatim Word file, read by the
 * app's own handler (on the parse worker, one write); prints the file's pockets, hats, blocks,
 * cards and analytics and what was added, or with --json the counts and the import's summary.
 */
export async function importVerbatimFile(file: string, values: CliValues & { json?: boolean; into?: string }, io: CliIo): Promise<number> {
  const into = VerbatimTargetSchema.safeParse(values.into ?? 'motion')
  if (!into.success) throw new CliError(`--into takes motion or cards; got "${values.into}"`)
  const bytes = readInputFile(file, MAX_DOCUMENT_BYTES, 'Verbatim file')
  const api = await openApiToWrite(values, io)
  try {
    const fileName = basename(file)
    const { motion, counts, summary } = await api.call('verbatim.import', { fileName, base64: bytes.toString('base64'), into: into.data }, (error) => `${file}: ${error.message}`)
    if (values.json) {
      io.out(JSON.stringify({ file, into: into.data, counts, ...summary }, null, 2))
      return 0
    }
    const where = motion ? `as the motion “${motion.title}” (${motion.id})` : 'into the card library'
    io.out(`Imported ${fileName} ${where}.`)
    io.out(`  the file: ${plural(counts.pockets, 'pocket')}, ${plural(counts.hats, 'hat')}, ${plural(counts.blocks, 'block')}, ${plural(counts.cards, 'card')}, ${plural(counts.analytics, 'analytic')}`)
    const { added, alreadyHad } = summary
    const had = alreadyHad.sources + alreadyHad.cards > 0 ? `; already in the library: ${plural(alreadyHad.sources, 'source')}, ${plural(alreadyHad.cards, 'card')}` : ''
    io.out(`  added: ${plural(added.claims, 'claim')}, ${plural(added.sources, 'source')}, ${plural(added.cards, 'card')}${had}`)
    for (const skipped of summary.skipped) io.out(`  skipped: ${skipped.entry}: ${skipped.reason}`)
    for (const warning of summary.warnings) io.out(`  note: ${warning}`)
    return 0
  } finally {
    await api.close()
  }
}
