/**
 * Running heads and footers, and the page numbers they print, from page lines as the PDF text
 * assembly gives them (without a PDF): what a reader's eye skips is left out, and nothing else.
 */
import { describe, expect, it } from 'vitest'
import type { PageLine } from '../../../shared/documents/pdf/lines'
import { pageLabels } from '../../../shared/documents/pdf/page-names'
import { dropRunningLines, printedPageNumbers } from '../../../shared/documents/pdf/running-lines'
import { line } from '../../support/pdf-lines'

const texts = (pages: readonly PageLine[][]) => dropRunningLines(pages).map((page) => page.lines.map((l) => l.text))

describe('running heads and footers', () => {
  /** A page: a running title, body lines, and a footer with the page number. */
  function page(n: number, body: string[], heading?: string): PageLine[] {
    return [
      line('The Constitution of the Russian Federation of 25.12.1993', 796, 56, 10),
      ...body.map((text, index) => line(text, 770 - index * 14, 56, 12)),
      ...(heading ? [line(heading, 94, 282, 12)] : []),
      line(`http://www.constitution.ru/ p. ${n}`, 30, 56, 10)
    ]
  }

  it('leaves them out, so a sentence running over the page reads on, and keeps a heading that ends several pages', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n, [`Body of page ${n} with words`, `and a second line ${n}`], `Article ${n * 3}`))
    const cleaned = dropRunningLines(pages)
    expect(cleaned.map((p) => p.lines.map((l) => l.text))).toEqual(
      [1, 2, 3, 4].map((n) => [`Body of page ${n} with words`, `and a second line ${n}`, `Article ${n * 3}`])
    )
    expect(printedPageNumbers(cleaned)).toEqual(['1', '2', '3', '4'])
  })

  it('leaves out a footer pdf.js gives in pieces, beside a code in the margin, and reads its page number', () => {
    const body = ['The text of the report', 'runs on over the page', 'to its end.']
    const page = (n: number, pieces: boolean): PageLine[] => [
      ...body.map((text, index) => line(text, 700 - 14 * index, 216)),
      // GAO's job code, printed in the margin beside the last page's footer.
      ...(pieces ? [line('(360601)', 40, 37, 7), line(`Page ${n} GAO-07-283`, 35, 216, 8), line('Peak Oil Production', 35, 493, 8)] : [line(`Page ${n} GAO-07-283 Peak Oil Production`, 35, 216, 8)])
    ]
    const cleaned = dropRunningLines([page(48, false), page(49, false), page(50, false), page(51, true)])
    expect(cleaned.map((p) => p.lines.map((l) => l.text))).toEqual([body, body, body, [...body, '(360601)']])
    expect(printedPageNumbers(cleaned)).toEqual(['48', '49', '50', '51'])
  })

  it('leaves out a part’s running head, of one line or two, printed on three pages in a row of a long document (one of them a picture with no other text), and keeps one on two', () => {
    const body = ['The text of the report', 'runs on over the page', 'to its end.']
    const heads: Record<number, string[]> = { 5: ['Appendix III: Key Technologies to Enhance', 'the Supply of Oil'], 10: ['Appendix I: Scope and Methodology'] }
    for (const page of [6, 7]) heads[page] = heads[5]
    heads[11] = heads[10]
    // Page 7 is a letter printed as a picture: only its running head and footer are text.
    const pages = Array.from({ length: 20 }, (_, index): PageLine[] => [
      ...(heads[index] ?? []).map((text, row) => line(text, 740 - 9 * row, 216, 8)),
      ...(index === 7 ? [] : body.map((text, row) => line(text, 700 - 14 * row, 216))),
      line(`Page ${index + 1} GAO-07-283`, 35, 216, 8)
    ])
    const kept = dropRunningLines(pages).map((page) => page.lines.map((l) => l.text))
    expect(kept[5]).toEqual(body)
    expect(kept[6]).toEqual(body)
    expect(kept[7]).toEqual([])
    expect(kept[10]).toEqual(['Appendix I: Scope and Methodology', ...body])
  })

  it('leaves out a line printed just inside a running head on three pages in a row ("Syllabus"), and keeps one on two or under no running head', () => {
    // A slip opinion: the title and page number over each page, a part's name under it.
    // Sixteen pages, as the real one: a line on three of them is under the fifth of the pages that makes a running line.
    const parts = [...Array<string>(3).fill('Syllabus'), ...Array<string>(8).fill('Opinion of the Court'), ...Array<string>(5).fill('Dissent')]
    const words = ['Kate and David remodelled', 'the house they owned', 'and sold it at a profit', 'David took charge of it', 'while Kate stayed away', 'The buyers found defects', 'and sued them both']
    const body = (index: number) => [`${words[index % 7]} over page ${'abcdefghijklmnop'[index]}`, `and ${words[(index + 3) % 7].toLowerCase()} here.`]
    const pages = parts.map((part, index): PageLine[] => [
      line(index % 2 ? `${index + 1} BARTENWERFER v. BUCKLEY` : `Cite as: 598 U. S. ____ (2023) ${index + 1}`, 745, 156, 9),
      line(part, 722, 280, 10),
      ...(index === 0 ? [line('SUPREME COURT OF THE UNITED STATES', 680, 200, 12), line('Syllabus', 660, 280, 12)] : []),
      ...body(index).map((text, row) => line(text, 640 - 14 * row))
    ])
    const kept = dropRunningLines(pages).map((page) => page.lines.map((l) => l.text))
    // The heading that opens the syllabus, in the page's text, stays.
    expect(kept[0]).toEqual(['SUPREME COURT OF THE UNITED STATES', 'Syllabus', ...body(0)])
    expect(kept[2]).toEqual(body(2))
    expect(kept[12]).toEqual(body(12))

    // Under no running head (each page's top line its own, with no page number), the same line on three pages of sixteen is kept.
    const titles = ['A story', 'Another tale', 'Third one', 'Fourth', 'Fifth', 'Sixth', 'Seventh']
    const unheaded = Array.from({ length: 16 }, (_, index): PageLine[] => [
      line(`${titles[index % 7]} ${'abcdefghijklmnop'[index]}`, 745, 156, 9),
      ...(index < 3 ? [line('Syllabus', 722, 280, 10)] : []),
      ...body(index).map((text, row) => line(text, 640 - 14 * row))
    ])
    expect(dropRunningLines(unheaded).map((page) => page.lines.map((l) => l.text))[1]).toEqual(['Another tale b', 'Syllabus', ...body(1)])
    // With only two pages of it under the running head, it is kept too.
    const twoPages = pages.map((page, index) => (index === 2 ? page.filter((l) => l.text !== 'Syllabus') : page))
    expect(dropRunningLines(twoPages).map((page) => page.lines.map((l) => l.text))[1]).toEqual(['Syllabus', ...body(1)])
  })

  it('keeps what only looks like a part’s name: a table’s header row, slide titles, a source note over a footer', () => {
    const prose = (index: number) => [`Paragraph ${'abcdefghijklmnopqrstuvwxyz'[index]} of the report`, `ends on this page ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[index]}.`]
    // A table running over pages 5 to 7 repeats its header under the page number.
    const table = Array.from({ length: 30 }, (_, index): PageLine[] => [
      line(String(index + 1), 760, 300, 10),
      ...(index >= 5 && index <= 7 ? [line('Country Production Consumption Imports', 730, 72, 10)] : []),
      ...prose(index % 26).map((text, row) => line(text, 700 - 14 * row))
    ])
    for (const index of [5, 6, 7]) expect(texts(table)[index][0]).toBe('Country Production Consumption Imports')
    // Slides 2 to 4 share a title under a running deck name.
    const slides = Array.from({ length: 20 }, (_, index): PageLine[] => [
      line(`Casebook training deck ${index + 1}`, 560, 40, 9),
      line(index >= 1 && index <= 3 ? 'Background' : `Slide title ${'abcdefghijklmnopqrst'[index]}`, 520, 40, 20),
      ...prose(index).map((text, row) => line(text, 460 - 14 * row))
    ])
    for (const index of [1, 2, 3]) expect(texts(slides)[index][0]).toBe('Background')
    // A source note over the page-number footer on three pages in a row: a debater cites it.
    const notes = Array.from({ length: 30 }, (_, index): PageLine[] => [
      ...prose(index % 26).map((text, row) => line(text, 700 - 14 * row)),
      ...(index >= 10 && index <= 12 ? [line('Source: GAO analysis of EIA data.', 80, 72, 9)] : []),
      line(`Page ${index + 1}`, 35, 300, 9)
    ])
    for (const index of [10, 11, 12]) expect(texts(notes)[index].at(-1)).toBe('Source: GAO analysis of EIA data.')
  })

  it('follows numbering that restarts, and takes no date or docket number for a page number', () => {
    const numbers = [1, 2, 3, 1, 2, 3, 4]
    const pages = numbers.map((n, index) => [line(`${n} BARTENWERFER v. BUCKLEY No. 21–908`, 669, 156, 9), line(`Opinion text on sheet ${index}.`, 625)])
    expect(printedPageNumbers(dropRunningLines(pages))).toEqual(['1', '2', '3', '1', '2', '3', '4'])
  })

  it('follows a restart at a 1 printed alone on a one-page part, and numbers a page whose number was not found between two in step', () => {
    const sheet = (running: string) => ({ lines: [], running: running ? [running] : [] })
    const pages = [sheet('11 Cite as: 598 U. S. ____ (2023)'), sheet('12 BARTENWERFER v. BUCKLEY'), sheet('1'), sheet('Page 47 GAO-07-283'), sheet('Page 48 GAO-07-283'), sheet(''), sheet('Page 50 GAO-07-283'), sheet('Page 51 GAO-07-283'), sheet('')]
    expect(printedPageNumbers(pages)).toEqual(['11', '12', '1', '47', '48', '49', '50', '51', undefined])
  })

  it('labels each page with its printed number, never one two pages share, and no PDF page count as a printed number', () => {
    // A slip opinion: syllabus 1–3, opinion 1–4, a one-page concurrence.
    expect(pageLabels(['1', '2', '3', '1', '2', '3', '4', '1'], [])).toEqual([
      'p. 1 (PDF p. 1)',
      'p. 2 (PDF p. 2)',
      'p. 3 (PDF p. 3)',
      'p. 1 (PDF p. 4)',
      'p. 2 (PDF p. 5)',
      'p. 3 (PDF p. 6)',
      'p. 4',
      'p. 1 (PDF p. 8)'
    ])
    // A report: an unnumbered cover, front matter, the body, an unnumbered back page; the PDF's own labels count 1, 2, 3….
    expect(pageLabels([undefined, 'i', '1', '2', undefined], ['1', '2', '3', '4', '5'])).toEqual(['PDF p. 1', 'p. i', 'p. 1', 'p. 2', 'PDF p. 5'])
    expect(pageLabels([undefined, '1'], ['Cover', '2'])).toEqual(['p. Cover', 'p. 1'])
    expect(pageLabels([undefined, undefined], [])).toEqual(['p. 1', 'p. 2'])
  })

  it('takes lines that are only a page number out, lower-case roman included, but not a section heading "I"', () => {
    const [first, second] = dropRunningLines([
      [line('Front matter text.', 700), line('iv', 40)],
      [line('I', 700), line('Section text.', 680)]
    ])
    expect(first.lines.map((l) => l.text)).toEqual(['Front matter text.'])
    expect(second.lines.map((l) => l.text)).toEqual(['I', 'Section text.'])
  })
})
