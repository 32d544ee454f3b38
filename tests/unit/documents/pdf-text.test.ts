/**
 * Text assembly from pdf.js-like items, without a PDF: lines and footnote marks, paragraphs,
 * line-end hyphens, ligatures, page names and the garbage measure (running heads and printed page
 * numbers: pdf-running-lines.test.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { itemsToLines, type PdfTextItem } from '../../../shared/documents/pdf/lines'
import { collectWordEvidence, groupParagraphs, joinLines, spellOutLigatures } from '../../../shared/documents/pdf/paragraphs'
import { namePages, namePagesLabelled } from '../../../shared/documents/pdf/page-names'
import { textLooksGarbled } from '../../../shared/documents/quality'
import { line } from '../../support/pdf-lines'

/** An item as pdf.js gives it: text at (x, y) in a font of `size`, about half a size wide a character. */
function item(str: string, x: number, y: number, size = 11, angle = 0): PdfTextItem {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)]
  return { str, transform: [size * cos, size * sin, -size * sin, size * cos, x, y], width: str.length * size * 0.5 }
}


const noEvidence = collectWordEvidence([])

describe('lines from items', () => {
  it('joins items on one baseline, with a space where the PDF moved instead of drawing one', () => {
    const lines = itemsToLines([item('Written in the', 72, 700), item('passive', 72 + 14 * 5.5 + 3, 700), item('voice.', 72, 686)])
    expect(lines.map((l) => l.text)).toEqual(['Written in the passive', 'voice.'])
  })

  it('leaves out a footnote mark (small, raised, after a word) but keeps an exponent and a footnote’s own number', () => {
    const lines = itemsToLines([
      item('the linchpin.', 72, 700),
      item('3', 72 + 13 * 5.5, 703.5, 7),
      item(' The next', 72 + 13 * 5.5 + 4, 700),
      item('area of 10', 72, 686),
      item('2', 72 + 10 * 5.5, 689.5, 7),
      item('3', 72, 603, 6),
      item('Bartenwerfer asserts', 78, 600, 9)
    ])
    expect(lines.map((l) => l.text)).toEqual(['the linchpin. The next', 'area of 102', '3 Bartenwerfer asserts'])
  })

  it('keeps the words apart where a dropped footnote mark was printed with a space after it, and adds none before a comma', () => {
    // GAO-07-283 p. 11: "consumption." then a raised "8 " then "Specifically," drawn right against the mark.
    const lines = itemsToLines([
      item('their oil consumption.', 72, 700),
      item('8 ', 72 + 22 * 5.5, 704.5, 7),
      item('Specifically, increases', 72 + 22 * 5.5 + 7, 700),
      item('as the Court', 72, 686),
      item('3', 72 + 12 * 5.5, 690.5, 7),
      item(', and the rest', 72 + 12 * 5.5 + 3.5, 686)
    ])
    expect(lines.map((l) => l.text)).toEqual(['their oil consumption. Specifically, increases', 'as the Court, and the rest'])
  })

  it('keeps a footnote’s own number, raised before its text, on the text’s line and apart from it', () => {
    // GAO-07-283 pp. 1–2: "¹This number comes from…", the number half the text's size above it.
    const lines = itemsToLines([item('3', 216, 96.54, 5.5), item('Robert L. Hirsch, Roger Bezdek,', 218.76, 92.04, 9), item('Impacts, Mitigation', 216, 81.96, 9)])
    expect(lines.map((l) => l.text)).toEqual(['3 Robert L. Hirsch, Roger Bezdek,', 'Impacts, Mitigation'])
  })

  it('leaves out text printed up the margin and reads a page printed sideways', () => {
    const upright = itemsToLines([item('Body text of the page.', 72, 700), item('Its second line.', 72, 686), item('jbell on DSKJLSW7X2PROD with PROPOSALS', 20, 300, 6, Math.PI / 2)])
    expect(upright.map((l) => l.text)).toEqual(['Body text of the page.', 'Its second line.'])
    const sideways = itemsToLines([item('First line', 100, 72, 11, Math.PI / 2), item('second line', 114, 72, 11, Math.PI / 2)])
    expect(sideways.map((l) => l.text)).toEqual(['First line', 'second line'])
  })
})

