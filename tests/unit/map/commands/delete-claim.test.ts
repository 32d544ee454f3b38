import { describe, expect, it } from 'vitest'
import { deleteClaim, responsesBeneath, selectionAfterDelete } from '../../../../renderer/src/map/commands/delete-claim'
import { lockedByPack, mapOf } from './fixtures'

describe('delete-claim', () => {
  const { state, id } = mapOf(['Votes should count equally', '  -States matter', '    Equal protection', '  -Small states', 'Swing states decide'])

  it('says how many responses go with the claim', () => {
    expect(deleteClaim.plan({ name: 'delete-claim', claimId: id('Votes should count equally') }, state)).toEqual({
      request: { operation: 'claim.delete', input: { claimId: id('Votes should count equally') } },
      label: 'Deleted “Votes should count equally” and 3 responses'
    })
    expect(deleteClaim.plan({ name: 'delete-claim', claimId: id('States matter') }, state)).toMatchObject({ label: 'Deleted “States matter” and 1 response' })
    expect(deleteClaim.plan({ name: 'delete-claim', claimId: id('Small states') }, state)).toMatchObject({ label: 'Deleted “Small states”' })
    expect(responsesBeneath(state.claims, id('Swing states decide'))).toBe(0)
  })

  it('selects the sibling below next, else the one above, else the claim answered', () => {
    expect(selectionAfterDelete(state.claims, id('Votes should count equally'))).toBe(id('Swing states decide'))
    expect(selectionAfterDelete(state.claims, id('Small states'))).toBe(id('States matter'))
    expect(selectionAfterDelete(state.claims, id('Equal protection'))).toBe(id('States matter'))
  })

  it('refuses a locked pack claim', () => {
    expect(deleteClaim.plan({ name: 'delete-claim', claimId: id('Small states') }, lockedByPack(state))).toEqual({
      refused: expect.stringContaining('“Small states” comes locked from its pack and cannot be deleted')
    })
  })
})
