/**
 * Text that extracted as garbage is flagged, not trusted: replacement characters, a font's
 * private-use codes, symbols where letters should be, OCR that splits words into letters.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { textLooksGarbled } from '../../../shared/documents/quality'
import { sharedFile } from '../../support/shared-folder'

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

  const listing = sharedFile('fixtures/real-world/documents.json')
  it('flags the scanned memo\'s OCR layer, not what the page really says', listing.options, () => {
    const documents = (JSON.parse(readFileSync(listing.path, 'utf8')) as { documents: { kind: string; passages: string[]; visible_readings?: string[] }[] }).documents
    const memo = documents.find((entry) => entry.kind === 'pdf-ocr-scan')
    expect(memo?.visible_readings).toBeDefined()
    expect(textLooksGarbled(memo?.passages.join('\n') ?? '')).toBe(true)
    expect(textLooksGarbled(memo?.visible_readings?.join('\n') ?? '')).toBe(false)
  })
})
