import { describe, expect, it } from 'vitest'
import { claimPlace } from '../../../shared/analysis/claim-place'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { addClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import { testEnv } from './fixtures'

/** A Lincoln-Douglas motion: Aff "Consent" ← attacked by "Texas v. White" ← attacked by "Dicta". */
function sample() {
  const env = testEnv()
  const created = createMotion(emptyLibrary(), { title: 'A state may secede', format: 'ld' }, env)
  let library: Library = created.library
  const ids: Record<string, string> = {}
  const add = (title: string, parent: string | null, stance: 'pro' | 'con') => {
    const change = addClaim(library, { motionId: created.result.id, parentId: parent ? ids[parent]! : null, stance, title }, env)
    library = change.library
    ids[title] = change.result.id
  }
  add('Consent', null, 'pro')
  add('Texas v. White', 'Consent', 'con')
  add('Dicta', 'Texas v. White', 'con')
  return { motion: library.motions[0]!, claims: library.claims, ids }
}

describe('claimPlace', () => {
  it('names the motion and, for a contention, its side by the format’s label', () => {
    const { motion, claims, ids } = sample()
    expect(claimPlace(motion, claims, ids.Consent!)).toEqual({ motionTitle: 'A state may secede', role: 'Aff contention', side: null, sideStance: 'pro' })
  })

  it('says what a response does to which claim, and the side it argues (an attack on an attack argues the first side)', () => {
    const { motion, claims, ids } = sample()
    expect(claimPlace(motion, claims, ids['Texas v. White']!)).toMatchObject({ role: 'Attacks “Consent”', side: 'Neg', sideStance: 'con' })
    expect(claimPlace(motion, claims, ids.Dicta!)).toMatchObject({ role: 'Attacks “Texas v. White”', side: 'Aff', sideStance: 'pro' })
  })

  it('is null for a claim not in the map', () => {
    const { motion, claims } = sample()
    expect(claimPlace(motion, claims, 'gone')).toBeNull()
  })
})
