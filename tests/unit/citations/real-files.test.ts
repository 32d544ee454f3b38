/**
 * Citation files as people have them, from public repositories (../shared/fixtures/real-world):
 * a Mendeley export through Better BibTeX, BibLaTeX's own examples, a JabRef library, rispy's
 * RIS samples and a Manubot CSL-JSON bibliography. Skipped, with the reason, when absent.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importCitations, type CitationFile, type ImportFormat } from '../../../shared/citations/import'
import { sharedFile } from '../../support/shared-folder'

function readReal(relative: string, format: ImportFormat): CitationFile {
  const result = importCitations(readFileSync(sharedFile(relative).path, 'utf8'), format)
  if (!result.ok) throw new Error(result.error.message)
  return result.file
}

/** TeX a reader would see as such: a control word or symbol, a brace, math, a dotless i under an accent, a soft hyphen. */
const TEX_LEFT = /\\[A-Za-z@]+|\\[^A-Za-z\s]|[{}]|\$|\u0131\p{M}|\u00AD/u

function texLeft(file: CitationFile): string[] {
  const found: string[] = []
  const visit = (value: unknown, where: string) => {
    if (typeof value === 'string') {
      if (TEX_LEFT.test(value)) found.push(`${where}: ${value}`)
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${where}[${index}]`))
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, `${where}.${key}`)
  }
  for (const entry of file.entries) visit(entry.draft, `${entry.key || '(no key)'} line ${entry.line}`)
  return found
}

const mendeley = sharedFile('fixtures/real-world/bibtex/bbt-mendeley-export.bib')
const biblatex = sharedFile('fixtures/real-world/bibtex/biblatex-examples.bib')
const jabref = sharedFile('fixtures/real-world/bibtex/jabref-authors.bib')
const risFull = sharedFile('fixtures/real-world/ris/rispy-example_full.ris')
const risUtf = sharedFile('fixtures/real-world/ris/rispy-example_utf_chars.ris')
const manubot = sharedFile('fixtures/real-world/csl-json/manubot-input-bibliography.json')

describe('real BibTeX files', () => {
  it('a Mendeley export: every entry, those with an empty key too, at their own lines', mendeley.options, () => {
    const file = readReal('fixtures/real-world/bibtex/bbt-mendeley-export.bib', 'bibtex')
    expect(file.entries).toHaveLength(512)
    expect(file.skipped).toEqual([])
    const unnamed = file.entries.filter((entry) => entry.key === '')
    expect(unnamed.length).toBeGreaterThan(20)
    expect(unnamed[0]?.line).toBe(114)
    const lines = readFileSync(mendeley.path, 'utf8').split('\n')
    for (const entry of file.entries) expect(lines[entry.line - 1]).toMatch(new RegExp(`^@\\w+\\{${entry.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`))
    expect(texLeft(file)).toEqual([])
    // Journal articles keep where they sit in the journal.
    expect(file.entries.find((entry) => entry.key === 'Thomas2015')?.draft).toMatchObject({ volume: '50', issue: '2', pages: '154-175' })

    // Mendeley writes the place as "city": every entry that has one keeps it.
    const withCity = readFileSync(mendeley.path, 'utf8').split(/^@/m).filter((entry) => /^\s*city = \{/m.test(entry)).length
    expect(withCity).toBe(221)
    expect(file.entries.filter((entry) => entry.draft.place).length).toBeGreaterThanOrEqual(withCity)
    expect(file.entries.find((entry) => entry.key === 'Black2020')?.draft.place).toBe('US')
    expect(file.entries.find((entry) => entry.key === 'Mcgregor2019')?.draft.place).toBe('London, England')
  })

  it("BibLaTeX's examples: sets are skipped by name and line, the rest decoded", biblatex.options, () => {
    const file = readReal('fixtures/real-world/bibtex/biblatex-examples.bib', 'bibtex')
    expect(file.entries).toHaveLength(90)
    expect(file.skipped).toEqual([
      { key: 'set', line: 26, reason: 'it is a BibLaTeX set (a group of other entries), not a source' },
      { key: 'stdmodel', line: 31, reason: 'it is a BibLaTeX set (a group of other entries), not a source' }
    ])
    expect(texLeft(file)).toEqual([])
    const aksin = file.entries.find((entry) => entry.key === 'aksin')?.draft
    expect(aksin?.authors[0]).toEqual({ given: 'Özge', family: 'Aksın' })
    expect(aksin).toMatchObject({ kind: 'article', volume: '691', issue: '13', pages: '3027-3036' })
    // A crossref gives the collection's title, publisher and place to the part.
    expect(file.entries.find((entry) => entry.key === 'westfahl:space')?.draft).toMatchObject({
      kind: 'book',
      container: 'Space and Beyond: The Frontier Theme in Science Fiction',
      publisher: 'Greenwood',
      place: 'Westport, Conn.; London',
      pages: '55-65'
    })
  })

  it('a JabRef library: H{\\aa}kan is Håkan, and every entry is kept', jabref.options, () => {
    const file = readReal('fixtures/real-world/bibtex/jabref-authors.bib', 'bibtex')
    expect(file.entries).toHaveLength(212)
    expect(file.skipped).toEqual([])
    expect(texLeft(file)).toEqual([])
    const entry = file.entries.find((item) => item.key === 'GustafssonJohansson2015')
    expect(entry?.draft.authors).toEqual([
      { given: 'Oscar', family: 'Gustafsson' },
      { given: 'Håkan', family: 'Johansson' }
    ])
    expect(entry?.draft.url).toBe('https://doi.org/10.1109/ISCAS.2015.7169119')
    expect(entry?.draft.pages).toBe('2205–2208')
  })
})

describe('real RIS and CSL-JSON files', () => {
  it('rispy: numbering between records is passed over; publisher and place kept for journal articles', risFull.options, () => {
    const file = readReal('fixtures/real-world/ris/rispy-example_full.ris', 'ris')
    expect(file.entries.map((entry) => [entry.key, entry.line, entry.draft.title])).toEqual([
      ['12345', 2, 'Title of reference'],
      ['12345', 27, 'The title of the reference']
    ])
    expect(file.entries[0]?.draft).toMatchObject({ kind: 'article', publisher: 'Fun Factory', place: 'United States', volume: '9', issue: '3', container: 'Lorem' })
    expect(file.warnings).toEqual(['Line 26 between RIS records was not part of any record and was passed over'])
  })

  it('rispy: Cyrillic text kept as written', risUtf.options, () => {
    const file = readReal('fixtures/real-world/ris/rispy-example_utf_chars.ris', 'ris')
    expect(file.entries).toHaveLength(1)
    expect(file.entries[0]?.draft.title).toMatch(/^Состояние рецепторного аппарата эндометрия/)
  })

  it('a Manubot bibliography: every item, with volume and pages', manubot.options, () => {
    const file = readReal('fixtures/real-world/csl-json/manubot-input-bibliography.json', 'csl-json')
    expect(file.entries).toHaveLength(3)
    expect(file.skipped).toEqual([])
    expect(file.entries.find((entry) => entry.key === '5thZNGfr')?.draft).toMatchObject({ volume: '2', pages: 'e338', url: 'https://doi.org/gfrfbm' })
  })
})
