/**
 * The fast BibTeX read (values without TeX given directly, shared TeX values decoded once) gives
 * the same entries, skipped entries and notes as the parser reading every field where it stands.
 */
import { parse } from '@retorquere/bibtex-parser'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readBibtex } from '../../../shared/citations/bibtex-read'
import { prepare } from '../../../shared/citations/bibtex-fast'
import { plainFieldValue } from '../../../shared/citations/bibtex-plain'
import { sharedFile } from '../../support/shared-folder'

const PARSER_OPTIONS = { english: false, sentenceCase: false, caseProtection: false, unsupported: 'ignore' } as const

/** Every field Casebook keeps that is not steering the parser, in each of its modes. */
const FIELDS = [
  'title', 'subtitle', 'shorttitle', 'booktitle', 'journal', 'journaltitle', 'publisher', 'institution', 'location',
  'address', 'school', 'year', 'month', 'day', 'date', 'urldate', 'volume', 'number', 'pages', 'edition', 'type', 'doi', 'url'
]

/** Pieces of text without TeX, some near TeX's ligatures and the parser's own treatment of spaces and "and". */
const PLAIN_PIECES = [
  'a', 'Z', '0', '19', ' ', '  ', '\t', '\n', '\r\n', '\n\n', '.', ',', ';', ':', '!', '?', "'", '(', ')', '[', ']', '/', '+', '*',
  '=', '@', '|', '-', '\u00A0', '\u2009', '\u3000', 'é', 'e\u0301', 'ß', '“', '”', '–', '中', '😀', 'and', 'And', ' and ', '?`', 'ff',
  '--', '---', '----', ' -- '
]

describe('a value without TeX', () => {
  it('is given as the parser gives it, in every kept field, braced or quoted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.array(fc.constantFrom(...PLAIN_PIECES), { maxLength: 12 }), fc.boolean(), (name, pieces, quoted) => {
        const content = pieces.join('')
        const fast = plainFieldValue(name, content)
        fc.pre(fast !== undefined)
        const value = quoted ? `"${content}"` : `{${content}}`
        const [entry] = parse(`@misc{k,\n  ${name} = ${value}\n}`, PARSER_OPTIONS).entries
        expect(entry?.fields[name]).toEqual(fast === null ? undefined : fast)
      }),
      { numRuns: 1000 }
    )
  }, 120_000)

  it('is left to the parser when it has TeX, or text the parser changes', () => {
    for (const content of ['H{\\aa}kan', '10----20', '``quoted\'\'', '50\\%', 'a~b', '$x$', 'a << b', 'x_1', 'A & B']) {
      expect(plainFieldValue('title', content)).toBeUndefined()
    }
    expect(plainFieldValue('publisher', 'Springer and Kluwer')).toBeUndefined()
    expect(plainFieldValue('month', 'jan')).toBeUndefined()
    expect(plainFieldValue('url', 'https://example.org/a\n\nb')).toBeUndefined()
    expect(plainFieldValue('doi', '10.1000/a--b')).toBeUndefined()
    expect(plainFieldValue('author', 'Smith, Jane')).toBeUndefined()
  })

  it('gives a page range with the en dash the parser gives', () => {
    const [entry] = parse('@misc{k,\n  pages = {12--26}\n}', PARSER_OPTIONS).entries
    expect(plainFieldValue('pages', '12--26')).toBe('12\u201326')
    expect(entry?.fields.pages).toBe('12\u201326')
  })
})

/** Words of titles: plain, TeX that stays inside its word, and TeX that reaches past it (declarations, math, quotes, comments). */
const WORDS = [
  'plain', 'Title:', '19', '{IEEE}', 'H{\\aa}kan', 'H\\aa', 'kan', '\\em', '\\bf', '\\relax', 'x\\em{}', '{$16\\times 16$}', '$x$',
  '$a', 'b$', '$$', '``quoted', "words''", '"quoted"', '"', 'a~b', '~', '\\emph{a b}', '\\textit{x}y', '--', '---', '50\\%', '%',
  '{\\bf y}', '\\\\', '\\&', 'x^2', 'a_b', "\\'e", "\\'", 'e', '\\ ', '{', '}', '\\url{a b}', '\\enquote{x}', "''", '`', "'",
  '\\textsuperscript{th}', '{\\em a}', '<', 'é', '\u00A0'
]
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\t', '\n\n', '~', '']

