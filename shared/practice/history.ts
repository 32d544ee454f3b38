/**
 * Summaries of practice history for the progress view: minutes per ISO week, drill results
 * per week, and the claims the user answers least well. Plain data for charts; no zod here
 * (validation.ts checks records read from a file).
 */
import type { PracticeRecord } from '../model/practice'

const DAY_MS = 86_400_000
const WEEK_MS = 7 * DAY_MS
/** The longest stretch of weeks a chart is given: ten years, newest kept. */
export const MAX_CHART_WEEKS = 520

export interface WeekOptions {
  /**
   * The user's offset from UTC in minutes (east positive, e.g. 60 for CET), so a session late
   * on a Sunday evening counts in that week. Timestamps are stored in UTC. Default 0.
   */
  offsetMinutes?: number
}

/** The ISO 8601 week of a moment, as "2026-W01" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(timestamp: string | number, offsetMinutes = 0): string {
  const { year, week } = isoWeekParts(toLocalMs(timestamp, offsetMinutes))
  return `${year}-W${String(week).padStart(2, '0')}`
}

function toLocalMs(timestamp: string | number, offsetMinutes: number): number {
  const ms = typeof timestamp === 'number' ? timestamp : Date.parse(timestamp)
  return ms + offsetMinutes * 60_000
}

function isoWeekParts(localMs: number): { year: number; week: number } {
  const day = new Date(localMs)
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())
  const weekday = (day.getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const thursday = new Date(midnight + (3 - weekday) * DAY_MS)
  const year = thursday.getUTCFullYear()
  return { year, week: 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) }
}

/** Monday 00:00 (local, as UTC-shifted ms) of the week holding `localMs`. */
function mondayOf(localMs: number): number {
  const day = new Date(localMs)
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())
  return midnight - ((day.getUTCDay() + 6) % 7) * DAY_MS
}

export interface WeekMinutes {
  week: string
  minutes: number
}

/**
 * Minutes practised in each ISO week, oldest first, every week from the first session to the
 * last (weeks without practice show 0, so a chart's gaps are real gaps).
 */
export function minutesPerWeek(records: readonly PracticeRecord[], options: WeekOptions = {}): WeekMinutes[] {
  const offset = options.offsetMinutes ?? 0
  const seconds = new Map<number, number>()
  for (const record of records) {
    const monday = mondayOf(toLocalMs(record.startedAt, offset))
    seconds.set(monday, (seconds.get(monday) ?? 0) + record.durationSeconds)
  }
  if (seconds.size === 0) return []
  const mondays = [...seconds.keys()]
  const last = Math.max(...mondays)
  const first = Math.max(Math.min(...mondays), last - (MAX_CHART_WEEKS - 1) * WEEK_MS)
  const weeks: WeekMinutes[] = []
  // Local days are UTC-shifted milliseconds here, with no daylight-saving jumps: a week is always WEEK_MS.
  for (let monday = first; monday <= last; monday += WEEK_MS) {
    weeks.push({ week: isoWeek(monday), minutes: Math.round(((seconds.get(monday) ?? 0) / 60) * 10) / 10 })
  }
  return weeks
}

export interface WeekResults {
  week: string
  /** Drill sessions that week with a score or a rating. */
  sessions: number
  /** Evidence-drill questions answered right, and asked. */
  correct: number
  total: number
  /** correct / total, 0–1; null in a week with no scored drill. */
  accuracy: number | null
  /** Mean self-rating (1–5) of rated sessions; null when none was rated. */
  averageRating: number | null
}

/** Drill results per ISO week, oldest first: only weeks with a scored or rated session. */
export function drillResultsByWeek(records: readonly PracticeRecord[], options: WeekOptions = {}): WeekResults[] {
  const offset = options.offsetMinutes ?? 0
  const weeks = new Map<number, { sessions: number; correct: number; total: number; ratingSum: number; rated: number }>()
  for (const record of records) {
    if (record.score === null && record.rating === null) continue
    const monday = mondayOf(toLocalMs(record.startedAt, offset))
    const week = weeks.get(monday) ?? { sessions: 0, correct: 0, total: 0, ratingSum: 0, rated: 0 }
    week.sessions += 1
    if (record.score) {
      week.correct += record.score.correct
      week.total += record.score.total
    }
    if (record.rating !== null) {
      week.ratingSum += record.rating
      week.rated += 1
    }
    weeks.set(monday, week)
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([monday, w]) => ({
      week: isoWeek(monday),
      sessions: w.sessions,
      correct: w.correct,
      total: w.total,
      accuracy: w.total > 0 ? w.correct / w.total : null,
      averageRating: w.rated > 0 ? w.ratingSum / w.rated : null
    }))
}

export interface ClaimResult {
  claimId: string
  attempts: number
  averageRating: number
  latestRating: number
  lastPractisedAt: string
}

export interface WeakestOptions {
  limit?: number
  /** Only these claims (the ones still in the map); others are left out. */
  claimIds?: ReadonlySet<string>
}

/**
 * The claims the user answered least well in rebuttal drills: lowest mean rating first; at
 * equal means, the one tried more often (still weak after more tries), then the latest worse.
 */
export function weakestClaims(records: readonly PracticeRecord[], options: WeakestOptions = {}): ClaimResult[] {
  const byClaim = new Map<string, { sum: number; attempts: number; latestAt: number; latest: number; lastPractisedAt: string }>()
  for (const record of records) {
    if (record.kind !== 'rebuttal' || record.claimId === null || record.rating === null) continue
    if (options.claimIds && !options.claimIds.has(record.claimId)) continue
    const at = Date.parse(record.startedAt)
    const entry = byClaim.get(record.claimId) ?? { sum: 0, attempts: 0, latestAt: -Infinity, latest: 0, lastPractisedAt: '' }
    entry.sum += record.rating
    entry.attempts += 1
    if (at >= entry.latestAt) Object.assign(entry, { latestAt: at, latest: record.rating, lastPractisedAt: record.startedAt })
    byClaim.set(record.claimId, entry)
  }
  const results = [...byClaim.entries()].map(([claimId, e]) => ({
    claimId,
    attempts: e.attempts,
    averageRating: e.sum / e.attempts,
    latestRating: e.latest,
    lastPractisedAt: e.lastPractisedAt
  }))
  results.sort(
    (a, b) =>
      a.averageRating - b.averageRating || b.attempts - a.attempts || a.latestRating - b.latestRating || a.claimId.localeCompare(b.claimId)
  )
  return results.slice(0, options.limit ?? 5)
}
