import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PracticeRecordSchema } from '../../../shared/model/practice'
import { cardQuestion, checkChoice, evidenceSessionRecord, pinpointMatches, sourceQuestion } from '../../../shared/practice/evidence-drill'
import { seededRandom, shuffle } from '../../../shared/practice/random'
import { claim, quote, source } from './fixtures'

const sources = [
  source('const', 'U.S. Constitution'),
  source('white', 'Texas v. White'),
  source('cal', 'California Constitution'),
  source('poll', 'Gallup poll')
]
const quotes = [
  quote('q-admit', 'const', 'art. IV, § 3, cl. 1', 'New States may be admitted by the Congress into this Union'),
  quote('q-guarantee', 'const', 'art. IV, § 4', 'The United States shall guarantee to every State'),
  quote('q-white', 'white', '74 U.S. at 725', 'an indestructible Union, composed of indestructible States'),
  quote('q-cal', 'cal', 'art. III, § 1', 'The State of California is an inseparable part of the United States'),
  quote('q-poll', 'poll', 'p. 2', 'Most respondents opposed the idea')
]

describe('name the source and pinpoint', () => {
  it('asks about the quote, with its own source and pinpoint among options from other sources', () => {
    const result = sourceQuestion(quotes[2]!, quotes, sources, seededRandom(1))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { question } = result
    expect(question.prompt).toBe('an indestructible Union, composed of indestructible States')
    expect(question.options).toHaveLength(4)
    const right = question.options.filter((o) => o.id === question.answerId)
    expect(right).toEqual([{ id: 'q-white', sourceId: 'white', sourceTitle: 'Texas v. White', pinpoint: '74 U.S. at 725', cite: 'Texas v. White, 74 U.S. at 725' }])
    expect(question.options.filter((o) => o.sourceId === 'white')).toHaveLength(1)
    expect(new Set(question.options.map((o) => `${o.sourceId} ${o.pinpoint}`)).size).toBe(4)
  })

  it('names each option as a debater cites it, author and two-digit year then pinpoint, never “no pinpoint”', () => {
    const patman = { ...source('patman', 'Ending the Union'), authors: [{ family: 'Patman', given: 'Ann' }], date: '2025-03-01' }
    const cards = [quote('q-p', 'patman', 'p. 4'), quote('q-p2', 'patman', ''), quotes[2]!]
    const result = sourceQuestion(cards[0]!, cards, [patman, ...sources.slice(1, 2)], seededRandom(3))
    if (!result.ok) throw new Error(result.message)
    expect(result.question.options.map((o) => o.cite).sort()).toEqual(['Patman 25', 'Patman 25, p. 4', 'Texas v. White, 74 U.S. at 725'])
  })

  it('gives the same question for the same random sequence, and varies the position of the right answer', () => {
    const ask = (seed: number) => sourceQuestion(quotes[0]!, quotes, sources, seededRandom(seed))
    expect(ask(5)).toEqual(ask(5))
    const positions = new Set(
      Array.from({ length: 20 }, (_, seed) => {
        const r = ask(seed)
        return r.ok ? r.question.options.findIndex((o) => o.id === r.question.answerId) : -1
      })
    )
    expect(positions.size).toBeGreaterThan(1)
  })

  it('checks the answer chosen', () => {
    const result = sourceQuestion(quotes[3]!, quotes, sources, seededRandom(3))
    if (!result.ok) throw new Error(result.message)
    expect(checkChoice(result.question, 'q-cal')).toEqual({ correct: true, answerId: 'q-cal' })
    const wrong = result.question.options.find((o) => o.id !== 'q-cal')!
    expect(checkChoice(result.question, wrong.id)).toEqual({ correct: false, answerId: 'q-cal' })
  })

  it('with one source, offers its other pinpoints; with a lone card, says what the drill needs', () => {
    const oneSource = quotes.slice(0, 2)
    const result = sourceQuestion(oneSource[0]!, oneSource, sources.slice(0, 1), seededRandom(1))
    expect(result).toMatchObject({ ok: true, question: { options: expect.any(Array) } })
    if (result.ok) expect(result.question.options.map((o) => o.pinpoint).sort()).toEqual(['art. IV, § 3, cl. 1', 'art. IV, § 4'])
    expect(sourceQuestion(quotes[0]!, [quotes[0]!], sources.slice(0, 1), seededRandom(1))).toEqual({
      ok: false,
      message: 'This drill needs cards from at least two sources, or two pinpoints in one.'
    })
  })

  it('never offers the same source and pinpoint twice, even written differently', () => {
    const twins = [quotes[1]!, quote('q-twin', 'const', 'Art IV §4', 'other words'), quotes[4]!]
    const result = sourceQuestion(quotes[1]!, twins, sources, seededRandom(2))
    if (!result.ok) throw new Error(result.message)
    expect(result.question.options.map((o) => o.id)).not.toContain('q-twin')
  })

  it('refuses a card whose source is gone', () => {
    expect(sourceQuestion(quote('q-x', 'missing', 'p. 1'), quotes, sources, seededRandom(1))).toMatchObject({ ok: false })
  })

  it('always has exactly one right option and no repeats, whatever the cards', () => {
    const card = fc.tuple(fc.constantFrom('const', 'white', 'cal', 'poll'), fc.constantFrom('p. 1', 'p. 2', 'P 2', '§ 3'))
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 12 }), fc.integer(), (cards, seed) => {
        const pool = cards.map(([s, p], i) => quote(`c${i}`, s, p))
        const result = sourceQuestion(pool[0]!, pool, sources, seededRandom(seed))
        if (!result.ok) return
        const ids = result.question.options.map((o) => o.id)
        expect(new Set(ids).size).toBe(ids.length)
        expect(ids.filter((id) => id === result.question.answerId)).toHaveLength(1)
        expect(ids.length).toBeLessThanOrEqual(4)
      })
    )
  })
})

