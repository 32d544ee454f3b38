import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markedPieces } from '../../../renderer/src/cards/card-marks'

describe('marked card text', () => {
  it('cuts the text at every mark and says which marks cover each piece', () => {
    const pieces = markedPieces('New States may be admitted', [
      { start: 0, end: 10, kind: 'underline' },
      { start: 4, end: 14, kind: 'highlight' }
    ])
    expect(pieces).toEqual([
      { text: 'New ', underline: true, highlight: false },
      { text: 'States', underline: true, highlight: true },
      { text: ' may', underline: false, highlight: true },
      { text: ' be admitted', underline: false, highlight: false }
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
