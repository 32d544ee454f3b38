import { describe, expect, it } from 'vitest'
import { drillResultsByWeek, isoWeek, minutesPerWeek, weakestClaims } from '../../../shared/practice/history'
import { describeBadRecords, validatePracticeRecords } from '../../../shared/practice/validation'
import { record } from './fixtures'

describe('ISO weeks', () => {
  it('numbers weeks from Monday, week 1 holding the year’s first Thursday', () => {
    expect(isoWeek('2026-01-01T12:00:00Z')).toBe('2026-W01') // a Thursday
    expect(isoWeek('2024-12-30T12:00:00Z')).toBe('2025-W01') // Monday of the week holding 2 Jan 2025
    expect(isoWeek('2021-01-03T12:00:00Z')).toBe('2020-W53') // a Sunday in the last week of 2020
    expect(isoWeek('2026-01-11T23:59:59Z')).toBe('2026-W02')
    expect(isoWeek('2026-01-12T00:00:00Z')).toBe('2026-W03')
  })

  it('counts a session in the user’s own week when given their offset from UTC', () => {
    expect(isoWeek('2026-01-11T23:30:00Z')).toBe('2026-W02')
    expect(isoWeek('2026-01-11T23:30:00Z', 60)).toBe('2026-W03') // already Monday in Paris
    expect(isoWeek('2026-01-12T02:00:00Z', -5 * 60)).toBe('2026-W02') // still Sunday in New York
  })
})

describe('minutes practised per week', () => {
  it('adds up every kind of session by week, and shows weeks without practice as 0', () => {
    const records = [
      record('a', { startedAt: '2026-01-05T09:00:00Z', durationSeconds: 600 }),
      record('b', { kind: 'rebuttal', startedAt: '2026-01-07T09:00:00Z', durationSeconds: 90 }),
      record('c', { kind: 'evidence', startedAt: '2026-01-22T09:00:00Z', durationSeconds: 1200 })
    ]
    expect(minutesPerWeek(records)).toEqual([
      { week: '2026-W02', minutes: 11.5 },
      { week: '2026-W03', minutes: 0 },
      { week: '2026-W04', minutes: 20 }
    ])
  })

  it('is empty with no history, and crosses the turn of a year without skipping', () => {
    expect(minutesPerWeek([])).toEqual([])
    const weeks = minutesPerWeek([record('a', { startedAt: '2020-12-20T09:00:00Z' }), record('b', { startedAt: '2021-01-12T09:00:00Z' })])
    expect(weeks.map((w) => w.week)).toEqual(['2020-W51', '2020-W52', '2020-W53', '2021-W01', '2021-W02'])
  })
})

describe('drill results per week', () => {
  it('gives evidence-drill accuracy and the mean self-rating for each week with results', () => {
    const records = [
      record('a', { kind: 'evidence', startedAt: '2026-01-05T09:00:00Z', score: { correct: 6, total: 10 } }),
      record('b', { kind: 'evidence', startedAt: '2026-01-06T09:00:00Z', score: { correct: 9, total: 10 } }),
      record('c', { kind: 'rebuttal', startedAt: '2026-01-06T10:00:00Z', rating: 2 }),
      record('d', { kind: 'rebuttal', startedAt: '2026-01-20T10:00:00Z', rating: 5 }),
      record('e', { kind: 'timer', startedAt: '2026-01-13T10:00:00Z' })
    ]
    expect(drillResultsByWeek(records)).toEqual([
      { week: '2026-W02', sessions: 3, correct: 15, total: 20, accuracy: 0.75, averageRating: 2 },
      { week: '2026-W04', sessions: 1, correct: 0, total: 0, accuracy: null, averageRating: 5 }
    ])
  })
})

describe('weakest claims', () => {
  const rebuttal = (id: string, claimId: string, rating: number, day: number) =>
    record(id, { kind: 'rebuttal', claimId, rating, startedAt: `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z` })

  it('lists the claims answered least well first, with attempts and the latest try', () => {
    const records = [rebuttal('1', 'cost', 2, 1), rebuttal('2', 'cost', 3, 5), rebuttal('3', 'risk', 4, 2), rebuttal('4', 'jobs', 1, 3)]
    expect(weakestClaims(records)).toEqual([
      { claimId: 'jobs', attempts: 1, averageRating: 1, latestRating: 1, lastPractisedAt: '2026-01-03T10:00:00.000Z' },
      { claimId: 'cost', attempts: 2, averageRating: 2.5, latestRating: 3, lastPractisedAt: '2026-01-05T10:00:00.000Z' },
      { claimId: 'risk', attempts: 1, averageRating: 4, latestRating: 4, lastPractisedAt: '2026-01-02T10:00:00.000Z' }
    ])
  })

  it('at the same mean, puts first the claim that stayed weak over more tries', () => {
    const records = [rebuttal('1', 'once', 2, 1), rebuttal('2', 'often', 2, 1), rebuttal('3', 'often', 2, 2)]
    expect(weakestClaims(records).map((c) => c.claimId)).toEqual(['often', 'once'])
  })

  it('keeps to the limit, and leaves out claims no longer in the map', () => {
    const records = [rebuttal('1', 'a', 1, 1), rebuttal('2', 'b', 2, 1), rebuttal('3', 'gone', 1, 1)]
    expect(weakestClaims(records, { limit: 1 }).map((c) => c.claimId)).toEqual(['a'])
    expect(weakestClaims(records, { claimIds: new Set(['a', 'b']) }).map((c) => c.claimId)).toEqual(['a', 'b'])
  })
})

describe('reading a history with damaged records', () => {
  it('keeps every good record and reports each bad one by position and reason', () => {
    const good = record('ok-1')
    const input = [good, { ...record('bad-rating'), rating: 9 }, 'not a record', { ...record('ok-2'), kind: 'rebuttal' }, { id: 'half' }]
    const { valid, bad } = validatePracticeRecords(input)
    expect(valid.map((r) => r.id)).toEqual(['ok-1', 'ok-2'])
    expect(bad.map((b) => [b.index, b.id])).toEqual([
      [1, 'bad-rating'],
      [2, null],
      [4, 'half']
    ])
    expect(bad[0]!.message).toMatch(/^rating: /)
    expect(describeBadRecords(bad)[0]).toMatch(/^Practice record 2 \(id "bad-rating"\): rating: /)
    expect(describeBadRecords(bad)[1]).toMatch(/^Practice record 3: /)
  })

  it('reads records written before drills stored a claim or a score', () => {
    const { claimId: _claimId, score: _score, ...older } = record('old')
    const { valid, bad } = validatePracticeRecords([older])
    expect(bad).toEqual([])
    expect(valid[0]).toMatchObject({ id: 'old', claimId: null, score: null })
  })

  it('rejects a score with more right answers than questions', () => {
    const { bad } = validatePracticeRecords([record('s', { score: { correct: 5, total: 4 } })])
    expect(bad[0]!.message).toContain('more right answers than questions')
  })

  it('reports a history that is not a list at all, without throwing', () => {
    expect(validatePracticeRecords({ records: [] })).toEqual({ valid: [], bad: [{ index: -1, id: null, message: 'Practice history is not a list' }] })
    expect(describeBadRecords(validatePracticeRecords(null).bad)).toEqual(['Practice history is not a list'])
  })
})
