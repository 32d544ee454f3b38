import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/contract'
import { seededRandom } from '../../../shared/practice/random'
import { answerToClaimInput, answersTo, pickClaimToAnswer, rebuttalTargets } from '../../../shared/practice/rebuttal'
import { claim, record } from './fixtures'

/**
 * pro "Jobs" ← con "Automation" (con side) ← con "Retraining" (pro side)
 * con "Cost" (unanswered), con "Risk" ← con "Insurance", con "Bonds" (answered twice)
 * pro "Jobs" ← pro "Wages" ← con "Inflation" (con side, deep)
 */
const claims = [
  claim('jobs', null, 'pro'),
  claim('automation', 'jobs', 'con'),
  claim('retraining', 'automation', 'con'),
  claim('cost', null, 'con', { order: 1 }),
  claim('risk', null, 'con', { order: 2 }),
  claim('bonds', 'risk', 'con', { order: 1 }),
  claim('insurance', 'risk', 'con', { order: 0 }),
  claim('wages', 'jobs', 'pro', { order: 1 }),
  claim('inflation', 'wages', 'con')
]
const rated = (claimId: string, rating: number, day = 1) =>
  record(`r-${claimId}-${day}`, { kind: 'rebuttal', claimId, rating, startedAt: `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z` })

describe('choosing a claim to answer', () => {
  it('offers every claim arguing the other side, responses deep in the map included', () => {
    const ids = rebuttalTargets(claims, 'pro', []).map((t) => t.claim.id)
    expect(ids.sort()).toEqual(['automation', 'cost', 'inflation', 'risk'])
    expect(rebuttalTargets(claims, 'con', []).map((t) => t.claim.id).sort()).toEqual(['bonds', 'insurance', 'jobs', 'retraining', 'wages'])
  })

  it('weighs claims with no answer in the map above ones already answered', () => {
    const byId = new Map(rebuttalTargets(claims, 'pro', []).map((t) => [t.claim.id, t]))
    expect(byId.get('cost')).toMatchObject({ answers: 0, recentRating: null })
    expect(byId.get('risk')).toMatchObject({ answers: 2 })
    expect(byId.get('automation')).toMatchObject({ answers: 1 })
    expect(byId.get('cost')!.weight).toBeGreaterThan(byId.get('automation')!.weight)
    expect(byId.get('automation')!.weight).toBeGreaterThan(byId.get('risk')!.weight)
  })

  it('weighs claims the user rated their answers low above ones rated high, counting the latest three drills', () => {
    const records = [rated('cost', 5, 1), rated('cost', 1, 2), rated('cost', 1, 3), rated('cost', 1, 4), rated('inflation', 5, 2)]
    const byId = new Map(rebuttalTargets(claims, 'pro', records).map((t) => [t.claim.id, t]))
    expect(byId.get('cost')!.recentRating).toBe(1)
    expect(byId.get('inflation')!.recentRating).toBe(5)
    expect(byId.get('cost')!.weight).toBeGreaterThan(byId.get('inflation')!.weight)
  })

  it('ignores drills of other kinds and unrated ones', () => {
    const records = [record('t', { kind: 'timer', claimId: 'cost', rating: 1 }), record('u', { kind: 'rebuttal', claimId: 'cost', rating: null })]
    expect(rebuttalTargets(claims, 'pro', records).find((t) => t.claim.id === 'cost')!.recentRating).toBeNull()
  })

  it('picks the same claim for the same random sequence', () => {
    const pick = () => pickClaimToAnswer({ claims, userSide: 'pro', records: [], random: seededRandom(42) })
    expect(pick()).toEqual(pick())
  })

  it('over many drills, picks the weakest claims most often', () => {
    const random = seededRandom(7)
    const counts = new Map<string, number>()
    for (let i = 0; i < 2000; i++) {
      const result = pickClaimToAnswer({ claims, userSide: 'pro', records: [rated('risk', 5)], random })
      if (result.ok) counts.set(result.target.claim.id, (counts.get(result.target.claim.id) ?? 0) + 1)
    }
    expect(counts.get('cost')!).toBeGreaterThan(counts.get('automation')!)
    expect(counts.get('automation')!).toBeGreaterThan(counts.get('risk')!)
  })

  it('copes with a random source at its edges', () => {
    expect(pickClaimToAnswer({ claims, userSide: 'pro', records: [], random: () => 0 })).toMatchObject({ ok: true, target: { claim: { id: 'automation' } } })
    expect(pickClaimToAnswer({ claims, userSide: 'pro', records: [], random: () => 1 })).toMatchObject({ ok: true, target: { claim: { id: 'inflation' } } })
  })

  it('does not ask the same claim twice in a row when there is another', () => {
    const alone = [claim('jobs', null, 'pro'), claim('cost', null, 'con')]
    expect(pickClaimToAnswer({ claims, userSide: 'pro', records: [], random: () => 0, avoidClaimId: 'automation' })).toMatchObject({
      target: { claim: { id: 'cost' } }
    })
    expect(pickClaimToAnswer({ claims: alone, userSide: 'pro', records: [], random: () => 0, avoidClaimId: 'cost' })).toMatchObject({
      target: { claim: { id: 'cost' } }
    })
  })

  it('says plainly when the other side has no claims, in the motion’s own side names', () => {
    const onlyPro = [claim('jobs', null, 'pro'), claim('wages', 'jobs', 'pro')]
    expect(pickClaimToAnswer({ claims: onlyPro, userSide: 'pro', records: [], random: Math.random, sideLabels: { pro: 'Aff', con: 'Neg' } })).toEqual({
      ok: false,
      message: 'This motion has no claims on the Neg side to answer. Add some, or practise the other side.'
    })
    expect(pickClaimToAnswer({ claims: [], userSide: 'con', records: [], random: Math.random })).toMatchObject({
      ok: false,
      message: expect.stringContaining('no claims on the pro side')
    })
  })
})

