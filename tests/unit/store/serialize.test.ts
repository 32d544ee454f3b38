import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLibrarySerializer } from '../../../electron/main/store/serialize'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { editClaim } from '../../../shared/operations/claims'
import { generateLibrary } from '../../support/generate'
import { testEnv } from '../shared/fixtures'

describe('the store file serialiser', () => {
  it('writes text that parses back to exactly the library', () => {
    const serialize = createLibrarySerializer()
    for (const library of [emptyLibrary(), generateLibrary(50)]) {
      expect(JSON.parse(serialize(library))).toEqual(library)
    }
  })

  it('reflects an edit even though unchanged items come from its cache', () => {
    const serialize = createLibrarySerializer()
    const env = testEnv()
    let library: Library = generateLibrary(200)
    serialize(library)
    fc.assert(
      fc.property(fc.nat(199), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), (index, title) => {
        library = editClaim(library, { claimId: `claim-${index}`, title: title.trim() }, env).library
        expect(JSON.parse(serialize(library))).toEqual(library)
      }),
      { numRuns: 100 }
    )
  })

  it('keeps awkward text exact: quotes, section signs, dashes, line breaks, non-Latin letters', () => {
    const serialize = createLibrarySerializer()
    const library = generateLibrary(1)
    const claim = library.claims[0]!
    const title = '“No State shall” — § 10, cl. 1\n"quoted" \\ back\u2028slash 加州 Калифорния'
    const edited = { ...library, claims: [{ ...claim, title }] }
    expect((JSON.parse(serialize(edited)) as Library).claims[0]?.title).toBe(title)
  })
})
