import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FlowSheetSchema, type FlowSheet } from '../../../shared/model/practice'
import {
  addRow,
  appendClaim,
  countStatuses,
  createFlowSheet,
  csvField,
  flowSheetToCsv,
  markCell,
  moveRow,
  pullClaim,
  pullWouldOverwrite,
  removeRow,
  setCell
} from '../../../shared/practice/flow-sheet'
import { PRESET_FORMATS } from '../../../shared/practice/formats'
import { seatPublicForum } from '../../../shared/practice/coin-toss'
import { claim } from './fixtures'

const NOW = '2026-02-01T10:00:00.000Z'
const ldFlow = () => createFlowSheet({ id: 'f1', title: 'Round 1', motionId: 'm', format: PRESET_FORMATS.ld, now: NOW })

/**
 * A strict RFC 4180 reader, to check that what we write reads back as the same fields. With
 * `separator` ";" or a tab it reads as a spreadsheet set to such a locale (or import) does:
 * quotes count only at the start of a field, and any line break ends a line.
 */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (ch === '"' && (quoted || field === '')) {
      quoted = !quoted
    } else if (!quoted && ch === separator) {
      row.push(field)
      field = ''
    } else if (!quoted && (ch === '\r' || ch === '\n')) {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      if (ch === '\r' && text[i + 1] === '\n') i++
    } else {
      field += ch
    }
  }
  return rows
}

const startsFormula = (field: string) => /^[=+\-@\t\r]/.test(field)

describe('a flow sheet', () => {
  it('has a column per speech of the format, cross-examinations left out unless asked for', () => {
    const sheet = ldFlow()
    expect(sheet.columns.map((c) => c.name)).toEqual(PRESET_FORMATS.ld.speeches.filter((s) => s.kind === 'speech').map((s) => s.name))
    const withCx = createFlowSheet({ id: 'f2', title: 'R', motionId: null, format: PRESET_FORMATS.pf, now: NOW, includeCrossEx: true })
    expect(withCx.columns).toHaveLength(11)
    expect(FlowSheetSchema.safeParse(sheet).success).toBe(true)
  })

  it('gives a Public Forum flow its columns in the seating the coin toss decided', () => {
    const seated = seatPublicForum(PRESET_FORMATS.pf, { first: 'B', teamASide: 'pro' })
    const sheet = createFlowSheet({ id: 'f3', title: 'R', motionId: null, format: seated, now: NOW })
    // Team B won the toss and speaks first, as Con: its speeches open every pair of columns.
    expect(sheet.columns.slice(0, 2)).toEqual([
      { name: 'Team B Constructive', side: 'con' },
      { name: 'Team A Constructive', side: 'pro' }
    ])
    expect(sheet.columns.at(-1)).toEqual({ name: 'Team A Final Focus', side: 'pro' })
  })

  it('adds rows with an empty cell under every speech, at the end or where asked', () => {
    let sheet = addRow(addRow(ldFlow(), 'r1'), 'r2')
    sheet = addRow(sheet, 'r0', 0)
    expect(sheet.rows.map((r) => r.id)).toEqual(['r0', 'r1', 'r2'])
    expect(sheet.rows[0]!.cells).toHaveLength(5)
    expect(sheet.rows[0]!.cells[0]).toEqual({ text: '', claimId: null, status: 'open' })
    expect(moveRow(sheet, 'r0', 2).rows.map((r) => r.id)).toEqual(['r1', 'r2', 'r0'])
    expect(removeRow(sheet, 'r1').rows.map((r) => r.id)).toEqual(['r0', 'r2'])
  })

  it('pulls a claim from the map into a cell, linked to it, and typing over it drops the link', () => {
    const sheet = pullClaim(addRow(ldFlow(), 'r1'), 'r1', 0, claim('c1', null, 'pro', { title: 'Secession is unconstitutional' }))
    expect(sheet.rows[0]!.cells[0]).toEqual({ text: 'Secession is unconstitutional', claimId: 'c1', status: 'open' })
    expect(setCell(sheet, 'r1', 0, 'my words').rows[0]!.cells[0]).toEqual({ text: 'my words', claimId: null, status: 'open' })
  })

  it('asks before a pulled claim would replace words the user typed, and can append the claim after them instead', () => {
    const taken = claim('c1', null, 'pro', { title: 'Secession is unconstitutional' })
    const typed = setCell(addRow(ldFlow(), 'r1'), 'r1', 1, 'Texas v. White  ')
    expect(pullWouldOverwrite(typed, 'r1', 1, taken)).toBe(true)
    // An empty cell, blank space, or the same claim again loses nothing.
    expect(pullWouldOverwrite(typed, 'r1', 0, taken)).toBe(false)
    expect(pullWouldOverwrite(setCell(typed, 'r1', 0, ' \n'), 'r1', 0, taken)).toBe(false)
    expect(pullWouldOverwrite(pullClaim(typed, 'r1', 0, taken), 'r1', 0, taken)).toBe(false)
    expect(appendClaim(typed, 'r1', 1, taken).rows[0]!.cells[1]).toEqual({ text: 'Texas v. White\nSecession is unconstitutional', claimId: 'c1', status: 'open' })
    expect(appendClaim(typed, 'r1', 2, taken).rows[0]!.cells[2]!.text).toBe('Secession is unconstitutional')
    expect(() => appendClaim(setCell(typed, 'r1', 1, 'x'.repeat(4000)), 'r1', 1, taken)).toThrow('does not fit after its note')
  })

  it('keeps every word typed when a claim is appended, for any note and claim', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ minLength: 1, maxLength: 100 }), (note, title) => {
        const sheet = setCell(addRow(ldFlow(), 'r1'), 'r1', 0, note)
        const text = appendClaim(sheet, 'r1', 0, claim('c', null, 'pro', { title })).rows[0]!.cells[0]!.text
        expect(text.startsWith(note.trim() ? note.replace(/\s+$/, '') : '')).toBe(true)
        expect(text.endsWith(title)).toBe(true)
      })
    )
  })

  it('marks arguments answered or dropped, and counts them', () => {
    let sheet = setCell(addRow(ldFlow(), 'r1'), 'r1', 0, 'Contention 1')
    sheet = markCell(setCell(sheet, 'r1', 1, 'Turn'), 'r1', 1, 'answered')
    sheet = markCell(sheet, 'r1', 2, 'dropped')
    expect(sheet.rows[0]!.cells.map((c) => c.status)).toEqual(['open', 'answered', 'dropped', 'open', 'open'])
    expect(countStatuses(sheet)).toEqual({ open: 1, answered: 1, dropped: 1 })
    expect(FlowSheetSchema.safeParse(sheet).success).toBe(true)
  })

  it('does not change the sheet it was given', () => {
    const sheet = addRow(ldFlow(), 'r1')
    const before = structuredClone(sheet)
    markCell(setCell(sheet, 'r1', 0, 'x'), 'r1', 0, 'dropped')
    expect(sheet).toEqual(before)
  })

  it('says what is wrong with an unknown row, a column past the end, a duplicate row or an oversized note', () => {
    const sheet = addRow(ldFlow(), 'r1')
    expect(() => setCell(sheet, 'nope', 0, 'x')).toThrow('No row "nope" in this flow')
    expect(() => markCell(sheet, 'r1', 5, 'dropped')).toThrow('No column 5 in this flow (it has 5)')
    expect(() => addRow(sheet, 'r1')).toThrow('already has a row')
    expect(() => setCell(sheet, 'r1', 0, 'x'.repeat(4001))).toThrow('at most 4,000 characters')
  })
})