describe('line-end hyphens', () => {
  it('joins a typesetter’s hyphen and keeps a real one', () => {
    expect(joinLines(['allows debtors to discharge all pre-', 'bankruptcy liabilities'], noEvidence)).toBe('allows debtors to discharge all prebankruptcy liabilities')
    expect(joinLines(['a truth held self-', 'evident'], noEvidence)).toBe('a truth held self-evident')
    expect(joinLines(['a Boeing Model 737-', '8 airplane'], noEvidence)).toBe('a Boeing Model 737-8 airplane')
    expect(joinLines(['an anti-', 'American view'], noEvidence)).toBe('an anti-American view')
    expect(joinLines(['autonomous areas -', 'equal subjects'], noEvidence)).toBe('autonomous areas - equal subjects')
    expect(joinLines(['there is a catch—', 'not all debts'], noEvidence)).toBe('there is a catch—not all debts')
    expect(joinLines(['a soft hy\u00AD', 'phen'], noEvidence)).toBe('a soft hyphen')
  })

  it('keeps the hyphen of a word the document hyphenates where it is not split, and joins one it writes whole', () => {
    const evidence = collectWordEvidence(['the money owed on the state-court judgment fell', 'a post-Strang law and a well-known rule', 'she was wellknown to them all'])
    expect(joinLines(['owed on the state-', 'court judgment'], evidence)).toBe('owed on the state-court judgment')
    expect(joinLines(['a well-', 'known rule'], evidence)).toBe('a wellknown rule')
    expect(joinLines(['the ex-', 'ception'], evidence)).toBe('the exception')
  })

  it('removes nothing but line-end hyphens and the spaces between lines (a property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.’—-]{1,12}$/)
    const lineText = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.array(lineText, { minLength: 1, maxLength: 6 }), (lines) => {
        const joined = joinLines(lines, collectWordEvidence(lines))
        const strip = (text: string) => text.replace(/[\s-]/g, '')
        expect(strip(joined)).toBe(strip(lines.join('')))
        expect(joined.replace(/\s/g, '').length).toBeGreaterThanOrEqual(lines.join('').replace(/\s/g, '').length - (lines.length - 1))
      })
    )
  })
})

describe('ligatures', () => {
  it('spells out ﬁ ﬂ ﬀ ﬃ ﬄ and nothing else', () => {
    expect(spellOutLigatures('ﬁnal ﬂow, eﬀect, oﬃce, baﬄe')).toBe('final flow, effect, office, baffle')
    expect(spellOutLigatures('½ of 10² ™ …')).toBe('½ of 10² ™ …')
    expect(joinLines(['the ﬁrst', 'ﬂoor'], noEvidence)).toBe('the first floor')
  })
})

