/**
 * A first pass over a BibTeX file that finds each entry's key, type and lines, so that an error
 * can name the entry at fault, and an entry left open is caught before Citation.js reads the file.
 */
import { ApiError } from '../errors'

export interface BibtexEntry {
  /** Index among the data entries (not counting @string, @preamble and @comment). */
  index: number
  type: string
  key: string
  /** 1-based lines the entry spans. */
  startLine: number
  endLine: number
}

export function describeEntry(entry: BibtexEntry): string {
  return entry.key ? `BibTeX entry "${entry.key}" (line ${entry.startLine})` : `BibTeX entry at line ${entry.startLine}`
}

const NON_DATA = new Set(['string', 'preamble', 'comment'])

/**
 * The data entries of a BibTeX file, in order. Throws an ApiError naming the entry when one is
 * not closed, and the line when an "@" does not start an entry.
 */
export function scanBibtex(text: string): BibtexEntry[] {
  const entries: BibtexEntry[] = []
  let line = 1
  let index = 0
  const length = text.length

  const advance = (to: number) => {
    for (; index < to; index++) if (text[index] === '\n') line++
  }

  while (index < length) {
    const at = text.indexOf('@', index)
    if (at < 0) break
    advance(at)
    const startLine = line
    const head = /^@\s*([A-Za-z_][A-Za-z0-9_:+-]*)\s*/.exec(text.slice(at, at + 200))
    if (!head) {
      // Text between entries is a comment in BibTeX; a lone "@" there is harmless.
      advance(at + 1)
      continue
    }
    const type = head[1].toLowerCase()
    if (type === 'comment') {
      // As in Citation.js: "@comment" runs to the end of its line.
      const end = text.indexOf('\n', at)
      advance(end < 0 ? length : end)
      continue
    }
    advance(at + head[0].length)
    const open = text[index]
    if (open !== '{' && open !== '(') {
      throw new ApiError(
        'invalid_input',
        `BibTeX entry "@${head[1]}" at line ${startLine} is not followed by "{": the file is not valid BibTeX`,
        `line ${startLine}`
      )
    }
    const keyMatch = /^[{(]\s*([^,\s{}()"=#%]*)/.exec(text.slice(index, index + 400))
    const key = NON_DATA.has(type) ? '' : (keyMatch?.[1] ?? '')
    const entry: BibtexEntry = { index: entries.length, type, key, startLine, endLine: startLine }
    const close = open === '{' ? '}' : ')'
    advance(index + 1)

    let depth = 0
    let quoted = false
    let closed = false
    while (index < length) {
      const char = text[index]
      if (char === '\\' && index + 1 < length) {
        advance(index + 2)
        continue
      }
      if (char === '{') depth++
      else if (char === '}' && depth > 0) depth--
      else if (depth === 0 && char === '"') quoted = !quoted
      else if (depth === 0 && !quoted && char === close) {
        closed = true
        advance(index + 1)
        break
      } else if (depth === 0 && !quoted && char === '@' && /^@\s*[A-Za-z]+\s*[{(]/.test(text.slice(index, index + 60))) {
        // Between fields, where only names, values and commas belong: the previous entry was never closed.
        throw unclosed(entry, close, `before line ${line}, where the next entry begins`)
      }
      advance(index + 1)
    }
    if (!closed) {
      const next = nextEntryLine(text, entry.startLine)
      throw unclosed(entry, close, next ? `before line ${next}, where the next entry begins` : 'before the end of the file')
    }
    entry.endLine = line
    if (!NON_DATA.has(type)) entries.push(entry)
  }
  return entries
}

function unclosed(entry: BibtexEntry, close: string, where: string): ApiError {
  const name = entry.key ? `BibTeX entry "${entry.key}"` : `BibTeX @${entry.type} entry`
  const path = NON_DATA.has(entry.type) ? `line ${entry.startLine}` : `entries[${entry.index}]`
  return new ApiError(
    'invalid_input',
    `${name} (line ${entry.startLine}) is not closed: a "${close}" is missing ${where}; nothing was imported`,
    path
  )
}

/** The first line after `fromLine` that begins like a new entry ("@book{"), if any. */
function nextEntryLine(text: string, fromLine: number): number | null {
  const lines = text.split('\n')
  for (let number = fromLine + 1; number <= lines.length; number++) {
    if (/^\s*@\s*[A-Za-z]+\s*[{(]/.test(lines[number - 1])) return number
  }
  return null
}

/** The entry whose lines hold `line`, if any. */
export function entryAtLine(entries: readonly BibtexEntry[], line: number): BibtexEntry | undefined {
  return entries.find((entry) => entry.startLine <= line && line <= entry.endLine)
}
