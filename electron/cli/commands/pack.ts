import type { PackMeta } from '../../../shared/packs/format'
import type { PackImportPlan } from '../../../shared/packs/merge'
import { CliError, dataDirOf, findMotionArg, openApiToWrite, plural, readInputFile, readLibrary, refuseInDataFolder, writeOutput, type CliIo, type Command } from '../command'

const USAGE = [
  'casebook pack validate FILE',
  '       casebook pack import FILE [--older] [--accept-new-author] [--data DIR]',
  '       casebook pack export --motion <id or title> --out FILE [--student] [--title T] [--pack-version V] [--leave-out-texts-that-do-not-fit] [--data DIR]'
].join('\n')

/** The flag that confirms what an import refused and why, by the refusal's path. */
const FLAG_FOR_CONFLICT: Record<string, string> = { 'meta.version': ' (use --older)', 'meta.author': ' (use --accept-new-author)' }

/** The pack file as text, refused when larger than a pack may be. */
async function readPackText(file: string | undefined): Promise<string> {
  const { PACK_LIMITS } = await import('../../../shared/packs/format')
  return readInputFile(file, PACK_LIMITS.bytes, 'pack').toString('utf8')
}

async function readPackFile(file: string | undefined) {
  const text = await readPackText(file)
  const [{ parseInWorker }, { ApiError }] = await Promise.all([import('../../main/parse/run'), import('../../../shared/errors')])
  try {
    return await parseInWorker('pack', text, { what: 'the pack' })
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(`${file} is not a valid pack: ${error.message}`)
    throw error
  }
}

async function describePlan(plan: PackImportPlan, io: CliIo): Promise<void> {
  const [{ PACK_ITEM_KINDS }, { describeAuthor }] = await Promise.all([import('../../../shared/packs/format'), import('../../../shared/packs/merge')])
  const verb = { new: 'Imported', update: 'Updated to', reinstall: 'Reinstalled', older: 'Went back to' }[plan.status]
  io.out(`${verb} “${plan.meta.title}” version ${plan.meta.version}${plan.installedVersion ? ` (was ${plan.installedVersion})` : ''}.`)
  if (plan.authorChange) {
    io.out(`  Now by ${describeAuthor(plan.authorChange.incoming)}, no longer by ${describeAuthor(plan.authorChange.installed)}.`)
  }
  for (const kind of PACK_ITEM_KINDS) {
    const c = plan.counts[kind]
    const parts = [
      c.added && `${c.added} added`,
      c.updated && `${c.updated} updated`,
      c.unchanged && `${c.unchanged} unchanged`,
      c.leftAlone && `${c.leftAlone} left alone (you changed them)`,
      c.inLibrary && `${c.inLibrary} in your library already`,
      c.removed && `${c.removed} removed`,
      c.kept && `${c.kept} kept (your work depends on them)`
    ].filter(Boolean)
    if (parts.length > 0) io.out(`  ${kind}: ${parts.join(', ')}`)
  }
  if (plan.flaggedUserClaims > 0) {
    io.out(`  ${plural(plan.flaggedUserClaims, 'claim')} of yours sat under items this version removed: kept, tagged #under-removed-pack-item.`)
  }
}