describe('CSV export', () => {
  function sample(): FlowSheet {
    let sheet = addRow(addRow(ldFlow(), 'r1'), 'r2')
    sheet = setCell(sheet, 'r1', 0, 'Harm, "big" one')
    sheet = markCell(setCell(sheet, 'r1', 1, 'line one\nline two'), 'r1', 1, 'answered')
    sheet = markCell(sheet, 'r1', 2, 'dropped')
    return setCell(sheet, 'r2', 0, '=HYPERLINK("http://x")')
  }

  it('writes a header of speeches and a line per argument, quoted as RFC 4180 says, with CRLF line ends', () => {
    const csv = flowSheetToCsv(sample())
    expect(csv.split('\r\n')[0]).toBe(PRESET_FORMATS.ld.speeches.filter((s) => s.kind === 'speech').map((s) => s.name).join(','))
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(parseCsv(csv).slice(1)).toEqual([
      ['Harm, "big" one', 'line one\nline two [answered]', '[dropped]', '', ''],
      ["'=HYPERLINK(\"http://x\")", '', '', '', '']
    ])
  })

  it('can leave the marks out, and can start with a byte-order mark for Excel', () => {
    expect(parseCsv(flowSheetToCsv(sample(), { withStatus: false }))[1]![1]).toBe('line one\nline two')
    expect(flowSheetToCsv(sample(), { bom: true }).startsWith('\uFEFFAffirmative')).toBe(true)
  })

  it('defuses every cell a spreadsheet could run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true)
    expect(csvField('1+1')).toBe('1+1')
  })

  it('lets no formula start after a semicolon, a tab or a line break, where a spreadsheet may split', () => {
    let sheet = addRow(ldFlow(), 'r1')
    sheet = setCell(sheet, 'r1', 0, 'a;=1+1')
    sheet = setCell(sheet, 'r1', 1, 'b;=HYPERLINK("http://x");c')
    sheet = setCell(sheet, 'r1', 2, 'c\t@SUM(A1)\n+1')
    const csv = flowSheetToCsv(sheet)
    for (const separator of [',', ';', '\t']) expect(parseCsv(csv, separator).flat().filter(startsFormula)).toEqual([])
    expect(parseCsv(csv)[1]!.slice(0, 3)).toEqual(['a;\'=1+1', 'b;\'=HYPERLINK("http://x");c', "c\t'@SUM(A1)\n'+1"])
  })

  it('starts no field with a formula character, for any text, whether read with ",", ";" or a tab', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(';', '\t', '\r', '\n', '"', ',', '=', '+', '-', '@'), fc.string()), { maxLength: 8 })
    fc.assert(
      fc.property(fc.array(text.map((parts) => parts.join('')), { minLength: 1, maxLength: 4 }), (fields) => {
        const line = fields.map(csvField).join(',') + '\r\n'
        for (const separator of [',', ';', '\t']) expect(parseCsv(line, separator).flat().filter(startsFormula)).toEqual([])
      }),
      { numRuns: 2000 }
    )
  })

  it('reads back as exactly the text written, for any text (with a formula guard where a cell may start)', () => {
    const guarded = /(?<=^|[;\t\r\n])"*[=+\-@\t\r]/
    const withoutQuoteMarks = (text: string) => text.replaceAll("'", '')
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (fields) => {
        const read = parseCsv(fields.map(csvField).join(',') + '\r\n')[0]!
        expect(read.map(withoutQuoteMarks)).toEqual(fields.map(withoutQuoteMarks))
        fields.forEach((field, i) => guarded.test(field) || expect(read[i]).toBe(field))
      })
    )
  })
})
