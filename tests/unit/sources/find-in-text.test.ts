import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findInUnits } from '../../../shared/sources/find-in-text'

const units = [
  { id: 'page-1', text: 'The Union is perpetual.\nThe Union of the States' },
  { id: 'page-2', text: 'a more perfect union, and the union' }
]

describe('find inside a source', () => {
  it('finds every occurrence in reading order, whatever the case, with its exact place', () => {
    const found = findInUnits(units, 'union')
    expect(found.map((m) => [m.unitId, m.start, m.end])).toEqual([
      ['page-1', 4, 9],
      ['page-1', 28, 33],
      ['page-2', 15, 20],
      ['page-2', 30, 35]
    ])
    for (const m of found) expect(units.find((u) => u.id === m.unitId)?.text.slice(m.start, m.end).toLowerCase()).toBe('union')
  })

  it('matches words across a line break or several spaces, as the page shows them', () => {
    const found = findInUnits(units, '  perpetual.   the union ')
    expect(found).toEqual([{ unitId: 'page-1', start: 13, end: 33 }])
  })

  it('treats the words as words, not a pattern, and finds nothing for an empty search', () => {
    expect(findInUnits([{ id: 'a', text: 'art. I, § 1 (a) [b]' }], '(a) [b]')).toEqual([{ unitId: 'a', start: 12, end: 19 }])
    expect(findInUnits([{ id: 'a', text: 'aaa' }], '.')).toEqual([])
    expect(findInUnits(units, '   ')).toEqual([])
  })

  it('stops at the limit', () => {
    expect(findInUnits([{ id: 'a', text: 'x '.repeat(100) }], 'x', 10)).toHaveLength(10)
  })

  it('finds a word exactly as often as it occurs, and every match is the word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z ]{0,40}$/), { maxLength: 6 }), fc.stringMatching(/^[a-z]{1,3}$/), (texts, word) => {
        const given = texts.map((text, i) => ({ id: `u${i}`, text }))
        const found = findInUnits(given, word.toUpperCase())
        let expected = 0
        for (const { text } of given) for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) expected++
        expect(found).toHaveLength(expected)
        for (const m of found) expect(given.find((u) => u.id === m.unitId)?.text.slice(m.start, m.end)).toBe(word)
      })
    )
  })
})
