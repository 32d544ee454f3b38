/**
 * Whole PDFs written by hand (tests/support/tiny-pdf.ts): what a user gets from a small text PDF,
 * and the files Casebook refuses, each with a message naming the file and saying what to do.
 */
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/errors'
import { extractDocument } from '../../../shared/documents/extract'
import { extractPdf, MAX_PDF_PAGES } from '../../../shared/documents/pdf'
import { textLines, tinyPdf } from '../../support/tiny-pdf'

async function refusal(bytes: Uint8Array, fileName: string): Promise<ApiError> {
  const error = await extractPdf(bytes, fileName).then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const footer = (n: number) => ({ text: `Casebook test report   page ${n}`, x: 72, y: 40, size: 9 })

describe('a small text PDF', () => {
  const pages = [1, 2, 3].map((n) => [
    ...textLines([`Section ${n} begins here and runs on to the next line of the pre-`, `bankruptcy text, which a self-`, `evident rule keeps whole on page ${n}.`]),
    ...textLines([`A second paragraph after a gap, the ${['first', 'second', 'third'][n - 1]}.`], { top: 640 }),
    footer(n)
  ])
  const bytes = tinyPdf(pages, {
    info: { Title: 'Microsoft Word - report.docx', Author: 'Ada Lovelace; Office of Technology Assessment', CreationDate: "D:20190304120000+01'00'" },
    xmp: '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">On Testing Readers</rdf:li></rdf:Alt></dc:title><prism:doi>10.1234/casebook.5678</prism:doi><prism:publicationName>Journal of Tests</prism:publicationName></rdf:Description></rdf:RDF></x:xmpmeta>'
  })

  it('gives a unit per page, with paragraphs, joined hyphenation and no running footer', async () => {
    const document = await extractDocument(bytes, 'report.pdf')
    expect(document.kind).toBe('pdf')
    expect(document.pageCount).toBe(3)
    expect(document.units.map((unit) => [unit.id, unit.label])).toEqual([
      ['page-1', 'p. 1'],
      ['page-2', 'p. 2'],
      ['page-3', 'p. 3']
    ])
    expect(document.units[1].text).toBe(
      'Section 2 begins here and runs on to the next line of the prebankruptcy text, which a self-evident rule keeps whole on page 2.\n\nA second paragraph after a gap, the second.'
    )
    expect(document.textQuality).toBe('good')
    expect(document.warnings).toEqual([])
  })

  it('reads the metadata, preferring XMP, skipping a title that names the file', async () => {
    const { metadata } = await extractPdf(bytes, 'report.pdf')
    expect(metadata.title).toEqual({ value: 'On Testing Readers', from: 'XMP dc:title' })
    expect(metadata.authors).toEqual({ value: [{ given: 'Ada', family: 'Lovelace' }, { literal: 'Office of Technology Assessment' }], from: 'PDF info: Author' })
    expect(metadata.date).toEqual({ value: '2019-03-04', from: 'PDF info: CreationDate' })
    expect(metadata.doi).toEqual({ value: '10.1234/casebook.5678', from: 'XMP prism:doi' })
    expect(metadata.container).toEqual({ value: 'Journal of Tests', from: 'XMP prism:publicationName' })
  })

  it('leaves the bytes it was given as they were', async () => {
    const copy = bytes.slice()
    await extractPdf(copy, 'report.pdf')
    expect(copy).toEqual(bytes)
  })
})

describe('PDFs that are refused', () => {
  it('a PDF with pages but no text (a scan) is refused, saying to run OCR first', async () => {
    const error = await refusal(tinyPdf([[], []]), 'scan.pdf')
    expect(error.code).toBe('invalid_input')
    expect(error.message).toMatch(/^scan\.pdf has no text layer: it looks like a scan\. Run it through OCR first/)
  })

  it('a page without text among pages with text is named in a warning', async () => {
    const document = await extractPdf(tinyPdf([textLines(['Some text on the first page that a reader can cite.']), []]), 'mixed.pdf')
    expect(document.units).toHaveLength(2)
    expect(document.warnings).toEqual(['Page 2 has no text: blank, or scanned without a text layer.'])
  })

  it('a locked PDF is refused, saying how to unlock it', async () => {
    const error = await refusal(tinyPdf([textLines(['Secret text.'])], { locked: true }), 'locked.pdf')
    expect(error.message).toMatch(/^locked\.pdf is protected by a password/)
  })

  it('a damaged PDF is refused with the file named, not a stack trace', async () => {
    const error = await refusal(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF at all\n%%EOF'), 'broken.pdf')
    expect(error.message).toMatch(/^broken\.pdf could not be read as a PDF/)
    expect(error.message).not.toMatch(/\n\s+at /)
  })

  it('a file named .pdf or .docx that is not one is refused for what it is not, never read as text', async () => {
    const junk = new TextEncoder().encode('not a PDF at all')
    await expect(extractDocument(junk, 'broken.pdf')).rejects.toThrow(/^broken\.pdf is not a PDF/)
    await expect(extractDocument(junk, 'cards.docx')).rejects.toThrow(/^cards\.docx is not a Word \(\.docx\) file/)
    // The same bytes under a text file's name are a text.
    expect((await extractDocument(junk, 'notes.txt')).units.map((unit) => unit.text)).toEqual(['not a PDF at all'])
  })

  it(`a PDF of more than ${MAX_PDF_PAGES} pages is refused before its pages are read`, async () => {
    const error = await refusal(tinyPdf(Array.from({ length: MAX_PDF_PAGES + 1 }, () => [])), 'huge.pdf')
    expect(error.message).toBe(`huge.pdf has 2,001 pages; Casebook reads PDFs of up to 2,000 pages`)
  })
})
