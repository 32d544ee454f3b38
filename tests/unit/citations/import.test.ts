import { afterEach, describe, expect, it, vi } from 'vitest'
import { importCitations, MAX_IMPORT_ENTRIES, type ImportResult } from '../../../shared/citations/import'

const empty = { authors: [], publisher: '', container: '', date: '', url: '', accessed: '', reporterCitation: '', qualifications: '' }

/** The error of a refused import; fails the test when the import went through. */
function refused(result: ImportResult) {
  if (result.ok) throw new Error(`expected the import to be refused, got ${result.file.entries.length} entries`)
  expect(result).not.toHaveProperty('file')
  expect(result.error.code).toBe('invalid_input')
  return result.error
}

function read(result: ImportResult) {
  if (!result.ok) throw new Error(`expected the file to be read: ${result.error.message} (${result.error.path})`)
  return result.file
}

function items(result: ImportResult) {
  return read(result).entries.map((entry) => entry.draft)
}

/** The skipped entries' keys, lines and reasons. */
function skipped(result: ImportResult) {
  return read(result).skipped
}

afterEach(() => {
  vi.restoreAllMocks()
})

const BIBTEX = String.raw`% Exported for Casebook
@string{rnz = "RNZ"}

@article{rnz2025,
  title   = {Could California leave the {United States}? It's complicated.},
  journal = rnz,
  year    = 2025
}

@techreport{yougov2025,
  author      = {{YouGov}},
  title       = {Poll for the \emph{Independent} California Institute},
  institution = {YouGov},
  year        = 2025,
  month       = jan
}

@book{levinson2006,
  author    = {Levinson, Sanford and G{\"o}del, Kurt},
  title     = {Our Undemocratic Constitution},
  publisher = {Oxford University Press},
  year      = {2006},
  url       = {https://example.org/book}
}
`

const RIS = `TY  - NEWS
TI  - Could California leave the United States? It's complicated.
T2  - RNZ
PY  - 2025
ER  - 

TY  - RPRT
AU  - YouGov
TI  - Poll for the Independent California
  Institute
DA  - 2025/01//
ER  - 

TY  - CASE
TI  - Texas v. White
A2  - U.S.
VL  - 74
SP  - 700
PB  - Supreme Court of the United States
PY  - 1869
ER  - 
`

const CSL_JSON = JSON.stringify(
  [
    {
      id: 'texas',
      type: 'legal_case',
      title: 'Texas v. White',
      'container-title': 'U.S.',
      volume: '74',
      page: '700',
      authority: 'Supreme Court of the United States',
      issued: { 'date-parts': [[1869]] }
    },
    { id: 'rnz', type: 'article-newspaper', title: "Could California leave the United States? It's complicated.", 'container-title': 'RNZ', issued: { 'date-parts': [[2025]] } },
    { id: 'yougov', type: 'report', title: 'Poll for the Independent California Institute', author: [{ literal: 'YouGov' }], issued: { 'date-parts': [[2025, 1]] } },
    { id: 'scalia', type: 'personal_communication', title: 'Letter on secession', author: [{ family: 'Scalia', given: 'Antonin' }], issued: { 'date-parts': [['2006']] } },
    {
      id: 'patman',
      type: 'interview',
      title: 'Interview on secession',
      author: [{ family: 'Patman', given: 'Robert' }],
      'container-title': 'RNZ',
      issued: { 'date-parts': [[2025, 6, 10]] },
      accessed: { 'date-parts': [[2025, 6, 11]] },
      URL: 'https://www.rnz.co.nz/x'
    }
  ],
  null,
  2
)

