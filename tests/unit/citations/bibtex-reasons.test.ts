/**
 * Why a BibTeX entry was skipped, as a plain sentence naming the file's own line: never the
 * parser's own message ("Token mismatch…", "Unterminated quote-value…"), nor a line past the file's end.
 */
import { describe, expect, it } from 'vitest'
import { importCitations } from '../../../shared/citations/import'

/** The skipped entries of a BibTeX file, and the keys of those read. */
function read(text: string) {
  const result = importCitations(text, 'bibtex')
  if (!result.ok) throw new Error(result.error.message)
  return { kept: result.file.entries.map((entry) => entry.key), skipped: result.file.skipped }
}

/** The file's line count, for checking that no reason names a line past it. */
const lineCount = (text: string) => text.trimEnd().split('\n').length

const PARSER_WORDS = /Token mismatch|Unterminated|quote-value|brace-value|equals sign missing|Runaway|column/

describe('why a BibTeX entry was skipped', () => {
  it('a quoted value never closed: the line where it opens, not one past the end of a 6-line file', () => {
    const text = '@article{x,\n  title = "Broken\n}\n@book{y,\n  title = {Y}\n}\n'
    expect(read(text)).toEqual({
      kept: ['y'],
      skipped: [{ key: 'x', line: 1, reason: `the quoted value “Broken” on line 2 is never closed: its closing '"' is missing` }]
    })
  })

  it('a value in braces never closed', () => {
    const text = '@book{ok, title = {OK}}\n\n@book{z,\n  title = {Open\n  year = 2020\n'
    expect(read(text).skipped).toEqual([{ key: 'z', line: 3, reason: 'the value in braces “Open” on line 4 is never closed: its closing "}" is missing' }])
  })

  it('an entry type not followed by "{", and an "@" that starts no entry', () => {
    const text = '@article x,\n  title = {X}\n}\n@book{ok, title = {OK}}\n@ \n@book{b, title = {B}}\n'
    expect(read(text)).toEqual({
      kept: ['ok', 'b'],
      skipped: [
        { key: '', line: 1, reason: '"@article" on line 1 is followed by “x,” where a "{" (or "(") should open the entry' },
        { key: '', line: 5, reason: 'the "@" on line 5 starts no entry: an entry begins with its type and a "{", as in "@book{key,"' }
      ]
    })
  })

  it('a field without "=", and text where a comma or the closing brace should be', () => {
    const text = '@book{a,\n  title {A}\n}\n@book{b,\n  title = {B},\n  = {x}\n}\n'
    expect(read(text).skipped).toEqual([
      { key: 'a', line: 1, reason: 'on line 2, the field "title" has no "=" before its value' },
      { key: 'b', line: 4, reason: 'on line 6, “= {x}” stands where a comma before the next field, or the "}" that closes the entry, should be' }
    ])
  })

  it('an entry left open at the end of the file names the last line, and one left open before the next entry names that', () => {
    const atEnd = '@book{ok, title = {OK}}\n@book{a,\n  title = {A}\n\n\n'
    expect(read(atEnd).skipped).toEqual([{ key: 'a', line: 2, reason: 'it is not closed: a "}" is missing at the end of the file (line 3)' }])
    const beforeNext = '@book(a, title = {A}\n@book{b, title = {B}}\n'
    expect(read(beforeNext).skipped).toEqual([{ key: 'a', line: 1, reason: 'it is not closed: a ")" is missing before line 2, where the next entry begins' }])
  })

  it('every reason for a set of broken files is a sentence without the parser\'s words, naming lines inside the file', () => {
    const broken = [
      '@book{a, title = "A}\n',
      '@book{a,\n title = {A}\n@book{b, title = {B}}',
      '@book{a, title = {$x}}\n',
      '@string{x = "abc}\n@book{a, title = x}\n',
      '@book{\n',
      '@book{a, title = {\\textbf}}\n',
      '@preamble{"\\newcommand"}\n@book{a, title = {A\\newcommand}}\n',
      '@book{a, title = {\\newcommand{x}}}\n',
      '@book{a, title = {\\def}}\n'
    ]
    const reasons = broken.flatMap((text) => read(text).skipped.map((skip) => ({ text, skip })))
    expect(reasons.length).toBeGreaterThanOrEqual(broken.length)
    for (const { text, skip } of reasons) {
      expect(skip.reason, text).not.toMatch(PARSER_WORDS)
      expect(skip.reason, text).toMatch(/^[a-z"@]/)
      for (const [, line] of skip.reason.matchAll(/line (\d+)/g)) expect(Number(line), `${text} → ${skip.reason}`).toBeLessThanOrEqual(lineCount(text))
    }
  })
})
