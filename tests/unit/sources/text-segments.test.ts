import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentsOf, type TextMark } from '../../../shared/sources/text-segments'

describe('a unit’s text cut at its marks', () => {
  it('marks the words a search found and the one it is on, overlapping the words a card was cut from', () => {
    const text = 'The Union is perpetual.'
    const segments = segmentsOf(text, [
      { start: 4, end: 9, kind: 'current' },
      { start: 0, end: 12, kind: 'cut-from' }
    ])
    expect(segments.map((s) => [s.text, s.kinds])).toEqual([
      ['The ', ['cut-from']],
      ['Union', ['current', 'cut-from']],
      [' is', ['cut-from']],
      [' perpetual.', []]
    ])
  })

  it('gives the text whole when nothing is marked, and ignores marks outside it', () => {
    expect(segmentsOf('abc', [])).toEqual([{ text: 'abc', start: 0, kinds: [] }])
    expect(segmentsOf('abc', [{ start: 5, end: 9, kind: 'match' }])).toEqual([{ text: 'abc', start: 0, kinds: [] }])
  })

  it('never changes the text: the pieces join back to it, and each mark covers exactly its range', () => {
    const mark = fc.record({ start: fc.nat(60), end: fc.nat(60), kind: fc.constantFrom<TextMark['kind']>('match', 'current', 'cut-from') })
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(mark, { maxLength: 5 }), (text, marks) => {
        const segments = segmentsOf(text, marks)
        expect(segments.map((s) => s.text).join('')).toBe(text)
        for (const s of segments) {
          const covering = marks.filter((m) => m.start <= s.start && Math.min(m.end, text.length) >= s.start + s.text.length && m.end > m.start && s.text.length > 0)
          expect(new Set(s.kinds)).toEqual(new Set(covering.map((m) => m.kind)))
        }
      })
    )
  })
})
