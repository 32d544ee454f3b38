import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ExtractedDocument } from '../../../shared/documents/extracted'
import { emptyLibrary } from '../../../shared/model/library'
import { SourceSchema } from '../../../shared/model/source'
import { addDocumentSource, documentFields, titleFromFileName } from '../../../shared/operations/document-import'
import { updateSource } from '../../../shared/operations/sources'
import { testEnv } from './fixtures'

const HASH_A = 'a'.repeat(64)
const HASH_B = 'b'.repeat(64)

const PDF: ExtractedDocument = {
  kind: 'pdf',
  units: [{ id: 'page-1', label: 'p. 1', text: 'Words.' }],
  pageCount: 1,
  metadata: {
    title: { value: 'Secession and the Constitution', from: 'PDF info: Title' },
    authors: { value: [{ given: 'Akhil Reed', family: 'Amar' }], from: 'XMP dc:creator' },
    date: { value: '2005-09-13', from: 'XMP xmp:CreateDate' },
    doi: { value: 'doi: 10.1000/xyz123', from: 'XMP prism:doi' }
  },
  textQuality: 'good',
  warnings: ['Page 1 has a running head that was left out.']
}

describe('a document’s metadata as source fields', () => {
  it('fills each field the document states, says where it came from, and makes a DOI the address', () => {
    expect(documentFields(PDF, 'amar.pdf')).toEqual({
      kind: 'article',
      title: 'Secession and the Constitution',
      authors: [{ given: 'Akhil Reed', family: 'Amar' }],
      publisher: '',
      container: '',
      date: '2005-09-13',
      url: 'https://doi.org/10.1000/xyz123',
      fieldOrigins: { title: 'PDF info: Title', authors: 'XMP dc:creator', date: 'XMP xmp:CreateDate', url: 'XMP prism:doi' },
      warnings: []
    })
  })

  it('titles a document without one by its file name; a saved page is a web source unless its metadata says otherwise', () => {
    expect(documentFields({ kind: 'html', metadata: {} }, 'C:\\Downloads\\Court rules on water.html')).toMatchObject({ kind: 'web', title: 'Court rules on water', fieldOrigins: {} })
    expect(documentFields({ kind: 'html', metadata: { kind: { value: 'article', from: 'og:type' } } }, 'x.html')).toMatchObject({ kind: 'article', fieldOrigins: { kind: 'og:type' } })
    expect(titleFromFileName('.txt')).toBe('.txt')
    expect(titleFromFileName('\u200b.md')).toBe('Untitled document')
  })

  it('leaves out a stated field too long for a source, saying so, rather than cutting it', () => {
    const fields = documentFields({ kind: 'pdf', metadata: { publisher: { value: 'P'.repeat(301), from: 'PDF info: Producer' } } }, 'x.pdf')
    expect(fields.publisher).toBe('')
    expect(fields.fieldOrigins).toEqual({})
    expect(fields.warnings).toEqual(['The publisher the document states (PDF info: Producer) is longer than 300 characters, so it was left out.'])
  })

  it('makes a source the library file accepts, whatever the metadata holds', () => {
    const found = <T>(value: fc.Arbitrary<T>) => fc.option(fc.record({ value, from: fc.string({ maxLength: 300 }) }), { nil: undefined })
    const person = fc.record({ given: fc.option(fc.string({ maxLength: 400 }), { nil: undefined }), literal: fc.option(fc.string({ maxLength: 400 }), { nil: undefined }) })
    const text = fc.string({ maxLength: 2500, unit: fc.constantFrom('a', ' ', '\n', '\u200b', '\u0000', 'é', '“') })
    fc.assert(
      fc.property(
        fc.record({
          title: found(text),
          authors: found(fc.array(person, { maxLength: 120 })),
          date: found(text),
          publisher: found(text),
          container: found(text),
          url: found(text),
          doi: found(text),
          volume: found(text),
          issue: found(text),
          pages: found(text)
        }),
        fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom('\u200b.pdf', ' \u0001 .txt')),
        fc.array(fc.string({ maxLength: 700 }), { maxLength: 80 }),
        (metadata, fileName, warnings) => {
          const clean = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined))
          const document: ExtractedDocument = { ...PDF, metadata: clean, warnings }
          const { result } = addDocumentSource(emptyLibrary(), { document, fileName, fileHash: HASH_A, textHash: HASH_B }, testEnv())
          expect(SourceSchema.safeParse(result.source).success).toBe(true)
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('adding a document source', () => {
  it('refers to its text by hash, never holding the units, and adds the same file only once', () => {
    const env = testEnv()
    const first = addDocumentSource(emptyLibrary(), { document: PDF, fileName: 'amar.pdf', fileHash: HASH_A, textHash: HASH_B }, env)
    expect(first.result.alreadyHad).toBe(false)
    expect(first.result.source.units).toBeUndefined()
    expect(first.result.source.document).toEqual({
      kind: 'pdf',
      fileName: 'amar.pdf',
      fileHash: HASH_A,
      textHash: HASH_B,
      unitCount: 1,
      pageCount: 1,
      fieldOrigins: { title: 'PDF info: Title', authors: 'XMP dc:creator', date: 'XMP xmp:CreateDate', url: 'XMP prism:doi' },
      textQuality: 'good',
      warnings: ['Page 1 has a running head that was left out.']
    })
    const again = addDocumentSource(first.library, { document: PDF, fileName: 'copy.pdf', fileHash: HASH_A, textHash: HASH_B }, env)
    expect(again.library).toBe(first.library)
    expect(again.result).toMatchObject({ alreadyHad: true, source: first.result.source })
  })

  it('forgets where a field came from once the user changes it, and only then', () => {
    const env = testEnv()
    const { library, result } = addDocumentSource(emptyLibrary(), { document: PDF, fileName: 'amar.pdf', fileHash: HASH_A, textHash: HASH_B }, env)
    const unchanged = updateSource(library, { sourceId: result.source.id, authors: [{ given: 'Akhil Reed', family: 'Amar' }], date: '2005-09-13' }, env)
    expect(unchanged.result.document?.fieldOrigins).toEqual(result.source.document?.fieldOrigins)
    const edited = updateSource(unchanged.library, { sourceId: result.source.id, authors: [{ family: 'Amar' }], publisher: 'Yale' }, env)
    expect(edited.result.document?.fieldOrigins).toEqual({ title: 'PDF info: Title', date: 'XMP xmp:CreateDate', url: 'XMP prism:doi' })
  })
})