export const pack: Command = {
  usage: USAGE,
  summary: 'Check a pack file, import it into the library, or export motions as a pack',
  options: {
    data: { type: 'string' },
    motion: { type: 'string' },
    out: { type: 'string' },
    student: { type: 'boolean' },
    older: { type: 'boolean' },
    'accept-new-author': { type: 'boolean' },
    title: { type: 'string' },
    'pack-version': { type: 'string' },
    'leave-out-texts-that-do-not-fit': { type: 'boolean' }
  },
  async run({ positionals, values }, io) {
    const [action, file, ...extra] = positionals
    if (extra.length > 0) throw new CliError(`unexpected "${extra.join(' ')}"`)
    if (action === 'validate') {
      const read = await readPackFile(file)
      const { PACK_ITEM_KINDS } = await import('../../../shared/packs/format')
      const counts = PACK_ITEM_KINDS.map((kind) => `${read[kind].length} ${kind}`).join(', ')
      io.out(`${file}: a valid pack, “${read.meta.title}” version ${read.meta.version} by ${read.meta.author || 'an unnamed author'} (${read.meta.edition} edition): ${counts}.`)
      return 0
    }
    if (action === 'import') {
      const text = await readPackText(file)
      // The app's own handler reads the pack (on the parse worker) and merges it in one write, or none.
      const api = await openApiToWrite(values, io)
      try {
        const plan = await api.call('pack.import', { text, allowOlder: values.older === true, acceptNewAuthor: values['accept-new-author'] === true }, (error) =>
          error.code === 'conflict' ? error.message + (FLAG_FOR_CONFLICT[error.path] ?? '') : error.code === 'invalid_input' ? `${file} is not a valid pack: ${error.message}` : error.message
        )
        await describePlan(plan, io)
        return 0
      } finally {
        await api.close()
      }
    }
    if (action === 'export') {
      if (file !== undefined) throw new CliError(`"pack export" takes --out FILE, not "${file}"`)
      if (typeof values.out !== 'string') throw new CliError('say where to write the pack with --out FILE')
      const dataDir = dataDirOf(values, io)
      refuseInDataFolder(values.out, dataDir)
      const library = await readLibrary(dataDir)
      const motion = findMotionArg(library, values.motion as string | undefined)
      const [{ PackIdSchema }, { exportPackWithTexts, packSelection, packText }, { readPack }, { DocumentTexts, hashText }, { ApiError }] = await Promise.all([
        import('../../../shared/packs/format'),
        import('../../../shared/packs/export'),
        import('../../../shared/packs/read'),
        import('../../main/store/texts'),
        import('../../../shared/errors')
      ])
      const installed = motion.origin.kind === 'pack' ? library.packs.find((p) => motion.origin.kind === 'pack' && p.id === motion.origin.packId) : undefined
      const title = (values.title as string | undefined) ?? installed?.title ?? motion.title
      const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40)
      const meta: Omit<PackMeta, 'edition'> = {
        id: installed?.id ?? (PackIdSchema.safeParse(slug).success ? slug : 'casebook-pack'),
        title,
        version: (values['pack-version'] as string | undefined) ?? installed?.version ?? '1',
        author: installed?.author ?? '',
        organisation: installed?.organisation ?? '',
        license: installed?.license ?? '',
        description: installed?.description ?? motion.description,
        debateFormat: motion.format,
        level: installed?.level ?? ''
      }
      const options = { motionIds: [motion.id], meta, student: values.student === true, lock: {}, leaveOutTextsThatDoNotFit: values['leave-out-texts-that-do-not-fit'] === true }
      // Imported documents' texts are immutable files: read without the library's lock, like the library itself.
      const texts = await new DocumentTexts(dataDir).readableOf(packSelection(library, options).sources)
      let exported: ReturnType<typeof exportPackWithTexts>
      try {
        exported = exportPackWithTexts(library, options, texts)
      } catch (error) {
        if (error instanceof ApiError && error.path === 'leaveOutTextsThatDoNotFit') throw new CliError(`${error.message} (use --leave-out-texts-that-do-not-fit)`)
        throw error
      }
      // Check what we wrote is a pack we would accept, before anyone else gets it.
      const text = packText(exported.pack)
      try {
        readPack(text, hashText)
      } catch (error) {
        throw new CliError(`the pack would not be valid: ${(error as Error).message}`)
      }
      await writeOutput(values.out, text)
      const { pack: written, leftOut } = exported
      const carried = written.texts.length > 0 ? `, ${plural(written.texts.length, 'document text')}` : ''
      io.out(`Wrote ${values.out}: “${motion.title}”, ${plural(written.claims.length, 'claim')}, ${plural(written.quotes.length, 'card')}${carried}${values.student ? ' (student edition)' : ''}.`)
      for (const source of leftOut) io.out(`  Left out the text of “${source.title}”: it goes as citation only.`)
      return 0
    }
    throw new CliError(`"pack" takes validate, import or export; got "${action ?? ''}"`)
  }
}
