import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRESET_SEATING, seatPublicForum, sideOf, tossCoin, type PfSeating } from '../../../shared/practice/coin-toss'
import { PRESET_FORMATS } from '../../../shared/practice/formats'
import { seededRandom } from '../../../shared/practice/random'

const pf = PRESET_FORMATS.pf
const seatingArb = fc.record({ first: fc.constantFrom('A' as const, 'B' as const), teamASide: fc.constantFrom('pro' as const, 'con' as const) })
const firstSpeech = (seating: PfSeating) => seatPublicForum(pf, seating).speeches[0]!

describe('Public Forum’s coin toss', () => {
  it('lets either team speak first on either side', () => {
    expect(firstSpeech(PRESET_SEATING)).toMatchObject({ name: 'Team A Constructive', side: 'pro' })
    expect(firstSpeech({ first: 'A', teamASide: 'con' })).toMatchObject({ name: 'Team A Constructive', side: 'con' })
    expect(firstSpeech({ first: 'B', teamASide: 'con' })).toMatchObject({ name: 'Team B Constructive', side: 'pro' })
    expect(firstSpeech({ first: 'B', teamASide: 'pro' })).toMatchObject({ name: 'Team B Constructive', side: 'con' })
    const seated = seatPublicForum(pf, { first: 'B', teamASide: 'pro' })
    expect(seated.speeches.map((s) => `${s.name} (${s.side})`).slice(0, 3)).toEqual([
      'Team B Constructive (con)',
      'Team A Constructive (pro)',
      'Crossfire (first speakers) (both)'
    ])
  })

  it('keeps every speech’s time and kind, gives each team one side throughout, and the crossfires to both', () => {
    fc.assert(
      fc.property(seatingArb, (seating) => {
        const seated = seatPublicForum(pf, seating)
        expect(seated.speeches.map((s) => [s.seconds, s.kind])).toEqual(pf.speeches.map((s) => [s.seconds, s.kind]))
        for (const speech of seated.speeches) {
          const team = /Team ([AB])/.exec(speech.name)?.[1] as 'A' | 'B' | undefined
          expect(speech.side).toBe(team ? sideOf(seating, team) : 'both')
        }
        // The first speaker's team opens every pair of speeches.
        expect(seated.speeches.filter((s) => s.kind === 'speech').filter((_, i) => i % 2 === 0).every((s) => s.name.startsWith(`Team ${seating.first}`))).toBe(true)
      })
    )
  })

  it('is won by either team', () => {
    const random = seededRandom(7)
    const winners = new Set(Array.from({ length: 40 }, () => tossCoin(random)))
    expect(winners).toEqual(new Set(['A', 'B']))
  })
})
