import { describe, expect, it } from 'vitest'
import { renameClaim } from '../../../../renderer/src/map/commands/rename-claim'
import { lockedByPack, mapOf } from './fixtures'

describe('rename-claim', () => {
  const { state, id } = mapOf(['Votes should count equally'])
  const claimId = id('Votes should count equally')

  it('renames to the trimmed tag and says from what to what', () => {
    expect(renameClaim.plan({ name: 'rename-claim', claimId, title: ' One person, one vote ' }, state)).toEqual({
      request: { operation: 'claim.edit', input: { claimId, title: 'One person, one vote' } },
      label: 'Renamed “Votes should count equally” to “One person, one vote”'
    })
  })

  it('does nothing for the same tag, and keeps the old tag rather than save an empty one', () => {
    expect(renameClaim.plan({ name: 'rename-claim', claimId, title: 'Votes should count equally ' }, state)).toBeNull()
    expect(renameClaim.plan({ name: 'rename-claim', claimId, title: '  ' }, state)).toEqual({ refused: 'A claim needs a tag; the old one was kept.' })
  })

  it('refuses a locked pack claim, and a claim no longer there', () => {
    expect(renameClaim.plan({ name: 'rename-claim', claimId, title: 'Changed' }, lockedByPack(state))).toEqual({ refused: expect.stringContaining('cannot be renamed') })
    expect(renameClaim.plan({ name: 'rename-claim', claimId: 'gone', title: 'Changed' }, state)).toEqual({ refused: 'That claim is no longer in the map.' })
  })
})
