/**
 * Real saved pages, Word files and text files written by other people (../shared/fixtures/
 * real-world, listed in documents.json): every passage a debater would cut is found exactly in
 * the extracted text, and the title, authors and date the files' own metadata states are read.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../../shared/documents/extract'
import type { ExtractedDocument } from '../../../shared/documents/extracted'
import { sharedFile } from '../../support/shared-folder'

interface Listed {
  file: string
  kind: string
  passages: string[]
}

const listing = sharedFile('fixtures/real-world/documents.json')
const READ_HERE = /^(html|docx|docx-verbatim|text)$/u
const documents: Listed[] = listing.present
  ? (JSON.parse(readFileSync(listing.path, 'utf8')) as { documents: Listed[] }).documents.filter((entry) => READ_HERE.test(entry.kind))
  : []

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim()

// Each file is read once for all the tests that look at it (large Word files take seconds).
const extracted = new Map<string, Promise<ExtractedDocument>>()
function extract(file: string): Promise<ExtractedDocument> {
  let document = extracted.get(file)
  if (!document) {
    const { path } = sharedFile(`fixtures/real-world/${file}`)
    document = extractDocument(new Uint8Array(readFileSync(path)), file.split('/').pop() ?? file)
    extracted.set(file, document)
  }
  return document
}

describe('every listed passage is in the extracted text, exactly (white space collapsed)', { timeout: 60_000 }, () => {
  it('lists the web pages, Word files and text files', listing.options, () => {
    expect(documents.map((entry) => entry.file)).toEqual(expect.arrayContaining(['html/readability-aclu.html', 'docx/alga-financial-assistance-grants-policy-brief.docx', 'text/declaration-of-independence.txt']))
  })

  for (const entry of documents.length > 0 ? documents : [{ file: 'documents.json', kind: 'none', passages: [] }]) {
    it(entry.file, listing.options, async () => {
      const document = await extract(entry.file)
      const text = collapse(document.units.map((unit) => unit.text).join(' '))
      for (const passage of entry.passages) expect(text).toContain(collapse(passage))
      expect(document.textQuality).toBe('good')
      document.units.forEach((unit, index) => {
        expect(unit.id).toBe(`para-${index + 1}`)
        expect(unit.label).toBe(`¶ ${index + 1}`)
      })
    })
  }
})

describe('metadata the files state', { timeout: 60_000 }, () => {
  const fixtures = sharedFile('fixtures/real-world/html')

  it('a scholarly page: Highwire citation_* tags', fixtures.options, async () => {
    const { metadata, kind } = await extract('html/nature-alphafold-2021.html')
    expect(kind).toBe('html')
    expect(metadata.title).toEqual({ value: 'Highly accurate protein structure prediction with AlphaFold', from: 'meta citation_title' })
    expect(metadata.authors?.from).toBe('meta citation_author')
    expect(metadata.authors?.value).toHaveLength(34)
    expect(metadata.authors?.value[0]).toEqual({ family: 'Jumper', given: 'John' })
    expect(metadata.authors?.value).toContainEqual({ family: 'Kohl', given: 'Simon A. A.' })
    expect(metadata.authors?.value).toContainEqual({ family: 'Žídek', given: 'Augustin' })
    expect(metadata.authors?.value.at(-1)).toEqual({ family: 'Hassabis', given: 'Demis' })
    // citation_publication_date 2021/08 (the issue), before citation_online_date 2021/07/15.
    expect(metadata.date).toEqual({ value: '2021-08', from: 'meta citation_publication_date' })
    expect(metadata.container).toEqual({ value: 'Nature', from: 'meta citation_journal_title' })
    expect(metadata.publisher).toEqual({ value: 'Nature Publishing Group', from: 'meta citation_publisher' })
    expect(metadata.doi).toEqual({ value: '10.1038/s41586-021-03819-2', from: 'meta citation_doi' })
    expect(metadata.volume?.value).toBe('596')
    expect(metadata.issue?.value).toBe('7873')
    expect(metadata.pages?.value).toBe('583–589')
    expect(metadata.url).toEqual({ value: 'https://www.nature.com/articles/s41586-021-03819-2', from: 'link rel=canonical' })
    expect(metadata.kind?.value).toBe('article')
  })

  it('a blog post: OpenGraph title, JSON-LD author and date (its JSON-LD wrapped in CDATA)', fixtures.options, async () => {
    const { metadata, warnings } = await extract('html/readability-aclu.html')
    expect(metadata.title?.value).toBe('Facebook Is Tracking Me Even Though I’m Not on Facebook')
    expect(metadata.authors).toEqual({ value: [{ given: 'Daniel Kahn', family: 'Gillmor' }], from: 'JSON-LD author' })
    expect(metadata.date).toEqual({ value: '2018-04-05', from: 'JSON-LD datePublished' })
    expect(metadata.container?.value).toBe('American Civil Liberties Union')
    expect(warnings).toEqual([])
  })

  it('a news page: the " - BBC News" suffix left off the title, the site as an institutional author', fixtures.options, async () => {
    const { metadata } = await extract('html/readability-bbc-1.html')
    expect(metadata.title).toEqual({ value: "Obama admits US gun laws are his 'biggest frustration'", from: 'og:title' })
    expect(metadata.authors).toEqual({ value: [{ literal: 'BBC News' }], from: 'article:author' })
    expect(metadata.date).toEqual({ value: '2015-07-24', from: 'JSON-LD datePublished' })
    expect(metadata.url?.value).toBe('http://www.bbc.com/news/world-us-canada-33646704')
  })

  const words = sharedFile('fixtures/real-world/docx')

  it('a Word report: core properties title and created date; an empty creator is no author', words.options, async () => {
    const { metadata, kind, units } = await extract('docx/alga-financial-assistance-grants-policy-brief.docx')
    expect(kind).toBe('docx')
    expect(metadata.title).toEqual({ value: 'Financial Assistance Grants: Paths towards equitable reform', from: 'docProps/core.xml dc:title' })
    expect(metadata.authors).toBeUndefined()
    expect(metadata.date).toEqual({ value: '2025-10-03', from: 'docProps/core.xml dcterms:created' })
    // Its Heading 2 styles are headings; its Title-styled paragraph, the dc:title, is the source's title, not repeated over the text.
    expect(units[0]?.heading).toBe('Executive Summary')
    expect(units.some((unit) => unit.text === metadata.title?.value)).toBe(false)
  })

  it('a Verbatim file: the creator as author, not the template\'s title "Verbatim"; tags as headings', words.options, async () => {
    const { metadata, units } = await extract('docx/opendebate-sample.docx')
    expect(metadata.title).toBeUndefined()
    expect(metadata.date).toEqual({ value: '2019-11-19', from: 'docProps/core.xml dcterms:created' })
    const card = units.find((unit) => unit.text.startsWith('Saudi Arabia and its allies are paying Sudanese soldiers'))
    expect(card?.heading).toBe('US arms to Saudi sustains the use of child soldiers in the Yemen conflict')
    const retrenchment = await extract('docx/retrenchment-tap-26-27.docx')
    expect(retrenchment.metadata.authors).toEqual({ value: [{ given: 'Anthony', family: 'Trufanov' }], from: 'docProps/core.xml dc:creator' })
  })
})
