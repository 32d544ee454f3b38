import { describe, expect, it } from 'vitest'
import { BUNDLED_TEXTS } from '../../../shared/sources/bundled'
import { contentsOf, readerContents } from '../../../shared/sources/contents'

const para = (n: number, heading?: string) => ({ id: `para-${n}`, label: `¶ ${n}`, ...(heading ? { heading } : {}), text: `Paragraph ${n}.` })

describe('contents of any source in the reader', () => {
  it('lists an imported PDF page by page, each leading to its page', () => {
    const pages = [1, 2, 3].map((n) => ({ id: `page-${n}`, label: `p. ${n}`, text: `Page ${n}.` }))
    expect(readerContents(pages, 'pdf').map((e) => [e.name, e.unitId])).toEqual([
      ['p. 1', 'page-1'],
      ['p. 2', 'page-2'],
      ['p. 3', 'page-3']
    ])
  })

  it('lists a document with headings by heading, each leading to the first paragraph under it', () => {
    const units = [para(1), para(2, 'Background'), para(3, 'Background'), para(4, 'The ruling'), para(5, 'Background')]
    expect(readerContents(units, 'markdown').map((e) => [e.name, e.unitId])).toEqual([
      ['Start of the text', 'para-1'],
      ['Background', 'para-2'],
      ['The ruling', 'para-4'],
      // A heading used again further on is a second place to go, not the first one again.
      ['Background', 'para-5']
    ])
  })

  it('keeps a bundled text’s contents by article, section and clause', () => {
    for (const text of BUNDLED_TEXTS) expect(readerContents(text.units)).toEqual(contentsOf(text.units))
  })

  it('gives a document without headings its paragraphs, and an empty text nothing', () => {
    expect(readerContents([para(1), para(2)], 'text').map((e) => e.name)).toEqual(['¶ 1', '¶ 2'])
    expect(readerContents([], 'text')).toEqual([])
  })
})