describe('the answers already in the map', () => {
  it('are the attacking responses beneath the claim, in map order', () => {
    expect(answersTo(claims, 'risk').map((c) => c.id)).toEqual(['insurance', 'bonds'])
    expect(answersTo(claims, 'jobs').map((c) => c.id)).toEqual(['automation'])
  })
})

describe('saving a typed answer into the map', () => {
  const input = contract['claim.add'].input

  it('makes a response attacking the claim: the first line is the tag, the rest the body', () => {
    const result = answerToClaimInput('m', 'cost', 'Costs fall with scale\nSee the 2024 study.\n  Second point, indented.')
    expect(result).toEqual({
      ok: true,
      input: { motionId: 'm', parentId: 'cost', stance: 'con', title: 'Costs fall with scale', body: 'See the 2024 study.\n  Second point, indented.' }
    })
    if (result.ok) expect(input.safeParse(result.input).success).toBe(true)
  })

  it('skips blank lines before the answer, drops a list bullet from the tag, and reads Windows line ends', () => {
    const result = answerToClaimInput('m', 'cost', '\r\n  \r\n- Costs fall\r\n\r\n- with scale\r\n\r\n')
    expect(result).toMatchObject({ ok: true, input: { title: 'Costs fall', body: '- with scale' } })
  })

  it('refuses an empty answer with a message', () => {
    expect(answerToClaimInput('m', 'cost', ' \n\t\n')).toEqual({ ok: false, message: 'Type an answer before saving it to the map.' })
  })

  it('shortens a first line too long for a tag, keeping every word of it in the body', () => {
    const long = `${'word '.repeat(100)}end`
    const result = answerToClaimInput('m', 'cost', `${long}\nmore`)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.input.title.length).toBeLessThanOrEqual(300)
    expect(result.input.title.endsWith('…')).toBe(true)
    expect(result.input.body).toBe(`${long}\nmore`)
    expect(input.safeParse(result.input).success).toBe(true)
  })

  it('refuses an answer too long to store rather than cutting it', () => {
    const result = answerToClaimInput('m', 'cost', `Tag\n${'x'.repeat(20_001)}`)
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('too long') })
  })
})