describe('pick the card that backs the claim', () => {
  const union = claim('union', null, 'con', { title: 'The Union is permanent', evidence: ['q-white', 'q-cal'] })

  it('offers one of the claim’s cards among cards that back nothing in it', () => {
    const result = cardQuestion(union, quotes, seededRandom(9))
    if (!result.ok) throw new Error(result.message)
    const { question } = result
    expect(question.prompt).toBe('The Union is permanent')
    expect(['q-white', 'q-cal']).toContain(question.answerId)
    expect(question.options.filter((o) => union.evidence.includes(o.id))).toHaveLength(1)
    expect(question.options).toHaveLength(4)
    expect(checkChoice(question, question.answerId).correct).toBe(true)
  })

  it('says why it cannot ask: a claim without cards, or no other cards to choose from', () => {
    expect(cardQuestion(claim('bare', null, 'pro', { title: 'Bare' }), quotes, seededRandom(1))).toEqual({
      ok: false,
      message: '“Bare” has no evidence cards to drill.'
    })
    expect(cardQuestion(union, quotes.filter((q) => union.evidence.includes(q.id)), seededRandom(1))).toMatchObject({ ok: false })
  })

  it('leaves out a card with the very same words as the right one', () => {
    const copy = quote('q-copy', 'poll', 'p. 9', quotes[2]!.text)
    const result = cardQuestion(claim('c', null, 'pro', { evidence: ['q-white'] }), [quotes[2]!, copy, quotes[4]!], seededRandom(1))
    if (!result.ok) throw new Error(result.message)
    expect(result.question.options.map((o) => o.id).sort()).toEqual(['q-poll', 'q-white'])
  })
})

describe('typed pinpoints', () => {
  it('match whatever the spacing, case and punctuation', () => {
    expect(pinpointMatches('Art IV §3 cl 1', 'art. IV, § 3, cl. 1')).toBe(true)
    expect(pinpointMatches('art. IV, § 4', 'art. IV, § 3, cl. 1')).toBe(false)
    expect(pinpointMatches('', '')).toBe(false)
  })
})

describe('shuffle', () => {
  it('keeps every item exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        expect(shuffle(items, seededRandom(seed)).sort()).toEqual([...items].sort())
      })
    )
  })
})

describe('recording an evidence drill', () => {
  const start = Date.parse('2026-03-02T10:00:00Z')
  it('records a finished drill with its score (a card that could not be asked is no stop), and one left part-way as stopped, since its answers changed the schedule', () => {
    const done = evidenceSessionRecord({ startedAt: start, planned: 5, asked: 4, correct: 3, finished: true }, start + 90_000)
    expect(done).toMatchObject({ kind: 'evidence', notes: '', durationSeconds: 90, score: { correct: 3, total: 4 }, startedAt: '2026-03-02T10:00:00.000Z' })
    const partial = evidenceSessionRecord({ startedAt: start, planned: 10, asked: 3, correct: 1, finished: false }, start + 40_000)
    expect(partial).toMatchObject({ notes: 'Stopped after 3 of 10 cards', score: { correct: 1, total: 3 } })
    expect(PracticeRecordSchema.omit({ id: true }).safeParse(partial).success).toBe(true)
  })

  it('records nothing when no card was answered', () => {
    expect(evidenceSessionRecord({ startedAt: start, planned: 10, asked: 0, correct: 0, finished: false }, start + 5_000)).toBeNull()
  })
})
