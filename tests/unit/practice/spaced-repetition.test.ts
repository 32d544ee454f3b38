import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CardReviewSchema, type CardReview } from '../../../shared/model/practice'
import { GRADES, dueQuoteIds, isDue, newCardReview, review, type Grade } from '../../../shared/practice/spaced-repetition'

const DAY = 86_400_000
const START = Date.UTC(2026, 0, 1)
const iso = (ms: number) => new Date(ms).toISOString()

const grade = fc.constantFrom<Grade>(0, 1, 2, 3, 4, 5)
const passing = fc.constantFrom<Grade>(3, 4, 5)
/** A review session: a grade and how many days after the card was due it happened (early or late). */
const answer = fc.record({ grade, daysLate: fc.integer({ min: -3, max: 400 }) })

/** Runs a card through answers, each given on its due day give or take; returns every state. */
function history(answers: { grade: Grade; daysLate: number }[]): { state: CardReview; now: number }[] {
  let state = newCardReview('q1', iso(START))
  const out: { state: CardReview; now: number }[] = []
  for (const a of answers) {
    const now = Math.max(START, Date.parse(state.due) + a.daysLate * DAY)
    state = review(state, a.grade, iso(now))
    out.push({ state, now })
  }
  return out
}

describe('SM-2 scheduling (properties)', () => {
  it('ease never falls below 1.3, whatever the answers', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 60 }), (answers) => {
        for (const { state } of history(answers)) expect(state.ease).toBeGreaterThanOrEqual(1.3)
      })
    )
  })

  it('the next review is always after the moment of answering', () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 60 }), (answers) => {
        for (const { state, now } of history(answers)) expect(Date.parse(state.due)).toBeGreaterThan(now)
      })
    )
  })

  it('successive correct answers never shorten the gap', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 20 }), fc.array(passing, { minLength: 2, maxLength: 30 }), (before, correct) => {
        const states = history([...before, ...correct.map((g) => ({ grade: g, daysLate: 0 }))]).slice(before.length)
        for (let i = 1; i < states.length; i++) {
          expect(states[i]!.state.intervalDays).toBeGreaterThanOrEqual(states[i - 1]!.state.intervalDays)
        }
      })
    )
  })

  it('a failed answer starts the card again: no repetitions, back tomorrow', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 30 }), fc.constantFrom<Grade>(0, 1, 2), (before, failed) => {
        const states = history([...before, { grade: failed, daysLate: 0 }])
        const last = states.at(-1)!
        expect(last.state.repetitions).toBe(0)
        expect(last.state.intervalDays).toBe(1)
        expect(Date.parse(last.state.due)).toBe(last.now + DAY)
      })
    )
  })

  it('is deterministic: the same card, grade and time give the same schedule', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 20 }), grade, fc.integer({ min: 0, max: 3650 }), (before, g, day) => {
        const card = history(before).at(-1)?.state ?? newCardReview('q1', iso(START))
        const now = iso(START + day * DAY)
        expect(review(card, g, now)).toEqual(review(structuredClone(card), g, now))
      })
    )
  })

  it('every schedule it produces is one the store accepts', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 40 }), (answers) => {
        for (const { state } of history(answers)) expect(CardReviewSchema.safeParse(state).success).toBe(true)
      })
    )
  })
})

describe('SM-2 scheduling (examples)', () => {
  it('a card answered "good" comes back after 1, 6, then 15 days', () => {
    const gaps = history([4, 4, 4].map((g) => ({ grade: g as Grade, daysLate: 0 }))).map(({ state }) => state.intervalDays)
    expect(gaps).toEqual([1, 6, 15])
  })

  it('"easy" raises the ease and "hard" lowers it', () => {
    const card = newCardReview('q1', iso(START))
    expect(review(card, GRADES.easy, iso(START)).ease).toBe(2.6)
    expect(review(card, GRADES.hard, iso(START)).ease).toBe(2.36)
  })

  it('counts a lapse when a learnt card is forgotten, not when a new card is missed', () => {
    const missedNew = review(newCardReview('q1', iso(START)), GRADES.again, iso(START))
    expect(missedNew.lapses).toBe(0)
    const learnt = history([{ grade: 4, daysLate: 0 }, { grade: 4, daysLate: 0 }]).at(-1)!
    expect(review(learnt.state, GRADES.again, iso(learnt.now)).lapses).toBe(1)
  })

  it('refuses a grade outside 0–5 and a time that is not a time', () => {
    const card = newCardReview('q1', iso(START))
    expect(() => review(card, 6 as Grade, iso(START))).toThrow(/0 to 5/)
    expect(() => review(card, 4, 'next Tuesday')).toThrow(/Not a time/)
  })
})

describe('which cards are due', () => {
  it('lists new cards and overdue ones, most overdue first, and leaves the rest for later', () => {
    const now = iso(START + 10 * DAY)
    const reviews: CardReview[] = [
      { ...newCardReview('late', iso(START)), due: iso(START + 2 * DAY) },
      { ...newCardReview('later', iso(START)), due: iso(START + 5 * DAY) },
      { ...newCardReview('future', iso(START)), due: iso(START + 20 * DAY) }
    ]
    expect(dueQuoteIds(['future', 'later', 'fresh', 'late'], reviews, now)).toEqual(['fresh', 'late', 'later'])
    expect(dueQuoteIds(['future', 'later', 'fresh', 'late'], reviews, now, 2)).toEqual(['fresh', 'late'])
    expect(isDue(reviews[2]!, now)).toBe(false)
  })
})
