import { describe, expect, it } from 'vitest'
import { findClaims } from '../../../shared/analysis/find'
import { sidesOf } from '../../../shared/analysis/sides'
import { findWeakSpots, weakSpotsBySide } from '../../../shared/analysis/weak-spots'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { addClaim, editClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import { generateLibrary } from '../../support/generate'
import { testEnv } from './fixtures'

/** pro "Economy" ← attacked by "Debt" ← attacked by "Growth"; con "No exit" (unanswered) */
function sample(): { library: Library; ids: Record<string, string> } {
  const env = testEnv()
  const created = createMotion(emptyLibrary(), { title: 'M' }, env)
  let library = created.library
  const ids: Record<string, string> = {}
  const add = (title: string, parent: string | null, stance: 'pro' | 'con') => {
    const change = addClaim(library, { motionId: created.result.id, parentId: parent ? ids[parent]! : null, stance, title }, env)
    library = change.library
    ids[title] = change.result.id
  }
  add('Economy', null, 'pro')
  add('Debt', 'Economy', 'con')
  add('Growth', 'Debt', 'con')
  add('No exit', null, 'con')
  library = editClaim(library, { claimId: ids.Growth!, strength: 2, tags: ['Economy'], body: 'GDP résumé' }, env).library
  return { library, ids }
}

describe('sides', () => {
  it('follows supports and attacks down the tree', () => {
    const { library, ids } = sample()
    const sides = sidesOf(library.claims)
    expect([sides.get(ids.Economy!), sides.get(ids.Debt!), sides.get(ids.Growth!), sides.get(ids['No exit']!)]).toEqual(['pro', 'con', 'pro', 'con'])
  })

  it('copes with a chain deeper than the call stack would allow', () => {
    const claims = generateLibrary(1).claims
    const chain = Array.from({ length: 20_000 }, (_, i) => ({ ...claims[0]!, id: `c${i}`, parentId: i === 0 ? null : `c${i - 1}`, order: 0, stance: 'con' as const }))
    expect(sidesOf(chain).get('c19999')).toBe('pro')
  })
})

describe('weak spots', () => {
  it('lists claims with no evidence, not attacked, or rated weak, and counts them per side', () => {
    const { library, ids } = sample()
    const weak = findWeakSpots(library.claims)
    expect(weak.byClaim.get(ids.Economy!)).toEqual(['no-evidence'])
    expect(weak.byClaim.get(ids.Growth!)).toEqual(['no-evidence', 'unanswered', 'marked-weak'])
    expect(weak.byClaim.get(ids['No exit']!)).toContain('unanswered')
    expect(weak.counts).toEqual({ pro: { claims: 2, weak: 2 }, con: { claims: 2, weak: 2 } })
  })

  it('groups weak spots by the side each claim argues, an attack on our contention under the other side', () => {
    const { library, ids } = sample()
    const groups = weakSpotsBySide(findWeakSpots(library.claims), ['marked-weak', 'no-evidence', 'unanswered'])
    expect(groups).toEqual([
      {
        side: 'pro',
        reasons: [
          { reason: 'marked-weak', ids: [ids.Growth] },
          { reason: 'no-evidence', ids: [ids.Economy, ids.Growth] },
          { reason: 'unanswered', ids: [ids.Growth] }
        ]
      },
      {
        side: 'con',
        reasons: [
          { reason: 'no-evidence', ids: [ids.Debt, ids['No exit']] },
          { reason: 'unanswered', ids: [ids['No exit']] }
        ]
      }
    ])
  })
})

describe('find', () => {
  it('matches words in any order, ignoring case and accents, and keeps ancestors visible', () => {
    const { library, ids } = sample()
    const result = findClaims(library.claims, 'resume gdp')
    expect(result.matches).toEqual([ids.Growth])
    expect(result.visible).toEqual(new Set([ids.Growth, ids.Debt, ids.Economy]))
  })

  it('finds by tag with #, and lists matches in tree order', () => {
    const { library, ids } = sample()
    expect(findClaims(library.claims, '#econ').matches).toEqual([ids.Growth])
    expect(findClaims(library.claims, 'e').matches).toEqual([ids.Economy, ids.Debt, ids.Growth, ids['No exit']])
    expect(findClaims(library.claims, '   ').matches).toEqual([])
  })
})
