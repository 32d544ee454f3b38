import { accessSync, constants, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { BriefFormat } from '../../../shared/brief/options'
import type { Library } from '../../../shared/model/library'
import type { Motion } from '../../../shared/model/motion'
import { CliError, dataDirOf, plural, readLibrary, refuseInDataFolder, type CliValues, type Command } from '../command'

/** The motion named by id, else by its exact title (refusing a title two motions share). */
function findMotion(library: Library, name: string): Motion {
  const byId = library.motions.find((m) => m.id === name)
  if (byId) return byId
  const titled = library.motions.filter((m) => m.title === name)
  if (titled.length === 1) return titled[0] as Motion
  if (titled.length > 1) throw new CliError(`${titled.length} motions are titled "${name}"; give the id of one (see "casebook list motions")`)
  throw new CliError(`no motion with the id or title "${name}" (see "casebook list motions")`)
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CliError(`--${flag} must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}; got "${value}"`)
}

function depthOf(value: string | undefined, MAX_BRIEF_DEPTH: number): number | null {
  if (value === undefined || value === 'all') return null
  const depth = Number(value)
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_BRIEF_DEPTH) {
    throw new CliError(`--depth must be a whole number from 1 to ${MAX_BRIEF_DEPTH}, or "all"; got "${value}"`)
  }
  return depth
}

/** Checks the output's folder before the work of rendering, so a bad path fails at once. */
function checkWritable(out: string): void {
  const folder = dirname(out)
  let isFolder: boolean
  try {
    isFolder = statSync(folder).isDirectory()
  } catch {
    throw new CliError(`cannot write ${out}: the folder ${folder} does not exist`)
  }
  if (!isFolder) throw new CliError(`cannot write ${out}: ${folder} is not a folder`)
  try {
    accessSync(folder, constants.W_OK)
  } catch {
    throw new CliError(`cannot write ${out}: the folder ${folder} is not writable`)
  }
  try {
    if (statSync(out).isDirectory()) throw new CliError(`cannot write ${out}: it is a folder`)
  } catch (error) {
    if (error instanceof CliError) throw error
  }
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function text(values: CliValues, name: string): string | undefined {
  return values[name] as string | undefined
}

export const brief: Command = {
  usage:
    'casebook brief --motion <id or exact title> [--side pro|con|both] [--format md|html|docx|pdf] [--style apa|mla|chicago] ' +
    '[--no-cards] [--no-blocks] [--notes] [--depth N|all] [--author NAME] [--date TEXT] --out FILE [--data DIR]',
  summary: "Export a motion's case as a brief in Markdown, HTML, Word or PDF (the format follows --out's extension unless given)",
  options: {
    motion: { type: 'string' },
    side: { type: 'string' },
    format: { type: 'string' },
    style: { type: 'string' },
    'no-cards': { type: 'boolean' },
    'no-blocks': { type: 'boolean' },
    notes: { type: 'boolean' },
    depth: { type: 'string' },
    author: { type: 'string' },
    date: { type: 'string' },
    out: { type: 'string' },
    data: { type: 'string' }
  },
  async run({ positionals, values }, io) {
    if (positionals.length > 0) throw new CliError(`"brief" takes no arguments; got "${positionals.join(' ')}"`)
    const name = text(values, 'motion')
    const outFlag = text(values, 'out')
    if (!name) throw new CliError('give the motion: --motion <id or exact title>')
    if (!outFlag) throw new CliError('give the file to write: --out FILE')
    const out = resolve(outFlag)
    const { BRIEF_FORMATS, BRIEF_SIDES, BRIEF_STYLES, BriefOptionsSchema, MAX_BRIEF_DEPTH } = await import('../../../shared/brief/options')
    const { formatFromPath, writeBrief } = await import('../../brief/write')
    const format = text(values, 'format') === undefined ? formatFromPath(out) : oneOf<BriefFormat>('format', text(values, 'format'), BRIEF_FORMATS, 'md')
    if (!format) throw new CliError(`cannot tell the format from "${outFlag}": give --format md, html, docx or pdf`)
    const choices = {
      side: oneOf('side', text(values, 'side'), BRIEF_SIDES, 'both'),
      style: oneOf('style', text(values, 'style'), BRIEF_STYLES, 'apa'),
      depth: depthOf(text(values, 'depth'), MAX_BRIEF_DEPTH),
      includeCards: !values['no-cards'],
      includeBlocks: !values['no-blocks'],
      includeNotes: Boolean(values.notes),
      author: text(values, 'author') ?? '',
      date: text(values, 'date') ?? localDate(new Date())
    }
    checkWritable(out)
    const dataDir = dataDirOf(values, io)
    refuseInDataFolder(out, dataDir)
    const library = await readLibrary(dataDir)
    const motion = findMotion(library, name)
    const parsed = BriefOptionsSchema.safeParse({ ...choices, motionId: motion.id })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new CliError(`--${String(issue?.path[0] ?? 'options')}: ${issue?.message ?? 'not valid'}`)
    }
    const [{ assembleBrief, briefCards }, { htmlToPdfWithChromium }] = await Promise.all([import('../../../shared/brief/document'), import('../../brief/pdf')])
    const doc = assembleBrief(library, parsed.data)
    try {
      await writeBrief(doc, format, out, (html, file) => htmlToPdfWithChromium(html, file, { env: io.env }))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new CliError(code ? `cannot write ${out}: ${(error as Error).message}` : (error as Error).message)
    }
    const cards = briefCards(doc).length
    io.out(`Wrote ${out} (${doc.title.sideLabel}; ${plural(cards, 'card')}; ${format})`)
    return 0
  }
}
