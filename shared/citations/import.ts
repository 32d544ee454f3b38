/**
 * Sources from BibTeX, RIS and CSL-JSON files, read with Citation.js (plugin-bibtex,
 * plugin-ris and its CSL-JSON input). All or nothing: a file with any fault imports nothing,
 * and the error names the entry (BibTeX key, RIS record number, CSL-JSON item) or the line.
 */
import type { ApiErrorData } from '../errors'
import { ApiError, toErrorData } from '../errors'
import { describeEntry, entryAtLine, scanBibtex, type BibtexEntry } from './bibtex-scan'
import { plugins } from './engine'
import { fromCsl, type SourceDraft } from './from-csl'
import { describeRecord, scanRis } from './ris-scan'
import { lineAndColumn, utf8Length } from './text'

export type { SourceDraft } from './from-csl'

export const IMPORT_FORMATS = ['bibtex', 'ris', 'csl-json'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export type ImportResult = { ok: true; items: SourceDraft[] } | { ok: false; error: ApiErrorData }

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_ENTRIES = 5000

export const FORMAT_NAMES: Record<ImportFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' }

type CslData = Record<string, unknown>

/** An item Citation.js read, with the words that name it in a message. */
interface Read {
  csl: CslData
  label: string
}

function refuse(message: string, path = ''): never {
  throw new ApiError('invalid_input', message, path)
}

function checkCount(count: number, format: ImportFormat): void {
  if (count > MAX_IMPORT_ENTRIES) {
    const most = MAX_IMPORT_ENTRIES.toLocaleString('en-US')
    refuse(
      `The ${FORMAT_NAMES[format]} file has ${count.toLocaleString('en-US')} entries; ` +
        `at most ${most} can be imported at once. Split it into smaller files.`
    )
  }
}

/** "… at line 14 col 3" in a Citation.js syntax error. */
function errorLine(error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : String(error)
  const match = /\bline (\d+) col(?:umn)? (\d+)/.exec(message)
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null
}

/** The first line of Citation.js's message, without its source excerpt. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return (message.split('\n')[0] ?? '').replace(/at line \d+ col \d+:?\s*$/, '').trim()
}

/** Citation.js's BibTeX grammar names tokens ("rbrace"); a person reads the characters. */
const TOKENS: Record<string, string> = {
  rbrace: '"}"',
  lbrace: '"{"',
  comma: '","',
  equals: '"="',
  hash: '"#"',
  quote: "'\"'",
  identifier: 'a field name',
  number: 'a number',
  label: 'an entry key',
  at: '"@"',
  junk: 'text',
  whitespace: 'a space',
  comment: 'a comment',
  EOF: 'the end of the file'
}

function bibtexReason(error: unknown): string {
  return reason(error).replace(/^expected "(\w+)", got "?(\w+)"?$/, (whole, expected: string, got: string) =>
    TOKENS[expected] && TOKENS[got] ? `expected ${TOKENS[expected]} but found ${TOKENS[got]}` : whole
  )
}

function readBibtex(text: string): Read[] {
  const entries = scanBibtex(text)
  checkCount(entries.length, 'bibtex')
  if (entries.length === 0) refuse('The BibTeX file has no entries (an entry starts with "@book{", "@article{" and so on).')
  let items: CslData[]
  try {
    items = plugins.input.chain(text, { forceType: '@bibtex/text', generateGraph: false, strict: true })
  } catch (error) {
    const at = errorLine(error)
    const why = bibtexReason(error)
    if (!at) refuse(`The BibTeX file could not be read: ${why}; nothing was imported`)
    const entry = entryAtLine(entries, at.line)
    const where = `at line ${at.line}, column ${at.column}`
    if (entry) refuse(`${describeEntry(entry)} could not be read ${where}: ${why}; nothing was imported`, `entries[${entry.index}]`)
    refuse(`The BibTeX file could not be read ${where}: ${why}; nothing was imported`, `line ${at.line}`)
  }
  return items.map((csl, index) => ({ csl, label: describeEntry(matchEntry(entries, csl, index)) }))
}

/** The scanned entry Citation.js's item came from: by key, else by place. */
function matchEntry(entries: readonly BibtexEntry[], csl: CslData, index: number): BibtexEntry {
  const key = typeof csl['citation-key'] === 'string' ? csl['citation-key'] : typeof csl.id === 'string' ? csl.id : ''
  const byPlace = entries[index]
  if (byPlace && byPlace.key === key) return byPlace
  return entries.find((entry) => entry.key === key) ?? byPlace ?? { index, type: '', key, startLine: 0, endLine: 0 }
}

function readRis(text: string): Read[] {
  const records = scanRis(text)
  checkCount(records.length, 'ris')
  if (records.length === 0) refuse('The RIS file has no records (a record starts with a line "TY  - ").')
  let items: CslData[]
  try {
    items = plugins.input.chain(text.replace(/^\uFEFF/, ''), { forceType: '@ris/file', generateGraph: false, strict: true })
  } catch (error) {
    refuse(`The RIS file could not be read: ${reason(error)}; nothing was imported`)
  }
  if (items.length !== records.length) {
    refuse(`The RIS file has ${records.length} records but ${items.length} could be read; nothing was imported`)
  }
  return items.map((csl, index) => ({ csl, label: describeRecord(records[index]) }))
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  return `a ${typeof value}`
}

function readCslJson(text: string): Read[] {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const message = reason(error)
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message)
    const position = /at position (\d+)/.exec(message)
    const at = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position
        ? lineAndColumn(text, Number(position[1]))
        : null
    if (at) {
      const where = `line ${at.line}, column ${at.column}`
      refuse(`The CSL-JSON file is not valid JSON at ${where} (${message}); nothing was imported`, `line ${at.line}`)
    }
    refuse(`The CSL-JSON file is not valid JSON (${message}); nothing was imported`)
  }
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null ? [data] : null
  if (!list) {
    refuse(`A CSL-JSON file holds a list of items ([{…}, …]), but this one holds ${describeValue(data)}; nothing was imported`)
  }
  checkCount(list.length, 'csl-json')
  if (list.length === 0) refuse('The CSL-JSON file has no items.')
  list.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      const what = describeValue(item)
      refuse(`CSL-JSON item ${index + 1} is ${what}, not an item ({…}); nothing was imported`, `entries[${index}]`)
    }
  })
  // Each element is an object now, so Citation.js treats the list as CSL and never as
  // something to fetch (a bare string there could be read as a URL).
  let items: CslData[]
  try {
    items = plugins.input.util.clean(
      plugins.input.chain(list, { forceType: '@csl/list+object', generateGraph: false, strict: true })
    )
  } catch (error) {
    refuse(`The CSL-JSON file could not be read: ${reason(error)}; nothing was imported`)
  }
  return items.map((csl, index) => {
    const id = (list[index] as CslData).id
    const named = typeof id === 'string' || typeof id === 'number' ? ` ("${String(id)}")` : ''
    return { csl, label: `CSL-JSON item ${index + 1}${named}` }
  })
}

/**
 * Reads a citation file into source drafts: all of its entries, or none and an error that
 * names the entry or the line at fault (message) and where it is (path: "entries[2]",
 * "entries[2].title" or "line 14").
 */
export function importCitations(text: string, format: ImportFormat): ImportResult {
  try {
    if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
      refuse(`Unknown citation file format "${String(format)}"; expected BibTeX, RIS or CSL-JSON`, 'format')
    }
    if (typeof text !== 'string') refuse('The citation file must be text.')
    if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) {
      const megabytes = (utf8Length(text) / (1024 * 1024)).toFixed(1)
      refuse(
        `The ${FORMAT_NAMES[format]} file is ${megabytes} MB; at most 5 MB can be imported at once. Split it into smaller files.`
      )
    }
    if (!text.trim()) refuse(`The ${FORMAT_NAMES[format]} file is empty.`)
    const read = format === 'bibtex' ? readBibtex(text) : format === 'ris' ? readRis(text) : readCslJson(text)
    return { ok: true, items: read.map(({ csl, label }, index) => fromCsl(csl, index, label)) }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() }
    const message = `The file could not be read: ${reason(error)}; nothing was imported`
    return { ok: false, error: { ...toErrorData(error), code: 'invalid_input', message } }
  }
}
