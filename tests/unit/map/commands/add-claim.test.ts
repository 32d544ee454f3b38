import { describe, expect, it } from 'vitest'
import { addClaim } from '../../../../renderer/src/map/commands/add-claim'
import { lockedByPack, mapOf } from './fixtures'

describe('add-claim', () => {
  const { state, id } = mapOf(['Votes should count equally', '  -States matter'])

  it('asks for the claim where it was placed, its tag trimmed, and says what it added', () => {
    expect(addClaim.plan({ name: 'add-claim', parentId: id('States matter'), index: 0, stance: 'con', title: '  Equal protection ' }, state)).toEqual({
      request: { operation: 'claim.add', input: { motionId: state.motion.id, parentId: id('States matter'), index: 0, stance: 'con', title: 'Equal protection' } },
      label: 'Added “Equal protection”'
    })
  })

  it('adds last when no place is given, and nothing for an empty tag', () => {
    const plan = addClaim.plan({ name: 'add-claim', parentId: null, stance: 'pro', title: 'Swing states' }, state)
    expect(plan && 'request' in plan && plan.request.input).not.toHaveProperty('index')
    expect(addClaim.plan({ name: 'add-claim', parentId: null, stance: 'pro', title: '   ' }, state)).toBeNull()
  })

  it('refuses to answer a claim deleted while the add waited its turn', () => {
    expect(addClaim.plan({ name: 'add-claim', parentId: 'gone', stance: 'con', title: 'Late' }, state)).toEqual({ refused: expect.stringContaining('has been deleted') })
  })

  it('answers a locked pack claim: answering never changes it', () => {
    const locked = lockedByPack(state)
    expect(addClaim.plan({ name: 'add-claim', parentId: id('States matter'), stance: 'con', title: 'Mine' }, locked)).toHaveProperty('request')
  })
})
