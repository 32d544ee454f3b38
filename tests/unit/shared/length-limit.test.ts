import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lengthNote } from '../../../shared/model/length-limit'

describe('lengthNote', () => {
  it('says nothing far from the limit, the characters left near it, and how far over past it', () => {
    expect(lengthNote('a'.repeat(200), 300)).toBeNull()
    expect(lengthNote('a'.repeat(288), 300)).toEqual({ text: '12 characters left of 300', over: false })
    expect(lengthNote('a'.repeat(299), 300)).toEqual({ text: '1 character left of 300', over: false })
    expect(lengthNote('a'.repeat(308), 300)).toEqual({ text: '8 characters over the limit of 300: shorten it to save', over: true })
  })

  it('counts as the title is saved: surrounding spaces and line breaks do not count against it', () => {
    expect(lengthNote(`  ${'a'.repeat(300)}\n`, 300)?.over).toBe(false)
  })

  it('is over exactly when the saved title would be refused', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 50 }), (typed, max) => {
        const saved = typed.replace(/\p{Cc}+/gu, ' ').trim()
        expect(lengthNote(typed, max)?.over ?? false).toBe(saved.length > max)
      })
    )
  })
})
