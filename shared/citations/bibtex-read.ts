/**
 * BibTeX and BibLaTeX files read with @retorquere/bibtex-parser (the parser behind Zotero's
 * Better BibTeX): TeX decoded to Unicode, @string and crossref resolved, and an entry the parser
 * cannot read skipped with its key, line and reason while the rest are kept.
 */
import { parse, type Entry, type ParseError } from '@retorquere/bibtex-parser'
import { bibtexToCsl, NOT_SOURCES } from './bibtex-csl'
import { decodeRefills, prepare, refill, type Decoded } from './bibtex-fast'
import { reasonOf, warningOf } from './bibtex-reasons'
import { withoutUnusedFields } from './bibtex-trim'
import { lineFinder, type EntryPlace, type SkippedEntry } from './read-result'

type CslData = Record<string, unknown>

export interface BibtexRead {
  items: Array<EntryPlace & { csl: CslData }>
  skipped: SkippedEntry[]
  warnings: string[]
}

const OPTIONS = {
  // Titles are kept as written: no sentence-casing, no case-protection markup.
  english: false,
  sentenceCase: false,
  caseProtection: false,
  // An unknown macro gives up its arguments' text rather than failing the entry.
  unsupported: 'ignore',
  applyCrossRef: true
} as const

/** "@article{key," at the start of an entry's text: its type and key. */
const HEAD = /^@\s*([A-Za-z_:-]+)\s*[{(]\s*([^,\s{}()"=#%]*)/

/**
 * BibLaTeX's starred \enquote* (inner quotation marks) is unknown to the parser, which would
 * keep the star as text; the plain form gives the same words.
 */
function withPlainEnquote(text: string): string {
  return text.replace(/\\enquote\*/g, '\\enquote')
}

/**
 * `whole` has the parser read every kept field where it stands: slower, and what the fast read
 * (bibtex-fast.ts) must give the same entries as.
 */
export function readBibtex(source: string, how: 'fast' | 'whole' = 'fast'): BibtexRead {
  const original = withPlainEnquote(source.replace(/^\uFEFF/, ''))
  if (how === 'fast') {
    const prepared = prepare(original)
    const decoded = decodeRefills(prepared, OPTIONS)
    if (decoded) return readPrepared(prepared.text, decoded)
    // A shared value the parser could not read on its own: the file is read whole, to say where.
  }
  return readPrepared(withoutUnusedFields(original), new Map())
}

function readPrepared(text: string, decoded: Decoded): BibtexRead {
  const lineAt = lineFinder(text)
  const lastLine = lineAt(Math.max(0, text.trimEnd().length - 1))
  let cursor = 0
  /** Where an entry's own text sits in the file; entries and errors come in file order. */
  const place = (input: string): EntryPlace & { at: number } => {
    let at = input ? text.indexOf(input, cursor) : -1
    if (at < 0 && input) at = text.indexOf(input)
    if (at >= 0) cursor = at + 1
    return { key: HEAD.exec(input)?.[2] ?? '', line: at >= 0 ? lineAt(at) : 0, at }
  }

  const library = parse(text, OPTIONS)
  const items: BibtexRead['items'] = []
  const skipped: SkippedEntry[] = []
  const warnings: string[] = []
  const failed = library.errors.filter((error) => error.input?.trimStart().startsWith('@'))
  for (const error of library.errors) {
    if (!failed.includes(error)) warnings.push(warningOf(error))
  }

  // Entries and the entries that failed, merged back into file order by where they start.
  const located: Array<{ at: EntryPlace & { at: number }; entry?: Entry; error?: ParseError }> = []
  for (const entry of library.entries) {
    // An entry the parser gave up on part-way comes back without its text, and with an error.
    if (entry.input) located.push({ at: place(entry.input), entry })
  }
  cursor = 0
  for (const error of failed) located.push({ at: place(error.input ?? ''), error })
  located.sort((a, b) => a.at.line - b.at.line)

  for (const { at: { key, line, at }, entry, error } of located) {
    if (error) {
      skipped.push({ key, line, reason: reasonOf(error, { line, input: error.input ?? '', lastLine }) })
      continue
    }
    if (!entry) continue
    const notSource = NOT_SOURCES[entry.type.toLowerCase()]
    if (notSource) {
      skipped.push({ key, line, reason: notSource })
      continue
    }
    refill(entry, decoded.get(at))
    items.push({ key, line, csl: bibtexToCsl(entry) })
  }
  return { items, skipped, warnings }
}