describe('a valid file imports every entry', () => {
  it('BibTeX: @string macros, braces, LaTeX accents and markup read as plain text', () => {
    expect(items(importCitations(BIBTEX, 'bibtex'))).toEqual([
      { ...empty, kind: 'article', title: "Could California leave the United States? It's complicated.", container: 'RNZ', date: '2025' },
      // \emph{...} is stored as the plain words; a report is a report whatever its title says.
      // A braced name ({{YouGov}}) is an institution's, kept whole.
      { ...empty, kind: 'book', title: 'Poll for the Independent California Institute', authors: [{ literal: 'YouGov' }], publisher: 'YouGov', date: '2025-01' },
      {
        ...empty,
        kind: 'book',
        title: 'Our Undemocratic Constitution',
        authors: [
          { given: 'Sanford', family: 'Levinson' },
          { given: 'Kurt', family: 'Gödel' }
        ],
        publisher: 'Oxford University Press',
        date: '2006',
        url: 'https://example.org/book'
      }
    ])
  })

  it('RIS: record types, continued lines, partial dates and a case with its reporter', () => {
    expect(items(importCitations(RIS, 'ris'))).toEqual([
      { ...empty, kind: 'article', title: "Could California leave the United States? It's complicated.", container: 'RNZ', date: '2025' },
      { ...empty, kind: 'book', title: 'Poll for the Independent California Institute', authors: [{ family: 'YouGov' }], date: '2025-01' },
      { ...empty, kind: 'case', title: 'Texas v. White', publisher: 'Supreme Court of the United States', date: '1869', reporterCitation: '74 U.S. 700' }
    ])
  })

  it('CSL-JSON: cases, articles, polls, letters and interviews', () => {
    expect(items(importCitations(CSL_JSON, 'csl-json'))).toEqual([
      { ...empty, kind: 'case', title: 'Texas v. White', publisher: 'Supreme Court of the United States', date: '1869', reporterCitation: '74 U.S. 700' },
      { ...empty, kind: 'article', title: "Could California leave the United States? It's complicated.", container: 'RNZ', date: '2025' },
      { ...empty, kind: 'book', title: 'Poll for the Independent California Institute', authors: [{ literal: 'YouGov' }], date: '2025-01' },
      { ...empty, kind: 'letter', title: 'Letter on secession', authors: [{ given: 'Antonin', family: 'Scalia' }], date: '2006' },
      {
        ...empty,
        kind: 'interview',
        title: 'Interview on secession',
        authors: [{ given: 'Robert', family: 'Patman' }],
        container: 'RNZ',
        date: '2025-06-10',
        url: 'https://www.rnz.co.nz/x',
        accessed: '2025-06-11'
      }
    ])
  })

  it('a single CSL-JSON object is one item', () => {
    expect(items(importCitations('{"type": "book", "title": "One"}', 'csl-json'))).toEqual([{ ...empty, kind: 'book', title: 'One' }])
  })

  it('keeps the exact characters, drops control characters and markup, and fetches nothing', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const text = JSON.stringify([
      {
        type: 'webpage',
        title: "Cats & dogs < 3: \"quoted\", it's <b>bold</b>\u0007\nnext line",
        author: [{ family: 'O\u2019Brien', given: 'Siobhán' }],
        URL: 'https://example.org/a?b=1&c=2'
      }
    ])
    expect(items(importCitations(text, 'csl-json'))).toEqual([
      {
        ...empty,
        kind: 'web',
        title: 'Cats & dogs < 3: "quoted", it\'s bold next line',
        authors: [{ given: 'Siobhán', family: 'O\u2019Brien' }],
        url: 'https://example.org/a?b=1&c=2'
      }
    ])
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe('TeX is decoded to Unicode, and nothing of it is left', () => {
  const TEX = String.raw`@article{,
  author = {H{\aa}kan Johansson and Mart{\'\i}n Abadi and {\d O}ng, Tr{\d a}n},
  title = {Hyphen\-ation of\/f the {$16\times 16$} grid\relax: \enquote*{quoted} and \enquote{double}},
  abstract = {Left out: {braces} and \unknown{macros} and $x^2$},
  file = {:C\:/Users/x.pdf:pdf},
  journal = {Journal of {IEEE} Things},
  volume = {12}, number = {3}, pages = {1--10},
  doi = {https://doi.org/10.1000/182},
  mendeley-tags = {a,b}
}
@techreport{survey2020,
  title = {Argument Mining: A Survey},
  institution = {Example University},
  address = {Edinburgh},
  edition = {2},
  year = {2020}
}`

  it('names, accents, soft hyphens, italic correction, math, \\relax and \\enquote*', () => {
    const file = read(importCitations(TEX, 'bibtex'))
    expect(file.skipped).toEqual([])
    expect(file.entries[0]).toMatchObject({ key: '', line: 1 })
    expect(file.entries[0]?.draft).toEqual({
      ...empty,
      kind: 'article',
      title: 'Hyphenation off the 16×16 grid: “quoted” and “double”',
      authors: [
        { given: 'Håkan', family: 'Johansson' },
        { given: 'Martín', family: 'Abadi' },
        { given: 'Trạn', family: 'Ọng' }
      ],
      container: 'Journal of IEEE Things',
      volume: '12',
      issue: '3',
      pages: '1–10',
      // A DOI that is already a link is not prefixed again.
      url: 'https://doi.org/10.1000/182'
    })
  })

  it('a report titled "…: A Survey" is a report (book), not a poll; edition and place are kept', () => {
    const file = read(importCitations(TEX, 'bibtex'))
    expect(file.entries[1]).toMatchObject({ key: 'survey2020', line: 11 })
    expect(file.entries[1]?.draft).toEqual({
      ...empty,
      kind: 'book',
      title: 'Argument Mining: A Survey',
      publisher: 'Example University',
      place: 'Edinburgh',
      edition: '2',
      date: '2020'
    })
  })
})

describe('an entry that cannot be read is skipped, named by key and line, and the rest are kept', () => {
  it('BibTeX: an entry left open before the next one', () => {
    const text = [
      '@article{rnz2025,',
      "  title   = {Could California leave the United States? It's complicated.},",
      '  journal = {RNZ},',
      '  year    = {2025}',
      '',
      '@book{levinson2006,',
      '  title = {Our Undemocratic Constitution}',
      '}',
      ''
    ].join('\n')
    expect(skipped(importCitations(text, 'bibtex'))).toEqual([
      { key: 'rnz2025', line: 1, reason: 'it is not closed: a "}" is missing before line 6, where the next entry begins' }
    ])
    expect(items(importCitations(text, 'bibtex')).map((draft) => draft.title)).toEqual(['Our Undemocratic Constitution'])
  })

  it('BibTeX: the last entry left open at the end of the file', () => {
    const text = '@book{ok, title={Fine}}\n\n@book{open2020,\n  title = {Unfinished},\n  year = {2020}\n'
    const [skip] = skipped(importCitations(text, 'bibtex'))
    expect(skip).toMatchObject({ key: 'open2020', line: 3 })
    expect(skip?.reason).toMatch(/the end of the file/)
    expect(items(importCitations(text, 'bibtex')).map((draft) => draft.title)).toEqual(['Fine'])
  })

  it('BibTeX: a field with no comma before the next one', () => {
    const text = '@book{fine, title={Fine}}\n@book{nocomma,\n  title = {A}\n  year = {2020}\n}\n@book{after, title={After}}\n'
    const [skip] = skipped(importCitations(text, 'bibtex'))
    expect(skip).toMatchObject({ key: 'nocomma', line: 2 })
    expect(skip?.reason).toBe('on line 4, “year = {2020}” stands where a comma before the next field, or the "}" that closes the entry, should be')
    expect(items(importCitations(text, 'bibtex')).map((draft) => draft.title)).toEqual(['Fine', 'After'])
  })

  it('RIS: a record with no ER line ends where the next begins, with a note', () => {
    const text = ['TY  - NEWS', 'TI  - One', 'ER  - ', 'TY  - RPRT', 'TI  - Two', 'PY  - 2025', '', 'TY  - CASE', 'TI  - Three', 'ER  - ', ''].join('\n')
    const file = read(importCitations(text, 'ris'))
    expect(file.entries.map((entry) => [entry.draft.title, entry.line])).toEqual([
      ['One', 1],
      ['Two', 4],
      ['Three', 8]
    ])
    expect(file.warnings).toEqual(['RIS record 2 (line 4) has no "ER  - " line; it was read up to line 7'])
  })

  it('RIS: lines between records (numbering) are passed over, a short title (ST) is a title, PB is kept for articles', () => {
    const text = ['1.', 'TY  - JOUR', 'ID  - only-short', 'ST  - The short title', 'PB  - Fun Factory', 'CY  - Berlin', 'VL  - 9', 'IS  - 3', 'SP  - 10', 'EP  - 20', 'DO  - https://doi.org/10.1000/x', 'ER  - ', '', '2.', 'TY  - BOOK', 'TI  - B', 'ER  - '].join('\n')
    const file = read(importCitations(text, 'ris'))
    expect(file.entries.map((entry) => entry.draft)).toEqual([
      { ...empty, kind: 'article', title: 'The short title', publisher: 'Fun Factory', place: 'Berlin', volume: '9', issue: '3', pages: '10-20', url: 'https://doi.org/10.1000/x' },
      { ...empty, kind: 'book', title: 'B' }
    ])
    expect(file.entries[0]).toMatchObject({ key: 'only-short', line: 2 })
    expect(file.warnings).toEqual(['Line 14 between RIS records was not part of any record and was passed over'])
  })

  it('CSL-JSON: an item that is not an object, or has no title, is skipped with its line', () => {
    const text = JSON.stringify([{ id: 'a', type: 'book', title: 'Fine' }, 'https://example.org/not-an-item', { id: 'c', type: 'book' }, { id: 'd', type: 'book', title: 'Also fine' }], null, 2)
    const result = importCitations(text, 'csl-json')
    expect(skipped(result)).toEqual([
      { key: '', line: 7, reason: 'it is the text "https://example.org/not-an-item", not an item ({…})' },
      { key: 'c', line: 8, reason: 'it has no title, and every source needs one' }
    ])
    expect(items(result).map((draft) => draft.title)).toEqual(['Fine', 'Also fine'])
  })

  it('CSL-JSON: text that is not JSON names the line', () => {
    const error = refused(importCitations('[\n  {"type": "book", "title": "A"},\n  {"type": "book" "title": "B"}\n]', 'csl-json'))
    expect(error.message).toMatch(/^The CSL-JSON file is not valid JSON at line 3, column \d+ \(.+\); nothing was imported$/)
    expect(error.path).toBe('line 3')
  })

  it('an entry Casebook cannot keep (no title, a field too long, too many authors) is skipped with the reason', () => {
    expect(skipped(importCitations('@book{fine, title={Fine}}\n@book{untitled, year={2020}}\n', 'bibtex'))).toEqual([
      { key: 'untitled', line: 2, reason: 'it has no title, and every source needs one' }
    ])
    expect(skipped(importCitations(JSON.stringify([{ id: 'p', type: 'book', title: 'A', publisher: 'p'.repeat(301) }]), 'csl-json'))).toEqual([
      { key: 'p', line: 1, reason: 'publisher is longer than 300 characters' }
    ])
    const crowd = JSON.stringify([{ type: 'book', title: 'A', author: Array.from({ length: 101 }, (_, index) => ({ family: `A${index}` })) }])
    expect(skipped(importCitations(crowd, 'csl-json'))[0]?.reason).toBe('more than 100 authors (a source holds at most 100)')
  })

  it('BibTeX: an @string the file never defines is kept as its name, with a note', () => {
    const file = read(importCitations('@inproceedings{a, title = {T}, booktitle = IEEE_J_PROC, year = 2016}\n', 'bibtex'))
    expect(file.entries[0]?.draft.container).toBe('IEEE_J_PROC')
    expect(file.warnings).toEqual(['@string "IEEE_J_PROC" is not defined in the file; where it is used, its name was kept as the text'])
  })

  it('BibTeX: a stray "@" between entries does not stop the others', () => {
    const text = '@book{fine, title={Fine}}\n\n@ 2020 notes\n@book{next, title={Next}}\n'
    expect(items(importCitations(text, 'bibtex')).map((draft) => draft.title)).toEqual(['Fine', 'Next'])
  })
})

describe('limits and other refusals', () => {
  it('refuses a file over 5 MB', () => {
    const error = refused(importCitations(`[${' '.repeat(5 * 1024 * 1024)}]`, 'csl-json'))
    expect(error.message).toBe('The CSL-JSON file is 5.0 MB; at most 5 MB can be imported at once. Split it into smaller files.')
    // Counted in UTF-8 bytes: 1.8 million three-byte characters are 5.1 MB.
    expect(refused(importCitations('€'.repeat(1_800_000), 'bibtex')).message).toMatch(/^The BibTeX file is 5\.1 MB;/)
  })

  it('refuses more than 5,000 entries, and reads 5,000', () => {
    const records = (count: number) => Array.from({ length: count }, (_, index) => `TY  - GEN\nTI  - Item ${index}\nER  - \n`).join('')
    expect(refused(importCitations(records(MAX_IMPORT_ENTRIES + 1), 'ris')).message).toBe(
      'The RIS file has 5,001 entries; at most 5,000 can be imported at once. Split it into smaller files.'
    )
    const bibtex = Array.from({ length: MAX_IMPORT_ENTRIES + 1 }, (_, index) => `@misc{k${index}, title={T}}`).join('\n')
    expect(refused(importCitations(bibtex, 'bibtex')).message).toContain('has 5,001 entries')
    const list = JSON.stringify(Array.from({ length: MAX_IMPORT_ENTRIES }, (_, index) => ({ type: 'book', title: `Item ${index}` })))
    expect(items(importCitations(list, 'csl-json'))).toHaveLength(MAX_IMPORT_ENTRIES)
  })

  it('refuses an empty file, a file with no entries and an unknown format', () => {
    expect(refused(importCitations('  \n', 'ris')).message).toBe('The RIS file is empty.')
    expect(refused(importCitations('just some notes\n', 'bibtex')).message).toContain('has no entries')
    expect(refused(importCitations('Provider: Example\n\n', 'ris')).message).toContain('has no records')
    expect(refused(importCitations('[]', 'csl-json')).message).toBe('The CSL-JSON file has no items.')
    expect(refused(importCitations('[]', 'endnote' as 'ris')).path).toBe('format')
  })
})
