import { describe, expect, it } from 'vitest'
import { emptyLibrary } from '../../../shared/model/library'
import { addClaim, editClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import { createQuote } from '../../../shared/operations/quotes'
import { LibrarySearch, snippet } from '../../../shared/search/library-search'
import { testEnv } from './fixtures'

function sample() {
  const env = testEnv()
  const motion = createMotion(emptyLibrary(), { title: 'M' }, env)
  const claim = addClaim(motion.library, { motionId: motion.result.id, parentId: null, stance: 'pro', title: 'Perpetual Union' }, env)
  const card = createQuote(claim.library, { sourceId: 'texas-v-white', unitId: 'p726', range: { start: 0, end: 40 }, tag: 'No unilateral exit' }, env)
  return { env, library: card.library, claimId: claim.result.id, motionId: motion.result.id, quoteId: card.result.id }
}

describe('library search', () => {
  it('finds bundled clauses, cards and claims, by prefix and with a typo', () => {
    const { library, claimId, motionId, quoteId } = sample()
    const search = new LibrarySearch()
    search.sync(library)
    const admitted = search.query('new states admitted')
    expect(admitted[0]).toMatchObject({ kind: 'unit', refId: 'us-const', unitId: 'art4-sec3-cl1' })
    expect(search.query('perpet')[0]).toMatchObject({ kind: 'claim', refId: claimId, motionId })
    expect(search.query('unilatral')[0]).toMatchObject({ kind: 'quote', refId: quoteId })
  })

  it('follows edits and deletes without rebuilding', () => {
    const { env, library, claimId } = sample()
    const search = new LibrarySearch()
    search.sync(library)
    const edited = editClaim(library, { claimId, title: 'Indivisible nation' }, env).library
    search.sync(edited)
    expect(search.query('perpetual').some((h) => h.refId === claimId)).toBe(false)
    expect(search.query('indivisible')[0]?.refId).toBe(claimId)
    search.sync({ ...edited, claims: [] })
    expect(search.query('indivisible')).toEqual([])
  })

  it('marks whole words or their beginnings, never letters inside a word', () => {
    expect(snippet('Tax the export', ['x']).filter((p) => p.match)).toEqual([])
    expect(snippet('Taxes and tax', ['tax']).filter((p) => p.match).map((p) => p.text)).toEqual(['Tax', 'tax'])
  })

  it('marks the matched words in a snippet around the first match', () => {
    const parts = snippet('The Union is perpetual and indissoluble', ['perpetual'])
    expect(parts).toEqual([
      { text: 'The Union is ', match: false },
      { text: 'perpetual', match: true },
      { text: ' and indissoluble', match: false }
    ])
  })
})
