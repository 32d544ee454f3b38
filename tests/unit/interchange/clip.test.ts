/** clip: what every importer uses to fit a text to the model's limits. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clip } from '../../../shared/interchange/text'
import { titleSchema } from '../../../shared/model/ids'

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('clip', () => {
  it('keeps a text the schema takes whole, counting characters as the schema does (an astral character is one)', () => {
    // 47 characters in 61 UTF-16 units: a tag of at most 60 characters, which Argdown's round trip used to cut.
    const tag = '𐀀𐀀 𐀀𐀀Untitled 1e.g.𐀀𐀀𐀀𐀀 𐀀Untitled 1𐀀𐀀𐀀𐀀𐀀word==='
    expect(titleSchema('Tag', 60).safeParse(tag).success).toBe(true)
    expect(clip(tag, 60)).toBe(tag)
  })

  it('fits any text within the limit, whole when it fits, never splitting a character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), fc.integer({ min: 2, max: 120 }), (text, max) => {
        const clipped = clip(text, max)
        expect([...clipped].length).toBeLessThanOrEqual(max)
        if ([...text].length <= max) expect(clipped).toBe(text)
        else expect(clipped.endsWith('…')).toBe(true)
        expect(loneSurrogate.test(clipped)).toBe(false)
      }),
      { numRuns: 500 }
    )
  })
})
