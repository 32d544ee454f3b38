/**
 * Word's list numbers and bullets come from word/numbering.xml, not from the paragraph's text:
 * read without them, a card quoting "(a) the power to…" is not found. These Word files, built
 * part by part, show each way Word numbers a list; the real files show it on lists people wrote.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { extractDocx } from '../../../shared/documents/docx'
import { formatNumber } from '../../../shared/documents/docx/numbering'
import { sharedFile } from '../../support/shared-folder'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

function docx(body: string, numbering: string, styles?: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`),
    ...(styles ? { 'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`) } : {})
  })
}

const item = (text: string, numId: string, level = 0, style = ''): string =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
const plain = (text: string, properties = ''): string => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`
const level = (ilvl: number, format: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`
/** A statute's outline: 1. / (a) / (i). */
const OUTLINE = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '(%2)')}${level(2, 'lowerRoman', '(%3)', '<w:suff w:val="space"/>')}</w:abstractNum>`
const texts = async (body: string, numbering: string, styles?: string) => (await extractDocx(docx(body, numbering, styles), 'statute.docx')).units.map((unit) => unit.text)

describe('list labels from numbering.xml', () => {
  it('numbers, letters and roman numerals as the levels draw them, deeper levels starting again under each shallower item', async () => {
    const body = [
      item('Congress shall have', '1'),
      item('the power to lay taxes;', '1', 1),
      item('to borrow money;', '1', 1),
      item('on the credit of the United States', '1', 2),
      item('or otherwise.', '1', 2),
      item('No state shall', '1'),
      item('enter into any treaty.', '1', 1)
    ].join('')
    expect(await texts(body, `${OUTLINE}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)).toEqual([
      '1.\tCongress shall have',
      '(a)\tthe power to lay taxes;',
      '(b)\tto borrow money;',
      '(i) on the credit of the United States',
      '(ii) or otherwise.',
      '2.\tNo state shall',
      '(a)\tenter into any treaty.'
    ])
  })

  it('a start value, a list that restarts (startOverride), lists sharing a definition counting on, and a level that never restarts', async () => {
    const numbering = [
      `<w:abstractNum w:abstractNumId="0">${level(0, 'upperRoman', 'Article %1').replace('<w:start w:val="1"/>', '<w:start w:val="3"/>')}${level(1, 'upperLetter', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>',
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    ].join('')
    const body = [item('Executive power', '1'), item('Term', '1', 1), plain('Between the lists.'), item('Judicial power', '2'), item('Tenure', '2', 1), item('Restarted', '3')].join('')
    expect(await texts(body, numbering)).toEqual(['Article III\tExecutive power', 'A.\tTerm', 'Between the lists.', 'Article IV\tJudicial power', 'B.\tTenure', 'Article I\tRestarted'])
  })

  it('bullets from symbol fonts as the characters drawn; legal numbering; a label with nothing after it', async () => {
    const numbering = [
      `<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '\uF0B7', '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>')}${level(1, 'bullet', 'o', '<w:rPr><w:rFonts w:ascii="Courier New"/></w:rPr>')}${level(2, 'bullet', '\uF0A7', '<w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr>')}</w:abstractNum>`,
      `<w:abstractNum w:abstractNumId="1">${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%1.%2', '<w:isLgl/><w:suff w:val="nothing"/>')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    ].join('')
    const body = [item('Round', '1'), item('Hollow', '1', 1), item('Square', '1', 2), item('Part', '2'), item('Section', '2', 1)].join('')
    expect(await texts(body, numbering)).toEqual(['•\tRound', 'o\tHollow', '▪\tSquare', 'I.\tPart', '1.1Section'])
  })

  it('a style\'s list (List Number) numbers its paragraphs; numId 0 takes a paragraph out; an unknown list draws nothing', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ListNumber2"><w:basedOn w:val="ListNumber"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    const body = [
      plain('First', '<w:pStyle w:val="ListNumber"/>'),
      plain('Nested', '<w:pStyle w:val="ListNumber2"/>'),
      plain('Unnumbered', '<w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      plain('Second', '<w:pStyle w:val="ListNumber"/>'),
      item('No such list', '9')
    ].join('')
    expect(await texts(body, `${OUTLINE}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, styles)).toEqual(['1.\tFirst', '(a)\tNested', 'Unnumbered', '2.\tSecond', 'No such list'])
  })

  it('formats: letters repeat past z (aa, bb), roman numerals read back to their number (property)', () => {
    expect([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb', 'aaa'])
    expect([4, 9, 14, 40, 1994].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['IV', 'IX', 'XIV', 'XL', 'MCMXCIV'])
    expect([1, 2, 3, 11, 22].map((n) => formatNumber(n, 'ordinal'))).toEqual(['1st', '2nd', '3rd', '11th', '22nd'])
    expect(formatNumber(7, 'decimalZero')).toBe('07')
    const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }
    const read = (numeral: string): number => [...numeral].reduce((sum, digit, i) => (value[digit]! < (value[numeral[i + 1] ?? ''] ?? 0) ? sum - value[digit]! : sum + value[digit]!), 0)
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => read(formatNumber(n, 'upperRoman')) === n && formatNumber(n, 'lowerRoman') === formatNumber(n, 'upperRoman').toLowerCase()))
  })
})

describe('real Word files: numbered items are found with their numbers', { timeout: 60_000 }, () => {
  const folder = sharedFile('fixtures/real-world/docx')
  const read = async (file: string) => {
    const document = await extractDocx(new Uint8Array(readFileSync(`${folder.path}/${file}`)), file)
    return document.units.map((unit) => unit.text.replace(/\s+/gu, ' ')).join('\n')
  }

  it('a policy brief\'s numbered courses of action and bulleted recommendations', folder.options, async () => {
    const text = await read('alga-financial-assistance-grants-policy-brief.docx')
    expect(text).toContain('1. Increase the total quantum of grant:')
    expect(text).toContain('5. Reform the GPG formula:')
    expect(text).toContain('• Increase total funding available to the Financial Assistance Grants program.')
  })

  it('a topic paper\'s "1)" and "2)" points', folder.options, async () => {
    const text = await read('retrenchment-tap-26-27.docx')
    expect(text).toContain('1) The topic must be exciting, accessible, and timely')
    expect(text).toContain('2) This gives rise to the second feature')
  })
})
