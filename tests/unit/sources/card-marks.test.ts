import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markedPieces } from '../../../renderer/src/cards/card-marks'

describe('marked card text', () => {
  it('cuts the text at every mark and says which marks cover each piece', () => {
    const pieces = markedPieces('New States may be admitted', [
      { start: 0, end: 10, kind: 'underline' },
      { start: 4, end: 14, kind: 'highlight' }
    ])
    const plain = { color: null, emphasis: false, shrunk: false }
    expect(pieces).toEqual([
      { text: 'New ', underline: true, highlight: false, ...plain },
      { text: 'States', underline: true, highlight: true, ...plain },
      { text: ' may', underline: false, highlight: true, ...plain },
      { text: ' be admitted', underline: false, highlight: false, ...plain }
    ])
  })

  it('says which pieces are emphasised, shrunk, and in which highlight colour (Verbatim marks)', () => {
    const pieces = markedPieces('Saudi Arabia has recruited child soldiers', [
      { start: 0, end: 12, kind: 'shrunk' },
      { start: 13, end: 26, kind: 'highlight', color: 'cyan' },
      { start: 13, end: 26, kind: 'emphasis' },
      { start: 27, end: 41, kind: 'highlight' }
    ])
    expect(pieces.map((p) => [p.text, p.shrunk, p.emphasis, p.highlight, p.color])).toEqual([
      ['Saudi Arabia', true, false, false, null],
      [' ', false, false, false, null],
      ['has recruited', false, true, true, 'cyan'],
      [' ', false, false, false, null],
      ['child soldiers', false, false, true, null]
    ])
  })

  it('never changes the text: the pieces join back to it exactly (property)', () => {
    const mark = fc.record({ start: fc.nat(60), end: fc.nat(60), kind: fc.constantFrom('underline' as const, 'highlight' as const) })
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(mark, { maxLength: 6 }), (text, marks) => {
        expect(markedPieces(text, marks).map((p) => p.text).join('')).toBe(text)
      })
    )
  })
})
