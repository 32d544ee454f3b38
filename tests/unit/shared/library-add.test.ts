/**
 * Every import and every "new" adds to the library through withAdded: what was there stays first
 * and unchanged, what is added follows in its order, and a list nothing is added to is left as it was.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyLibrary, withAdded, type Library } from '../../../shared/model/library'
import { createMotion } from '../../../shared/operations/motions'
import { createSource } from '../../../shared/operations/sources'
import { SourceFieldsSchema } from '../../../shared/model/source'
import { testEnv } from './fixtures'

/** A library of `motions` motions and `sources` sources, made by the app's own operations. */
function libraryWith(motions: number, sources: number, env = testEnv()): Library {
  let library = emptyLibrary()
  for (let i = 0; i < motions; i++) library = createMotion(library, { title: `Motion ${i}` }, env).library
  for (let i = 0; i < sources; i++) library = createSource(library, SourceFieldsSchema.parse({ kind: 'book', title: `Source ${i}` }), env).library
  return library
}

describe('adding to the library', () => {
  it('appends after what was there, in order, and leaves the other lists as they were (property)', () => {
    fc.assert(
      fc.property(fc.nat(4), fc.nat(4), fc.nat(4), fc.nat(4), (hadMotions, hadSources, newMotions, newSources) => {
        const env = testEnv()
        const before = libraryWith(hadMotions, hadSources, env)
        const snapshot = structuredClone(before)
        const added = libraryWith(newMotions, newSources, env)
        const after = withAdded(before, { motions: added.motions, sources: added.sources })

        expect(after.motions.map((m) => m.id)).toEqual([...before.motions, ...added.motions].map((m) => m.id))
        expect(after.sources.map((s) => s.id)).toEqual([...before.sources, ...added.sources].map((s) => s.id))
        expect(after.claims).toBe(before.claims)
        expect(after.quotes).toBe(before.quotes)
        expect(after.packs).toBe(before.packs)
        // The library it was given is not changed: an undo or a failed save still has it whole.
        expect(before).toEqual(snapshot)
        if (newMotions === 0) expect(after.motions).toBe(before.motions)
      })
    )
  })
})
