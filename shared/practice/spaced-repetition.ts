/**
 * SM-2 spaced repetition for evidence cards (Wozniak's SuperMemo 2 algorithm): a card
 * answered well comes back after 1 day, then 6, then each gap times its ease; a card
 * forgotten starts again at 1 day. Pure and deterministic: the time is given, never read.
 */
import type { CardReview } from '../model/practice'
import { MAX_INTERVAL_DAYS } from './limits'

/** SM-2's grades: 0–2 forgotten, 3 recalled with difficulty, 4 after hesitation, 5 perfectly. */
export type Grade = 0 | 1 | 2 | 3 | 4 | 5

/** The four buttons a review shows, as SM-2 grades. */
export const GRADES = { again: 1, hard: 3, good: 4, easy: 5 } as const satisfies Record<string, Grade>

export const INITIAL_EASE = 2.5
export const MIN_EASE = 1.3
/** Grades from this one up count as remembered. */
export const PASSING_GRADE = 3

const DAY_MS = 86_400_000

/** A card never reviewed: due at once. */
export function newCardReview(quoteId: string, now: string): CardReview {
  return { quoteId, ease: INITIAL_EASE, intervalDays: 0, repetitions: 0, lapses: 0, due: now, lastReviewedAt: null }
}

/** The card's schedule after answering it with `grade` at `now` (an ISO timestamp). */
export function review(state: CardReview, grade: Grade, now: string): CardReview {
  const nowMs = Date.parse(now)
  if (Number.isNaN(nowMs)) throw new Error(`Not a time: "${now}"`)
  if (!Number.isInteger(grade) || grade < 0 || grade > 5) throw new Error(`A grade is a whole number from 0 to 5, not ${grade}`)
  const passed = grade >= PASSING_GRADE
  const repetitions = passed ? state.repetitions + 1 : 0
  const intervalDays = Math.min(MAX_INTERVAL_DAYS, passed ? nextInterval(state, repetitions) : 1)
  return {
    quoteId: state.quoteId,
    ease: nextEase(state.ease, grade),
    intervalDays,
    repetitions,
    lapses: !passed && state.repetitions > 0 ? state.lapses + 1 : state.lapses,
    due: new Date(nowMs + intervalDays * DAY_MS).toISOString(),
    lastReviewedAt: new Date(nowMs).toISOString()
  }
}

function nextInterval(state: CardReview, repetitions: number): number {
  if (repetitions === 1) return 1
  if (repetitions === 2) return 6
  // Never shorter than the last gap (nor than a day), whatever rounding or a hand-edited file gives.
  return Math.max(1, state.intervalDays, Math.round(state.intervalDays * state.ease))
}

/**
 * SM-2's ease update, applied after every answer as most implementations do, and kept at or
 * above 1.3 so a hard card still comes back less often each time it is remembered.
 */
function nextEase(ease: number, grade: Grade): number {
  const miss = 5 - grade
  const next = ease + (0.1 - miss * (0.08 + miss * 0.02))
  // Round away float noise so saved schedules compare equal.
  return Math.max(MIN_EASE, Math.round(next * 1000) / 1000)
}

export function isDue(state: CardReview, now: string): boolean {
  return Date.parse(state.due) <= Date.parse(now)
}

/**
 * The cards to review now, most overdue first; a card with no schedule yet is new and due.
 * `limit` keeps a session short.
 */
export function dueQuoteIds(quoteIds: readonly string[], reviews: readonly CardReview[], now: string, limit = Infinity): string[] {
  const byQuote = new Map(reviews.map((r) => [r.quoteId, r]))
  const nowMs = Date.parse(now)
  const due = quoteIds
    .map((id, order) => ({ id, order, dueMs: byQuote.has(id) ? Date.parse(byQuote.get(id)!.due) : -Infinity }))
    .filter((card) => card.dueMs <= nowMs)
  due.sort((a, b) => a.dueMs - b.dueMs || a.order - b.order)
  return due.slice(0, limit).map((card) => card.id)
}
