/**
 * Text that extracted as garbage is flagged, not trusted: replacement characters, a font's
 * private-use codes, symbols where letters should be, OCR that splits words into letters, words
 * that are no words. One rule judges every kind of file: a PDF page by page, naming the pages.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractPdf } from '../../../shared/documents/pdf'
import { textLooksGarbled } from '../../../shared/documents/quality'
import { extractText } from '../../../shared/documents/text'
import { sharedFile } from '../../support/shared-folder'
import { textLines, tinyPdf } from '../../support/tiny-pdf'

const PROSE = 'The Constitution, in all its provisions, looks to an indestructible Union, composed of indestructible States.'

describe('textLooksGarbled', () => {
  it('passes ordinary prose, numbers, tables and other scripts', () => {
    expect(textLooksGarbled(PROSE)).toBe(false)
    expect(textLooksGarbled('2019\t250,000\t12.5%\n2020\t240,000\t11.9%\n2021\t25,000\t1.2%\n2022\t24,500\t1.1%')).toBe(false)
    expect(textLooksGarbled('Человек, его права и свободы являются высшей ценностью. 人人生而自由，在尊严和权利上一律平等。')).toBe(false)
    expect(textLooksGarbled('a b')).toBe(false)
  })

  it('flags replacement characters, private-use glyph codes and symbol soup', () => {
    expect(textLooksGarbled(PROSE.replace(/[aeiou]/gu, '\uFFFD'))).toBe(true)
    expect(textLooksGarbled('\uF041\uF042\uF043 '.repeat(20))).toBe(true)
    expect(textLooksGarbled('#$%&\'()*+,-./:;<=>?@[]^_`{|}~ '.repeat(4))).toBe(true)
  })

  it('flags OCR that splits words into letters', () => {
    expect(textLooksGarbled('A l e t t e r from t h e Savannah Sugar Refining Corporation accepting membership and enclosing t h e i r executed c o n t r a c t s .')).toBe(true)
  })

  // A font whose character map is off by three gives letters that make no words ("Wkh Frqvwlwxwlrq").
  const shifted = PROSE.replace(/[a-z]/gu, (letter) => String.fromCharCode(((letter.charCodeAt(0) - 97 + 3) % 26) + 97))

  it('one rule for every kind of file: words that are no words are flagged in a text file as on a PDF page', async () => {
    expect(extractText(new TextEncoder().encode(`${shifted}\n\n${shifted}`), 'copied.txt', 'text').textQuality).toBe('suspect')
    expect(extractText(new TextEncoder().encode(`${PROSE}\n\n${PROSE}`), 'copied.txt', 'text').textQuality).toBe('good')
    const pdf = await extractPdf(tinyPdf([textLines([PROSE.slice(0, 60), PROSE.slice(60)]), textLines([shifted.slice(0, 60), shifted.slice(60)])]), 'shifted.pdf')
    expect(pdf.textQuality).toBe('suspect')
    expect(pdf.warnings).toEqual([expect.stringMatching(/^The text of page 2 does not read as words/u)])
  })

  it('a PDF page of symbols where its letters should be is flagged and named, as a text file of them is', async () => {
    const soup = '#$%&()*+,-./:;<=>?@[]^_{|}~ '.repeat(3)
    const pdf = await extractPdf(tinyPdf([textLines([PROSE.slice(0, 60), PROSE.slice(60)]), textLines([soup, soup])]), 'symbols.pdf')
    expect(pdf.warnings).toEqual([expect.stringMatching(/^The text of page 2 does not read as words/u)])
    expect(extractText(new TextEncoder().encode(`${soup}\n${soup}`), 'symbols.txt', 'text').textQuality).toBe('suspect')
  })

  const listing = sharedFile('fixtures/real-world/documents.json')
  it('flags the scanned memo\'s OCR layer, not what the page really says', listing.options, () => {
    const documents = (JSON.parse(readFileSync(listing.path, 'utf8')) as { documents: { kind: string; passages: string[]; visible_readings?: string[] }[] }).documents
    const memo = documents.find((entry) => entry.kind === 'pdf-ocr-scan')
    expect(memo?.visible_readings).toBeDefined()
    expect(textLooksGarbled(memo?.passages.join('\n') ?? '')).toBe(true)
    expect(textLooksGarbled(memo?.visible_readings?.join('\n') ?? '')).toBe(false)
  })
})
