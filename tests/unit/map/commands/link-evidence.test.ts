import { describe, expect, it } from 'vitest'
import { linkEvidence } from '../../../../renderer/src/map/commands/link-evidence'
import { lockedByPack, mapOf } from './fixtures'

describe('link-evidence', () => {
  const { state, id } = mapOf(['Votes should count equally'])
  const claimId = id('Votes should count equally')
  const withCard = { ...state, claims: state.claims.map((c) => ({ ...c, evidence: ['q1'] })) }

  it('links a card not yet linked, unlinks one that is, and does nothing otherwise', () => {
    expect(linkEvidence.plan({ name: 'link-evidence', claimId, quoteId: 'q1', linked: true }, state)).toEqual({
      request: { operation: 'claim.link', input: { claimId, quoteId: 'q1', linked: true } },
      label: 'Linked a card to “Votes should count equally”'
    })
    expect(linkEvidence.plan({ name: 'link-evidence', claimId, quoteId: 'q1', linked: true }, withCard)).toBeNull()
    expect(linkEvidence.plan({ name: 'link-evidence', claimId, quoteId: 'q1', linked: false }, withCard)).toMatchObject({ label: 'Unlinked a card from “Votes should count equally”' })
  })

  it('refuses a locked pack claim', () => {
    expect(linkEvidence.plan({ name: 'link-evidence', claimId, quoteId: 'q1', linked: true }, lockedByPack(state))).toEqual({ refused: expect.stringContaining('cannot have its evidence changed') })
  })
})
