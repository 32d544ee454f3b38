/**
 * The layout of a BibTeX file, read only as far as braces, quotes, commas and "=" go: where each
 * entry starts and where each of its fields lies, so that fields can be taken out before
 * @retorquere/bibtex-parser reads the rest. Wherever an entry does not follow the layout, its
 * scan stops there and the rest is left for the parser to read and report.
 */

export interface ScannedField {
  /** Lower-cased, as the parser names fields. */
  name: string
  /** From the field's name to the end of its value, with the comma after it when there is one. */
  start: number
  end: number
  /** The text inside the value's braces or quotes, when the value is one such part (no "#", no @string name). */
  content?: string
  quoted: boolean
}

export interface ScannedEntry {
  /** Offset of the entry's "@". */
  at: number
  type: string
  key: string
  fields: ScannedField[]
  /**
   * Whether the entry reads to its closing brace as the parser reads it: a key the parser takes,
   * fields separated by commas, nothing left over. Only then can its fields be taken out without
   * hiding a fault the parser would report.
   */
  wellFormed: boolean
}

/** The end (exclusive) of a braced value starting at `start` ("{"), or -1 when it never closes. */
function bracedEnd(text: string, start: number): number {
  let depth = 0
  for (let index = start; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') index++
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return index + 1
  }
  return -1
}

function quotedEnd(text: string, start: number): number {
  let depth = 0
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') index++
    else if (char === '{') depth++
    else if (char === '}' && --depth < 0) return -1
    else if (char === '"' && depth === 0) return index + 1
  }
  return -1
}

const SPACE = /\s/

/**
 * Where the value that starts at `from` (after "=") ends, with its "#" concatenations (-1 if
 * unreadable), and whether it is a single braced or quoted part.
 */
function valueEnd(text: string, from: number): { end: number; single: boolean } {
  let index = from
  let parts = 0
  let delimited = true
  for (;;) {
    while (SPACE.test(text[index] ?? '')) index++
    const char = text[index]
    parts++
    if (char === '{') index = bracedEnd(text, index)
    else if (char === '"') index = quotedEnd(text, index)
    else {
      // A bare word: an @string's name or a number.
      const bare = /^[^\s,{}()"#=]+/.exec(text.slice(index, index + 200))
      if (!bare) return { end: -1, single: false }
      index += bare[0].length
      delimited = false
    }
    if (index < 0) return { end: -1, single: false }
    let after = index
    while (SPACE.test(text[after] ?? '')) after++
    if (text[after] !== '#') return { end: index, single: delimited && parts === 1 }
    index = after + 1
  }
}

const HEAD = /@\s*([A-Za-z_:-]+)\s*([{(])\s*([^,{}()]*),/g
/** The characters the parser takes in an entry's key. */
const PARSER_KEY = /^[+'a-zA-Z0-9&;_:\\./\-[\]*"\p{Lu}\p{Lt}\p{Ll}\p{Lm}\p{Lo}]*$/u
const FIELD = /^[\s,]*([^\s=,{}()"#]+)\s*=/

export function scanEntries(text: string): ScannedEntry[] {
  const entries: ScannedEntry[] = []
  HEAD.lastIndex = 0
  for (let match = HEAD.exec(text); match; match = HEAD.exec(text)) {
    const type = (match[1] ?? '').toLowerCase()
    if (type === 'string' || type === 'preamble' || type === 'comment') continue
    const key = (match[3] ?? '').trim()
    const entry: ScannedEntry = { at: match.index, type, key, fields: [], wellFormed: false }
    entries.push(entry)
    let index = HEAD.lastIndex
    // A field must follow a comma; a key with characters the parser does not take is a fault.
    let separated = true
    let broken = !PARSER_KEY.test(key)
    for (;;) {
      const field = FIELD.exec(text.slice(index, index + 300))
      if (!field) {
        let after = index
        while (SPACE.test(text[after] ?? '')) after++
        // A comma after the last field, as Mendeley, JabRef and BibLaTeX's examples write, is one the parser passes over.
        if (text[after] === ',' && entry.fields.length > 0) {
          after++
          while (SPACE.test(text[after] ?? '')) after++
        }
        entry.wellFormed = !broken && text[after] === (match[2] === '{' ? '}' : ')')
        break
      }
      if (!separated) broken = true
      const start = index + field[0].search(/[^\s,]/)
      const valueStart = index + field[0].length
      const { end: valueStop, single } = valueEnd(text, valueStart)
      if (valueStop < 0) break
      index = valueStop
      let end = valueStop
      // With its comma, so that no empty field is left between two commas.
      while (SPACE.test(text[end] ?? '')) end++
      separated = text[end] === ','
      if (text[end] === ',') end++
      else end = valueStop
      const value = text.slice(valueStart, valueStop).trimStart()
      entry.fields.push({
        name: (field[1] ?? '').toLowerCase(),
        start,
        end,
        ...(single ? { content: value.slice(1, -1) } : {}),
        quoted: value.startsWith('"')
      })
    }
    HEAD.lastIndex = Math.max(HEAD.lastIndex, index)
  }
  return entries
}

/** The text without the given spans (sorted, not overlapping), each line break in them kept so line numbers hold. */
export function withoutSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (spans.length === 0) return text
  const out: string[] = []
  let last = 0
  for (const [start, end] of spans) {
    out.push(text.slice(last, start), text.slice(start, end).replace(/[^\n]/g, ''))
    last = end
  }
  out.push(text.slice(last))
  return out.join('')
}