describe('paragraphs', () => {
  it('starts one at a first-line indent, a gap or a change of size', () => {
    const paragraphs = groupParagraphs([
      line('Heading', 740, 72, 15),
      line('The first paragraph runs across the whole width of the column', 700, 83),
      line('and ends here.', 686),
      line('A second one is indented and runs across the whole column too,', 672, 83),
      line('ending on this line.', 658),
      line('After a gap, a third.', 620)
    ])
    expect(paragraphs.map((p) => joinLines(p, noEvidence))).toEqual([
      'Heading',
      'The first paragraph runs across the whole width of the column and ends here.',
      'A second one is indented and runs across the whole column too, ending on this line.',
      'After a gap, a third.'
    ])
  })

  it('never breaks a paragraph inside a word split at a line end', () => {
    // The first line is a full line, so no break is seen before the indented "The…"; the return to the margin is not a new paragraph either.
    const paragraphs = groupParagraphs([
      line('JUSTICE BARRETT delivered the opinion of the whole Court.', 700, 83),
      line('The Bankruptcy Code strikes a balance between the in-', 686, 83),
      line('terests of insolvent debtors and their creditors. It gen-', 672),
      line('erally allows debtors.', 658)
    ])
    expect(paragraphs.map((p) => joinLines(p, noEvidence))).toEqual([
      'JUSTICE BARRETT delivered the opinion of the whole Court. The Bankruptcy Code strikes a balance between the interests of insolvent debtors and their creditors. It generally allows debtors.'
    ])
  })

  it('keeps a bulleted item whole across its hanging indent, and starts one at each bullet and under a heading', () => {
    const paragraphs = groupParagraphs([
      line('• Future government policy can also affect oil demand. For example,', 700, 200),
      line('environmental concerns about emissions may encourage reductions in', 686, 216),
      line('oil demand.', 672, 216),
      line('• Consumer choices about conservation also can affect oil demand and', 658, 200),
      line('thereby influence the timing of a peak.', 644, 216),
      line('Proposed Maintenance-Related Actions', 630, 200),
      line('To ensure that each airplane’s two sensors work, the FAA proposes', 616, 209),
      line('a test.', 602, 200),
      line('(h) Airplane Flight Manual (AFM) Revisions', 588, 200),
      line('Before further flight, revise the existing AFM.', 574, 209),
      line('for money or property obtained by—', 560, 200),
      line('“(A) false pretenses, a false representation, or actual fraud”', 546, 209)
    ])
    expect(paragraphs.map((p) => joinLines(p, noEvidence))).toEqual([
      '• Future government policy can also affect oil demand. For example, environmental concerns about emissions may encourage reductions in oil demand.',
      '• Consumer choices about conservation also can affect oil demand and thereby influence the timing of a peak.',
      'Proposed Maintenance-Related Actions',
      'To ensure that each airplane’s two sensors work, the FAA proposes a test.',
      '(h) Airplane Flight Manual (AFM) Revisions',
      'Before further flight, revise the existing AFM.',
      'for money or property obtained by—',
      '“(A) false pretenses, a false representation, or actual fraud”'
    ])
  })

  it('makes a word split at a line end whole across a hanging indent or a gap, as within a paragraph', () => {
    // The slip opinion's syllabus: "Held:" hangs out to the left of the lines that follow it.
    const held = groupParagraphs([
      line('Held: Section 523(a)(2)(A) precludes Kate Bartenwerfer from discharg-', 700, 83),
      line('ing in bankruptcy a debt obtained by fraud. Pp. 3–12.', 686, 95)
    ])
    expect(held.map((p) => joinLines(p, noEvidence))).toEqual(['Held: Section 523(a)(2)(A) precludes Kate Bartenwerfer from discharging in bankruptcy a debt obtained by fraud. Pp. 3–12.'])
    const acrossGap = groupParagraphs([line('a rule of self-', 700), line('government and of pre-', 640), line('bankruptcy debts', 580)])
    expect(acrossGap.map((p) => joinLines(p, noEvidence))).toEqual(['a rule of self-government and of prebankruptcy debts'])
  })

  it('continues an unfinished sentence into the next column', () => {
    const paragraphs = groupParagraphs([line('the flightcrew was able to', 100, 45), line('maintain continued safe flight.', 700, 220)])
    expect(paragraphs).toEqual([['the flightcrew was able to', 'maintain continued safe flight.']])
  })
})

describe('garbage text', () => {
  const ocr =
    '(a) A l e t t e r from the Aaalggfitted fc-ugsx Company eecepting 3s«»teership and enclosing t h e i r cheek, and executed contracts* (f) A l e t t e r fross the Sevennah £ug»r Refining Corporation accepting (wssibership Rnd enclosing t h e i r executed contra-eta.'
  const clean =
    'The Bankruptcy Code strikes a balance between the interests of insolvent debtors and their creditors. It generally allows debtors to discharge all prebankruptcy liabilities (11 U. S. C. §523(a)(2)(A), 2023).'

  it('flags a poor OCR layer and a broken font map, not clean text', () => {
    expect(textLooksGarbled(ocr)).toBe(true)
    expect(textLooksGarbled(clean)).toBe(false)
    expect(textLooksGarbled('\uE001\uE002\uE003 '.repeat(20))).toBe(true)
    expect(textLooksGarbled('Too short')).toBe(false)
  })

  it('names pages as a reader counts them', () => {
    expect(namePages([3])).toBe('page 3')
    expect(namePages([5, 3, 4, 8])).toBe('pages 3 to 5 and 8')
    expect(namePages([1, 2])).toBe('pages 1 and 2')
  })

  it('names pages for a warning with the labels the contents give them, where those differ from the file’s count', () => {
    expect(namePagesLabelled([2], ['p. 1', 'p. 2', 'p. 3'])).toBe('page 2')
    expect(namePagesLabelled([79], [...Array.from({ length: 78 }, (_, i) => `p. ${i - 4}`), 'p. 74'])).toBe('page 79 of the file (p. 74)')
    expect(namePagesLabelled([4, 1, 2, 3], ['PDF p. 1', 'p. i', 'p. ii', 'p. 1 (PDF p. 4)'])).toBe('pages 1 to 4 of the file (PDF p. 1, p. i, p. ii …)')
  })
})
