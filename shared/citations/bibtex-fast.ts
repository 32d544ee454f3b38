/**
 * Speed: @retorquere/bibtex-parser runs a full LaTeX parser over every field, which is most of the
 * time an import takes. Before it reads the file, the fields Casebook keeps are taken out where
 * that is safe, and put back into its entries afterwards:
 * - a value with no TeX at all is given as the parser would give it (bibtex-plain.ts);
 * - a value with TeX is decoded by the parser once however many entries share it (journal names,
 *   publishers, author lists repeat), from a small file of those values alone;
 * - a title, mostly distinct, is decoded word by word, each distinct word with TeX once (bibtex-words.ts).
 * Entries whose fields depend on one another (crossref, duplicate fields) are left whole, and a
 * file that defines TeX commands keeps its values where they are. When a shared value cannot be
 * decoded on its own, the caller reads the file whole, as before.
 */
import { parse, type Entry, type Options } from '@retorquere/bibtex-parser'
import { fieldMode, plainFieldValue } from './bibtex-plain'
import { scanEntries, withoutSpans, type ScannedEntry, type ScannedField } from './bibtex-scan'
import { KEPT, unusedFieldSpans } from './bibtex-trim'
import { standsAlone, wordsOf } from './bibtex-words'

/** What the parser gives a field: text, or a list for list fields (publisher, location). */
type FieldValue = string | string[] | undefined

/**
 * What the parser is to be given instead of a field taken out: the value itself, the shared
 * value's number, or its words (text, or a shared word's number) with the whole value to read
 * should a word not stand alone.
 */
type Refill =
  | { name: string; value: string | string[] }
  | { name: string; shared: number }
  | { name: string; words: Array<string | number>; whole: string }

export interface Prepared {
  /** The file with the fields taken out (line breaks kept). */
  text: string
  /** Refills by the offset, in `text`, of their entry's "@". */
  refills: Map<number, Refill[]>
  /** Distinct TeX values, each as one field of an entry of its own. */
  shared: Array<{ name: string; value: string }>
}

/** Fields that steer how the parser reads the others: left where they are. */
const STEERING = new Set(['crossref', 'xdata', 'entryset', 'langid', 'hyphenation'])
/** TeX that defines commands, which later values may use: such a file keeps its TeX values in place. */
const DEFINES = /\\(?:newcommand|renewcommand|providecommand|ProvideTextCommandDefault|def)(?![A-Za-z])/

/** Keys other entries take fields from (crossref, xdata), lower-cased. */
function donors(entries: readonly ScannedEntry[]): Set<string> {
  const keys = new Set<string>()
  for (const entry of entries) {
    for (const field of entry.fields) {
      if ((field.name === 'crossref' || field.name === 'xdata') && field.content !== undefined) {
        for (const key of field.content.split(',')) keys.add(key.trim().toLowerCase())
      }
    }
  }
  return keys
}

/** Whether an entry's fields can be taken out one by one without changing what the parser makes of the rest. */
function separable(entry: ScannedEntry, donorKeys: Set<string>): boolean {
  if (!entry.wellFormed || donorKeys.has(entry.key.toLowerCase())) return false
  const names = new Set<string>()
  for (const field of entry.fields) {
    if (names.has(field.name) || field.name === 'crossref' || field.name === 'xdata') return false
    names.add(field.name)
  }
  return true
}

/** Braces that close in order, so that the value reads the same on its own. */
function balanced(content: string): boolean {
  let depth = 0
  for (let index = 0; index < content.length; index++) {
    const char = content[index]
    if (char === '\\') index++
    else if (char === '{') depth++
    else if (char === '}' && --depth < 0) return false
  }
  return depth === 0
}

/**
 * A name of more than three parts ("a, b, c, d"), which the parser notes against its entry: such
 * a list stays in its entry, so that the note keeps its place among the others.
 */
function noted(names: string): boolean {
  return names.split(/\s+and\s+/i).some((name) => name.split(',').length > 3)
}

