/**
 * Sources from BibTeX and BibLaTeX (@retorquere/bibtex-parser), RIS (Citation.js's plugin-ris,
 * record by record) and CSL-JSON (Citation.js, item by item). Tolerant: an entry that cannot be
 * a source is skipped with its key, line and reason, and the others are kept.
 */
import type { ApiErrorData } from '../errors'
import { ApiError, toErrorData } from '../errors'
import { readBibtex } from './bibtex-read'
import { plugins } from './engine'
import { fromCsl } from './from-csl'
import type { CitationFile, EntryPlace, SkippedEntry } from './read-result'
import { scanRis, tagValue } from './ris-scan'
import { FORMAT_NAMES, IMPORT_FORMATS, MAX_IMPORT_BYTES, MAX_IMPORT_ENTRIES, type ImportFormat } from './file-formats'
import { cleanText, lineAndColumn, utf8Length } from './text'

export type { SourceDraft } from './from-csl'
export type { CitationFile, ReadEntry, SkippedEntry } from './read-result'

export type ImportResult = { ok: true; file: CitationFile } | { ok: false; error: ApiErrorData }

export { FORMAT_NAMES, IMPORT_FORMATS, MAX_IMPORT_BYTES, MAX_IMPORT_ENTRIES, type ImportFormat } from './file-formats'

type CslData = Record<string, unknown>

/** An item read from the file, before it becomes a source. */
type Read = EntryPlace & { csl: CslData }

interface FileRead {
  items: Read[]
  skipped: SkippedEntry[]
  warnings: string[]
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

/** The first line of Citation.js's message, without its source excerpt. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return (message.split('\n')[0] ?? '').replace(/at line \d+ col \d+:?\s*$/, '').trim()
}

/** Entry heads ("@book{") other than @string, @preamble and @comment: counted before the slower full read. */
const BIBTEX_ENTRY_HEAD = /^[ \t]*@[ \t]*(?!(?:string|preamble|comment)\b)[A-Za-z]+[ \t]*[{(]/gim

function readBibtexFile(text: string): FileRead {
  checkCount(text.match(BIBTEX_ENTRY_HEAD)?.length ?? 0, 'bibtex')
  const read = readBibtex(text)
  const count = read.items.length + read.skipped.length
  checkCount(count, 'bibtex')
  if (count === 0) refuse('The BibTeX file has no entries (an entry starts with "@book{", "@article{" and so on).')
  return read
}

/**
 * Each record read by Citation.js on its own, so one it cannot read is skipped alone. Where
 * Citation.js leaves a field out for the record's type (PB and CY of a journal article, a DO
 * that is a link), the record's own tag fills it in.
 */
function readRis(text: string): FileRead {
  const { records, warnings } = scanRis(text)
  checkCount(records.length, 'ris')
  if (records.length === 0) refuse('The RIS file has no records (a record starts with a line "TY  - ").')
  const items: Read[] = []
  const skipped: SkippedEntry[] = []
  for (const record of records) {
    const place = { key: tagValue(record, 'ID'), line: record.startLine }
    if (!tagValue(record, 'TY')) {
      skipped.push({ ...place, reason: 'it has no type after "TY  - "' })
      continue
    }
    let csl: CslData | undefined
    try {
      csl = plugins.input.chain(record.text, { forceType: '@ris/file', generateGraph: false, strict: true })[0]
    } catch (error) {
      skipped.push({ ...place, reason: reason(error) || 'it could not be read' })
      continue
    }
    if (!csl) {
      skipped.push({ ...place, reason: 'it could not be read' })
      continue
    }
    const fill = (field: string, ...tags: string[]) => {
      if (!cleanText(csl[field])) {
        const value = tagValue(record, ...tags)
        if (value) csl[field] = value
      }
    }
    fill('title', 'TI', 'T1', 'CT', 'BT', 'ST')
    fill('publisher', 'PB')
    fill('publisher-place', 'CY', 'PP')
    fill('DOI', 'DO')
    items.push({ ...place, csl })
  }
  return { items, skipped, warnings }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  return `a ${typeof value}`
}

function readCslJson(text: string): FileRead {
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
  const items: Read[] = []
  const skipped: SkippedEntry[] = []
  const lineOfItem = jsonItemLines(text, list.length)
  list.forEach((item, index) => {
    const id = typeof item === 'object' && item !== null ? (item as CslData).id : undefined
    const place = { key: typeof id === 'string' || typeof id === 'number' ? String(id) : '', line: lineOfItem[index] ?? 0 }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      skipped.push({ ...place, reason: `it is ${describeValue(item)}, not an item ({…})` })
      return
    }
    // An object, so Citation.js treats it as CSL and never as something to fetch (a bare
    // string there could be read as a URL).
    try {
      const [csl] = plugins.input.util.clean(plugins.input.chain([item], { forceType: '@csl/list+object', generateGraph: false, strict: true }))
      if (csl) items.push({ ...place, csl })
      else skipped.push({ ...place, reason: 'it could not be read' })
    } catch (error) {
      skipped.push({ ...place, reason: reason(error) || 'it could not be read' })
    }
  })
  return { items, skipped, warnings: [] }
}

/**
 * The line where each top-level item of a JSON list starts: the "{" (or value) that follows the
 * list's "[" or a comma at depth 1, found by one pass that skips strings.
 */
function jsonItemLines(text: string, count: number): number[] {
  const lines: number[] = []
  let depth = 0
  let line = 1
  let inString = false
  let expectItem = false
  for (let index = 0; index < text.length && lines.length < count; index++) {
    const char = text[index]
    if (char === '\n') line++
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
      continue
    }
    if (expectItem && !/\s/.test(char)) {
      lines.push(line)
      expectItem = false
    }
    if (char === '"') inString = true
    else if (char === '[' || char === '{') {
      depth++
      if (depth === 1 && char === '[') expectItem = true
    } else if (char === ']' || char === '}') depth--
    else if (char === ',' && depth === 1) expectItem = true
  }
  // A file holding one item ({…}) rather than a list: it starts on its first line.
  return lines.length > 0 ? lines : [1]
}

/**
 * Reads a citation file into source drafts, entry by entry: the entries that make sources, and
 * those skipped with their key, line and reason. Refused with an error only when the file as a
 * whole cannot be read (not JSON, too large, no entries at all).
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
    // Text from a binary file (file-text.ts refuses its bytes before they get here).
    if (text.includes('\u0000')) refuse('It holds binary data, not text, so it is not a BibTeX, RIS or CSL-JSON file; nothing was imported.')
    const read = format === 'bibtex' ? readBibtexFile(text) : format === 'ris' ? readRis(text) : readCslJson(text)
    const file: CitationFile = { entries: [], skipped: [...read.skipped], warnings: read.warnings }
    read.items.forEach(({ csl, ...place }, index) => {
      try {
        file.entries.push({ ...place, draft: fromCsl(csl, index) })
      } catch (error) {
        if (!(error instanceof ApiError)) throw error
        file.skipped.push({ ...place, reason: error.message })
      }
    })
    file.skipped.sort((a, b) => a.line - b.line)
    return { ok: true, file }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() }
    const message = `The file could not be read: ${reason(error)}; nothing was imported`
    return { ok: false, error: { ...toErrorData(error), code: 'invalid_input', message } }
  }
}
