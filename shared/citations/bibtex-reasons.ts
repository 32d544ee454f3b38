/**
 * @retorquere/bibtex-parser's messages ("Token mismatch, expected '{' or '('…", "Unterminated
 * quote-value … at line 8") made plain sentences about the entry, naming the file's own line:
 * the parser counts lines past the end of the file when a value is never closed, and its column
 * is off where unused fields were taken out before it read the file (bibtex-trim.ts).
 */
import type { ParseError } from '@retorquere/bibtex-parser'

/** Where the entry that failed sits in the file, for the lines a message names. */
export interface FailedEntry {
  /** The entry's first line. */
  line: number
  /** The entry's text as the parser was given it, from its "@" up to the next "@". */
  input: string
  /** The file's last line that holds text. */
  lastLine: number
}

const AT = / at line (\d+), column \d+(?: in "([^"]*)")?$/

/** A parser's quote of the file as far as its first line goes, cut short, for a message. */
function quote(text: string): string {
  const firstLine = text.trim().split('\n')[0].replace(/\s+/g, ' ').trim()
  return `“${firstLine.length > 20 ? `${firstLine.slice(0, 20)}…` : firstLine}”`
}

/** The JSON string the parser quoted ("…"), read back. */
function quoted(json: string): string {
  try {
    return String(JSON.parse(json))
  } catch {
    return json.replace(/^"|"$/g, '')
  }
}

/** The line where a value that was never closed opens: where its first words sit in the entry. */
function openingLine(entry: FailedEntry, opener: string, start: string): number {
  const words = start.split('@')[0] ?? ''
  const at = words ? entry.input.indexOf(opener + words) : -1
  return at < 0 ? entry.line : entry.line + (entry.input.slice(0, at).match(/\n/g)?.length ?? 0)
}

export function reasonOf(error: ParseError, entry: FailedEntry): string {
  const message = (error.error.split('\n')[0] ?? '').trim()
  const at = AT.exec(message)
  const said = at ? message.slice(0, at.index) : message
  const reported = at ? Number(at[1]) : entry.line
  // Past the file's last line: the parser ran to the end of the file looking for something.
  const where = reported > entry.lastLine ? `the end of the file (line ${entry.lastLine})` : `line ${reported}`
  const type = at?.[2]

  const mismatch = /^Token mismatch, expected "(.*?)", found ("(?:[^"\\]|\\.)*")/s.exec(said)
  if (mismatch) {
    const expected = mismatch[1]
    const found = quoted(mismatch[2])
    if (found.startsWith('@')) return `it is not closed: a "${expected}" is missing before line ${reported}, where the next entry begins`
    if (!found.trim()) return `it is not closed: a "${expected}" is missing at ${where}`
    return `on ${where}, ${quote(found)} stands where a comma before the next field, or the "${expected}" that closes the entry, should be`
  }
  const noBrace = /^Token mismatch, expected '\{' or '\(', found ("(?:[^"\\]|\\.)*")/s.exec(said)
  if (noBrace) {
    const found = quoted(noBrace[1])
    if (!type) return `the "@" on line ${entry.line} starts no entry: an entry begins with its type and a "{", as in "@book{key,"`
    return `"@${type}" on line ${entry.line} is followed by ${found.trim() ? quote(found) : 'nothing'} where a "{" (or "(") should open the entry`
  }
  const unterminated = /^Unterminated (quote|brace)-value ("(?:[^"\\]|\\.)*")/s.exec(said)
  if (unterminated) {
    const [opener, closer] = unterminated[1] === 'quote' ? ['"', '"'] : ['{', '}']
    const start = quoted(unterminated[2])
    const line = openingLine(entry, opener, start)
    const what = opener === '"' ? 'quoted value' : 'value in braces'
    const begins = start.trim() ? ` ${quote(start)}` : ''
    return `the ${what}${begins} on line ${line} is never closed: its closing ${closer === '"' ? "'\"'" : '"}"'} is missing`
  }
  const noEquals = /^(\S+) = value expected, equals sign missing/.exec(said)
  if (noEquals) return `on ${where}, the field "${noEquals[1]}" has no "=" before its value`
  if (said === 'Runaway key') return `a key or field name that starts by line ${entry.line} runs on to the end of the file`
  if (said === 'Unclosed math section') return `on ${where}, a "$" opens TeX math that is not closed before the value ends`
  // A message from reading the entry's TeX, whose position is inside one field: the entry's line is named instead.
  const plain = said.replace(/\s*@\s*\{.*$/, '').replace(/\s+/g, ' ').trim()
  return plain ? `its TeX could not be read (${plain}); the entry starts on line ${entry.line}` : `it could not be read; the entry starts on line ${entry.line}`
}

/** A note on something read but not kept as written, in a reader's words. */
export function warningOf(error: ParseError): string {
  const line = error.error.split('\n')[0] ?? error.error
  const unresolved = /^Unresolved @string reference "(.*)"$/.exec(line)
  return unresolved ? `@string "${unresolved[1]}" is not defined in the file; where it is used, its name was kept as the text` : line
}