describe('a title read word by word', () => {
  it('gives what the parser gives the whole title', () => {
    const title = fc
      .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([word, separator]) => word + separator).join('').trim())
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 4 }), fc.constantFrom('title', 'booktitle', 'shorttitle'), (titles, name) => {
        const text = titles.map((value, index) => `@article{k${index},\n  ${name} = {${value}},\n  year = {2020}\n}\n`).join('\n')
        expect(readBibtex(text, 'fast')).toEqual(readBibtex(text, 'whole'))
      }),
      { numRuns: 1500 }
    )
  }, 120_000)

  it('decodes each distinct word with TeX once, however many titles have it', () => {
    const text = Array.from({ length: 50 }, (_, index) => `@article{k${index},\n  title = {Filters for {IEEE} grids, part ${index} grids\\relax}\n}\n`).join('')
    expect(prepare(text).shared.map(({ value }) => value)).toEqual(['{{IEEE}}', '{grids\\relax}'])
    expect(readBibtex(text).items[7]?.csl.title).toBe('Filters for IEEE grids, part 7 grids')
  })
})

/** Values with TeX, each several times, so that shared values and their notes are read once and given to each entry. */
const TEX_VALUES = [
  '{IEEE} filters', 'H{\\aa}kan', 'Mart{\\\'\\i}n', '10--20', '$16\\times 16$', 'grids\\relax', '\\emph{no} loss', 'M{\\"u}ller',
  '{World Health Organization}', 'Stra{\\ss}e', 'Johansson, H{\\aa}kan and M{\\"u}ller, J{\\"o}rg', 'a~b', '{\\enquote*{quoted}}'
]
const PLAIN_VALUES = ['Journal of Signal Processing', 'New York', '2020', '12', 'IEEE', '', '  ', 'Springer and Kluwer', 'jan']
const NAMES = [
  'Johansson, H{\\aa}kan and Mart{\\\'\\i}n Abadi', 'Smith, Jane and Doe, John', 'von Neumann, John', 'a, b, c, d', '{World Health Organization}'
]

const field = fc.oneof(
  fc.record({ name: fc.constantFrom(...FIELDS), value: fc.constantFrom(...TEX_VALUES, ...PLAIN_VALUES), quoted: fc.boolean() }),
  fc.record({ name: fc.constantFrom('author', 'editor'), value: fc.constantFrom(...NAMES), quoted: fc.constant(false) }),
  fc.record({ name: fc.constantFrom('abstract', 'keywords', 'file', 'note'), value: fc.constantFrom(...TEX_VALUES), quoted: fc.constant(false) })
)
const entry = fc.record({
  type: fc.constantFrom('article', 'book', 'incollection', 'inproceedings', 'misc', 'set'),
  key: fc.constantFrom('a', 'b', 'c', 'd', ''),
  fields: fc.array(field, { maxLength: 6 }),
  crossref: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
  month: fc.option(fc.constantFrom('jan', 'dec', 'nosuch'), { nil: undefined }),
  fault: fc.constantFrom('none', 'none', 'none', 'trailing comma', 'no comma', 'not closed', 'odd math')
})

function written(item: (typeof entry extends fc.Arbitrary<infer T> ? T : never)): string {
  const fields = item.fields.map(({ name, value, quoted }) => `  ${name} = ${quoted && !/["{}]/.test(value) ? `"${value}"` : `{${value}}`}`)
  if (item.crossref) fields.push(`  crossref = {${item.crossref}}`)
  if (item.month) fields.push(`  month = ${item.month}`)
  if (item.fault === 'odd math') fields.push('  title = {one $ too many}')
  const body = fields.join(item.fault === 'no comma' ? '\n' : ',\n')
  return `@${item.type}{${item.key},\n${body}${item.fault === 'trailing comma' ? ',' : ''}\n${item.fault === 'not closed' ? '' : '}'}\n`
}

describe('the fast read', () => {
  it('gives the same entries, skipped entries and notes as reading every field with the parser', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.boolean(), (entries, strings) => {
        const text = (strings ? '@string{jan = "Janvier"}\n' : '') + entries.map(written).join('\n')
        expect(readBibtex(text, 'fast')).toEqual(readBibtex(text, 'whole'))
      }),
      { numRuns: 300 }
    )
  }, 120_000)

  it('takes the fields out of an entry with a comma after its last field, as exports write it', () => {
    const text = '@book{a,\n  title = {Filters for {IEEE} grids},\n  year = {2020},\n}\n'
    expect(prepare(text).refills.size).toBe(1)
    expect(readBibtex(text, 'fast')).toEqual(readBibtex(text, 'whole'))
  })

  for (const [name, entries] of [['bbt-mendeley-export.bib', 512], ['biblatex-examples.bib', 88], ['jabref-authors.bib', 212]] as const) {
    const file = sharedFile(`fixtures/real-world/bibtex/${name}`)
    it(`reads ${name} as the parser does field by field, taking the fields of ${entries} entries out first`, file.options, () => {
      const text = readFileSync(file.path, 'utf8')
      // Each of these entries ends "year = {2016},\n}": none was read fast before a trailing comma was allowed.
      expect(prepare(text).refills.size).toBe(entries)
      expect(readBibtex(text, 'fast')).toEqual(readBibtex(text, 'whole'))
    })
  }
})
