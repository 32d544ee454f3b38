import { describe, expect, it } from 'vitest'
import { moveClaim } from '../../../../renderer/src/map/commands/move-claim'
import { lockedByPack, mapOf } from './fixtures'

describe('move-claim', () => {
  const { state, id } = mapOf(['Votes should count equally', 'Swing states decide', '  -Every state is a swing state sometimes', '  -Turnout'])

  it('indents to answer the sibling above, outdents to follow the parent', () => {
    expect(moveClaim.plan({ name: 'move-claim', claimId: id('Swing states decide'), how: 'indent' }, state)).toEqual({
      request: { operation: 'claim.move', input: { claimId: id('Swing states decide'), parentId: id('Votes should count equally'), index: 0 } },
      label: 'Indented “Swing states decide”'
    })
    expect(moveClaim.plan({ name: 'move-claim', claimId: id('Turnout'), how: 'outdent' }, state)).toMatchObject({
      request: { input: { parentId: null, index: 2 } },
      label: 'Outdented “Turnout”'
    })
  })

  it('does nothing past either end, and never drops a claim into its own responses', () => {
    expect(moveClaim.plan({ name: 'move-claim', claimId: id('Votes should count equally'), how: 'indent' }, state)).toBeNull()
    expect(moveClaim.plan({ name: 'move-claim', claimId: id('Turnout'), how: 'down' }, state)).toBeNull()
    expect(moveClaim.plan({ name: 'move-claim', claimId: id('Swing states decide'), how: 'drop', ontoId: id('Turnout'), zone: 'inside' }, state)).toBeNull()
  })

  it('lets a locked pack claim step among its siblings, never change the claim it answers', () => {
    const locked = lockedByPack(state)
    expect(moveClaim.plan({ name: 'move-claim', claimId: id('Turnout'), how: 'up' }, locked)).toMatchObject({ label: 'Moved “Turnout” up' })
    expect(moveClaim.plan({ name: 'move-claim', claimId: id('Turnout'), how: 'outdent' }, locked)).toEqual({ refused: expect.stringContaining('cannot be moved') })
    expect(moveClaim.plan({ name: 'move-claim', claimId: id('Votes should count equally'), how: 'drop', ontoId: id('Turnout'), zone: 'inside' }, locked)).toEqual({
      refused: expect.stringContaining('cannot be moved')
    })
  })
})