export function prepare(source: string): Prepared {
  const entries = scanEntries(source)
  const donorKeys = donors(entries)
  const shareTeX = !DEFINES.test(source)
  const spans = unusedFieldSpans(entries)
  const refillsAt = new Map<ScannedEntry, Refill[]>()
  const shared: Prepared['shared'] = []
  const sharedIndex = new Map<string, number>()

  const take = (field: ScannedField & { content: string }): Refill | undefined => {
    const plain = plainFieldValue(field.name, field.content)
    if (plain === null) return undefined
    if (plain !== undefined) return { name: field.name, value: plain }
    const mode = fieldMode(field.name)
    if (!shareTeX || mode === 'richtext' || !balanced(field.content)) return undefined
    if (mode === 'creatorlist' && noted(field.content)) return undefined
    const value = field.quoted ? `"${field.content}"` : `{${field.content}}`
    const words = mode === 'title' && !field.quoted ? wordsOf(field.content) : undefined
    if (words) {
      const parts = words.map((word) => {
        const plain = plainFieldValue(field.name, word)
        return typeof plain === 'string' ? plain : share(shared, sharedIndex, field.name, `{${word}}`)
      })
      return { name: field.name, words: parts, whole: value }
    }
    return { name: field.name, shared: share(shared, sharedIndex, field.name, value) }
  }

  for (const entry of entries) {
    if (!separable(entry, donorKeys)) continue
    const refills: Refill[] = []
    for (const field of entry.fields) {
      if (!KEPT.has(field.name) || STEERING.has(field.name) || field.content === undefined) continue
      const refill = take(field as ScannedField & { content: string })
      // An empty value is one the parser leaves out: it goes, with nothing to put back.
      if (refill || plainFieldValue(field.name, field.content) === null) spans.push([field.start, field.end])
      if (refill) refills.push(refill)
    }
    if (refills.length) refillsAt.set(entry, refills)
  }

  spans.sort((a, b) => a[0] - b[0])
  const text = withoutSpans(source, spans)
  // Where each entry's "@" lands once the spans before it are gone.
  const refills = new Map<number, Refill[]>()
  let removed = 0
  let span = 0
  for (const entry of entries) {
    while (span < spans.length && (spans[span]?.[1] ?? 0) <= entry.at) {
      const [start, end] = spans[span] ?? [0, 0]
      removed += end - start - countBreaks(source, start, end)
      span++
    }
    const found = refillsAt.get(entry)
    if (found) refills.set(entry.at - removed, found)
  }
  return { text, refills, shared }
}

/** The number of a value in the shared list, added the first time it is met. */
function share(shared: Prepared['shared'], known: Map<string, number>, name: string, value: string): number {
  const id = `${name}\u0000${value}`
  let index = known.get(id)
  if (index === undefined) {
    index = shared.length
    known.set(id, index)
    shared.push({ name, value })
  }
  return index
}

function countBreaks(text: string, start: number, end: number): number {
  let breaks = 0
  for (let index = text.indexOf('\n', start); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) breaks++
  return breaks
}

/** The fields taken out, decoded, by the offset of their entry's "@" in the prepared text. */
export type Decoded = Map<number, DecodedField[]>
type DecodedField = { name: string; value: FieldValue }

/**
 * Every field taken out, with the value the parser would give it; undefined when a shared value
 * cannot be read on its own, so that the caller reads the file whole.
 */
export function decodeRefills(prepared: Prepared, options: Options): Decoded | undefined {
  const values = decodeShared(prepared.shared, options)
  if (!values) return undefined
  // A split value with a word that does not stand alone is read whole, in one more run for all such values.
  const wholes: Prepared['shared'] = []
  const wholeIndex = new Map<string, number>()
  const pending: Array<Array<DecodedField | { name: string; whole: number }>> = []
  const offsets: number[] = []
  for (const [at, refills] of prepared.refills) {
    offsets.push(at)
    pending.push(
      refills.map((item) => {
        if ('value' in item) return item
        if ('shared' in item) return { name: item.name, value: values[item.shared] }
        const words = item.words.map((word) => (typeof word === 'string' ? word : values[word]))
        if (words.every(standsAlone)) return { name: item.name, value: words.join(' ') }
        return { name: item.name, whole: share(wholes, wholeIndex, item.name, item.whole) }
      })
    )
  }
  const wholeValues = decodeShared(wholes, options)
  if (!wholeValues) return undefined
  const decoded: Decoded = new Map()
  for (const [index, items] of pending.entries()) {
    const settled = items.map((item) => ('whole' in item ? { name: item.name, value: wholeValues[item.whole] } : item))
    decoded.set(offsets[index] ?? -1, settled)
  }
  return decoded
}

/**
 * The shared TeX values decoded by the parser, each from an entry of its own; undefined when one
 * cannot be read on its own, or gives a note (which belongs among its entries' notes, in order).
 */
function decodeShared(shared: Prepared['shared'], options: Options): FieldValue[] | undefined {
  if (shared.length === 0) return []
  const text = shared.map(({ name, value }, index) => `@misc{v${index},\n${name} = ${value}\n}\n`).join('')
  const library = parse(text, options)
  if (library.entries.length !== shared.length || library.errors.length > 0) return undefined
  const values: FieldValue[] = []
  for (const [index, entry] of library.entries.entries()) {
    if (entry.key !== `v${index}`) return undefined
    values.push(entry.fields[shared[index]?.name ?? ''] as FieldValue)
  }
  return values
}

/** The fields taken out, put back into the parser's entry. */
export function refill(entry: Entry, fields: readonly DecodedField[] | undefined): void {
  if (!fields) return
  const target = entry.fields as Record<string, unknown>
  for (const { name, value } of fields) {
    if (value === undefined) continue
    target[name] = value
    entry.mode[name] = fieldMode(name)
  }
}
