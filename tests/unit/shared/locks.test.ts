/** One rule decides what a locked pack motion's case lets the user change, for the page and the store alike. */
import { describe, expect, it } from 'vitest'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import type { Change } from '../../../shared/operations/change'
import { addClaim, deleteClaim, editClaim, moveClaim } from '../../../shared/operations/claims'
import { assertLocksKept, claimEditRefusal, claimIsLocked } from '../../../shared/operations/locks'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { packLibraryId } from '../../../shared/packs/to-library'
import { json, smallPack } from '../packs/fixtures'
import { testEnv } from './fixtures'

const id = (itemId: string) => packLibraryId('civics-unit', itemId)
/** What the store does on every update: the write, then the lock check over its before and after. */
function storeWrite<T>(write: (library: Library) => Change<T>): (library: Library) => Change<T> {
  return (library) => {
    const change = write(library)
    assertLocksKept(library, change.library)
    return change
  }
}
/** The pack locks its motion only, as the starter pack does; its claims carry no lock of their own. */
function lockedMotionLibrary() {
  const pack = smallPack('1.0', {
    motions: [{ id: 'm1', title: 'THW abolish the electoral college', format: 'pf', locked: true }]
  })
  return mergePack(emptyLibrary(), readPack(json(pack)), testEnv()).library
}

describe('a locked pack motion locks the case it ships', () => {
  const library = lockedMotionLibrary()
  const motion = library.motions[0]!

  it('counts the pack’s claims as locked, and not the user’s answers', () => {
    const answered = addClaim(library, { motionId: motion.id, parentId: id('c2'), stance: 'con', title: 'Equal protection', index: 0 }, testEnv()).library
    const mine = answered.claims.find((c) => c.title === 'Equal protection')!
    expect(claimIsLocked(library.claims[0]!, motion)).toBe(true)
    expect(claimIsLocked(mine, motion)).toBe(false)
    expect(claimEditRefusal(motion, answered.claims, mine.id, 'delete')).toBeNull()
    expect(claimEditRefusal(motion, answered.claims, mine.id, 'rename')).toBeNull()
  })

  it('refuses deleting, renaming and reparenting a pack claim, on the page and in the store', () => {
    expect(claimEditRefusal(motion, library.claims, id('c1'), 'delete')).toMatch(/comes locked from its pack and cannot be deleted/)
    expect(claimEditRefusal(motion, library.claims, id('c2'), 'rename')).toMatch(/cannot be renamed/)
    expect(claimEditRefusal(motion, library.claims, id('c2'), 'move')).toMatch(/cannot be moved/)
    expect(() => storeWrite((l) => deleteClaim(l, { claimId: id('c1') }))(library)).toThrow(/comes locked from the pack “Civics unit” and cannot be deleted/)
    expect(() => storeWrite((l) => editClaim(l, { claimId: id('c2'), title: 'Changed' }, testEnv()))(library)).toThrow(/cannot be changed/)
    expect(() => storeWrite((l) => moveClaim(l, { claimId: id('c2'), parentId: null, index: 1 }, testEnv()))(library)).toThrow(/cannot be changed/)
  })

  it('refuses deleting the user’s own claim when a locked one is among its responses', () => {
    const added = addClaim(library, { motionId: motion.id, parentId: null, stance: 'con', title: 'Mine', index: 1 }, testEnv()).library
    const mine = added.claims.find((c) => c.title === 'Mine')!
    // A pack claim cannot be moved under it, so build the case by hand: the pack's answer placed beneath the user's claim.
    const claims = added.claims.map((c) => (c.id === id('c2') ? { ...c, parentId: mine.id } : c))
    expect(claimEditRefusal(motion, claims, mine.id, 'delete')).toMatch(/“States matter as states” comes locked.*among the responses/)
  })

  it('leaves an unlocked pack’s claims to the user', () => {
    const open = mergePack(emptyLibrary(), readPack(json(smallPack())), testEnv()).library
    expect(claimEditRefusal(open.motions[0]!, open.claims, id('c1'), 'delete')).toBeNull()
    expect(storeWrite((l) => deleteClaim(l, { claimId: id('c1') }))(open).library.claims).toEqual([])
  })
})
