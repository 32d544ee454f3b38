/** A citation file's bytes as text: UTF-8, the encoding JabRef declares, else Windows-1252 with a note; binary files refused. */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { citationFileText } from '../../../shared/citations/file-text'
import { ApiError } from '../../../shared/errors'
import { sharedFile } from '../../support/shared-folder'

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)))

function refusal(read: () => unknown): ApiError {
  try {
    read()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the file to be refused')
}

describe('citationFileText', () => {
  it('reads UTF-8 as it is, without its byte-order mark or a note', () => {
    const text = '@book{m, author = {Jörg Müller}, title = {“Straße”}}\n'
    expect(citationFileText(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toEqual({ text, warnings: [] })
  })

  it('gives back any UTF-8 text unchanged', () => {
    const noControls = fc.string({ unit: 'grapheme' }).filter((text) => !/[\p{Cc}\uFEFF]/u.test(text))
    fc.assert(fc.property(noControls, (text) => citationFileText(Buffer.from(text)).text === text))
  })

  it('honours JabRef\'s "% Encoding:" line: ISO8859_1 and Cp1250', () => {
    const latin1 = bytes('% Encoding: ISO8859_1\n\n@book{m, author = {M', [0xfc], 'ller}}\n')
    expect(citationFileText(latin1)).toEqual({ text: '% Encoding: ISO8859_1\n\n@book{m, author = {Müller}}\n', warnings: [] })
    const centralEuropean = bytes('% Encoding: Cp1250\n@book{d, author = {Dvo', [0xf8], [0xe1], 'k, ', [0x8a], 'imon}}')
    expect(citationFileText(centralEuropean).text).toContain('{Dvořák, Šimon}')
  })

  it('reads a file that is not UTF-8 and declares nothing as Windows-1252, and says so', () => {
    const read = citationFileText(bytes('TY  - BOOK\nTI  - ', [0x93], 'Caf', [0xe9], [0x94], ' ', [0x96], ' a history\nER  - \n'))
    expect(read.text).toBe('TY  - BOOK\nTI  - “Café” – a history\nER  - \n')
    expect(read.warnings).toEqual([
      'The file is not UTF-8; it was read as Windows-1252 (Western European). If names or titles show wrong letters, save the file as UTF-8 and import it again.'
    ])
  })

  it('says so when a file declares UTF-8 but is not', () => {
    const read = citationFileText(bytes('% Encoding: UTF8\n@book{m, author = {M', [0xfc], 'ller}}'))
    expect(read.text).toContain('{Müller}')
    expect(read.warnings[0]).toMatch(/^The file says it is UTF8 \("% Encoding:"\) but is not; it was read as Windows-1252/)
  })

  it('says so when the encoding a file names cannot read it', () => {
    const read = citationFileText(bytes('% Encoding: Klingon-8\n@book{m, author = {M', [0xfc], 'ller}}'))
    expect(read.text).toContain('{Müller}')
    expect(read.warnings[0]).toMatch(/^The file names an encoding that could not read it \(Klingon-8\); it was read as Windows-1252/)
  })

  it('reads UTF-16 by its byte-order mark', () => {
    const text = '[{"id": "a", "title": "Ça va"}]'
    expect(citationFileText(Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])).text).toBe(text)
  })

  it('refuses a PDF or other binary file by what it is, instead of reading its bytes as entries', () => {
    expect(refusal(() => citationFileText(bytes('%PDF-1.4\n%', [0xe2, 0xe3], '\n1 0 obj'))).message).toBe(
      'It is a PDF document, not a BibTeX, RIS or CSL-JSON file; nothing was imported.'
    )
    expect(refusal(() => citationFileText(bytes('@book{a,', [0, 1, 2, 0], '}'))).message).toBe(
      'It holds binary data, not text, so it is not a BibTeX, RIS or CSL-JSON file; nothing was imported.'
    )
  })

  const pdf = sharedFile('fixtures/real-world/pdf/scotus-bartenwerfer-v-buckley-2023.pdf')
  it('refuses a real PDF', pdf.options, () => {
    expect(refusal(() => citationFileText(readFileSync(pdf.path))).message).toMatch(/^It is a PDF document, not a BibTeX/)
  })
})
