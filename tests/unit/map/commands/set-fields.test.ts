/** The commands that set one field of a claim: warrant, notes, tags, strength, stance. */
import { describe, expect, it } from 'vitest'
import { setNotes } from '../../../../renderer/src/map/commands/set-notes'
import { setStance } from '../../../../renderer/src/map/commands/set-stance'
import { setStrength } from '../../../../renderer/src/map/commands/set-strength'
import { parseTags, setTags } from '../../../../renderer/src/map/commands/set-tags'
import { setWarrant } from '../../../../renderer/src/map/commands/set-warrant'
import { lockedByPack, mapOf } from './fixtures'

const { state, id } = mapOf(['Votes should count equally', '  -States matter'])
const claimId = id('States matter')
const requestOf = (plan: ReturnType<typeof setWarrant.plan>) => (plan && 'request' in plan ? plan.request : plan)

describe('set-warrant and set-notes', () => {
  it('send the new text, and nothing when it is unchanged', () => {
    expect(requestOf(setWarrant.plan({ name: 'set-warrant', claimId, body: 'The Senate shows it' }, state))).toEqual({ operation: 'claim.edit', input: { claimId, body: 'The Senate shows it' } })
    expect(setWarrant.plan({ name: 'set-warrant', claimId, body: '' }, state)).toBeNull()
    expect(requestOf(setNotes.plan({ name: 'set-notes', claimId, notes: 'Ask for a card' }, state))).toEqual({ operation: 'claim.edit', input: { claimId, notes: 'Ask for a card' } })
    expect(setNotes.plan({ name: 'set-notes', claimId, notes: '' }, state)).toBeNull()
  })
})

describe('set-tags', () => {
  it('reads a typed line as trimmed tags without empties or repeats', () => {
    expect(parseTags(' economy, ,debt ,economy,Economy ')).toEqual(['economy', 'debt', 'Economy'])
    expect(requestOf(setTags.plan({ name: 'set-tags', claimId, text: 'economy, debt' }, state))).toEqual({ operation: 'claim.edit', input: { claimId, tags: ['economy', 'debt'] } })
    expect(setTags.plan({ name: 'set-tags', claimId, text: ' , ' }, state)).toBeNull()
  })
})

describe('set-strength', () => {
  it('rates and clears, and says so', () => {
    expect(setStrength.plan({ name: 'set-strength', claimId, strength: 2 }, state)).toMatchObject({ label: 'Rated “States matter” 2 of 5' })
    expect(setStrength.plan({ name: 'set-strength', claimId, strength: null }, state)).toBeNull()
  })
})

describe('set-stance', () => {
  it('flips whatever the stance is when its turn comes', () => {
    expect(requestOf(setStance.plan({ name: 'set-stance', claimId, stance: 'flip' }, state))).toEqual({ operation: 'claim.edit', input: { claimId, stance: 'pro' } })
    const flipped = { ...state, claims: state.claims.map((c) => (c.id === claimId ? { ...c, stance: 'pro' as const } : c)) }
    expect(requestOf(setStance.plan({ name: 'set-stance', claimId, stance: 'flip' }, flipped))).toEqual({ operation: 'claim.edit', input: { claimId, stance: 'con' } })
    expect(setStance.plan({ name: 'set-stance', claimId, stance: 'con' }, state)).toBeNull()
  })
})

it('every field command refuses a locked pack claim', () => {
  const locked = lockedByPack(state)
  for (const plan of [
    setWarrant.plan({ name: 'set-warrant', claimId, body: 'x' }, locked),
    setNotes.plan({ name: 'set-notes', claimId, notes: 'x' }, locked),
    setTags.plan({ name: 'set-tags', claimId, text: 'x' }, locked),
    setStrength.plan({ name: 'set-strength', claimId, strength: 5 }, locked),
    setStance.plan({ name: 'set-stance', claimId, stance: 'flip' }, locked)
  ]) {
    expect(plan).toEqual({ refused: expect.stringContaining('comes locked from its pack and cannot be changed') })
  }
})
