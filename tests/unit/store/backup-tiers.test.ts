import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BACKUP_BUDGET_BYTES, backupsToPrune, NEWEST_KEPT, TIERS, type BackupEntry } from '../../../electron/main/store/backup-tiers'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const MB = 1024 * 1024

/** Takes a backup at each time in turn (the store's order), pruning after each as takeBackup does. */
function simulate(times: readonly number[], size = MB, budget = BACKUP_BUDGET_BYTES): BackupEntry[] {
  let kept: BackupEntry[] = []
  times.forEach((time, order) => {
    kept.push({ name: `b${order}`, order, time, size })
    const pruned = new Set(backupsToPrune(kept, time, budget))
    kept = kept.filter((b) => !pruned.has(b.name))
  })
  return kept
}

/** Every ten minutes from `from` for `hours`. */
function session(from: number, hours: number): number[] {
  return Array.from({ length: hours * 6 }, (_, i) => from + i * 10 * MINUTE)
}

const day0 = Date.parse('2025-05-05T09:00:00.000Z')

describe('backupsToPrune', () => {
  it('keeps yesterday through an afternoon of editing (the newest 10 by count did not)', () => {
    const kept = simulate([...session(day0, 8), ...session(day0 + DAY + 5 * 60 * MINUTE, 5)])
    expect(kept.some((b) => b.time < day0 + DAY)).toBe(true)
    // And a backup every ten minutes for the last two hours.
    const now = kept.at(-1)!.time
    const recent = kept.filter((b) => now - b.time <= 2 * 60 * MINUTE)
    expect(recent.length).toBeGreaterThanOrEqual(12)
  })

  it('keeps one a day for 30 days and one a week for 26 weeks, and nothing older', () => {
    // A working day of edits every day for a year.
    const times = Array.from({ length: 365 }, (_, d) => session(day0 + d * DAY, 2)).flat()
    const kept = simulate(times)
    const now = times.at(-1)!
    const days = new Set(kept.filter((b) => now - b.time <= 30 * DAY).map((b) => Math.floor(b.time / DAY)))
    expect(days.size).toBeGreaterThanOrEqual(30)
    const weeks = new Set(kept.filter((b) => now - b.time <= 26 * 7 * DAY).map((b) => Math.floor(b.time / (7 * DAY))))
    expect(weeks.size).toBeGreaterThanOrEqual(26)
    expect(kept.every((b) => now - b.time <= 26 * 7 * DAY)).toBe(true)
    // Bounded: the newest few plus one per slot of each tier.
    expect(kept.length).toBeLessThanOrEqual(NEWEST_KEPT + 13 + 31 + 27)
  })

  it('a backup dated 2099 never outranks later ones and goes like any other', () => {
    const times = [Date.parse('2099-01-01T00:00:00.000Z'), ...session(day0, 3)]
    const kept = simulate(times)
    // The newest written is kept at every step, and the one dated 2099 is gone by the end.
    expect(kept.at(-1)!.name).toBe(`b${times.length - 1}`)
    expect(kept.some((b) => b.name === 'b0')).toBe(false)
  })

  it('stays within the size budget, keeping the newest first', () => {
    const kept = simulate(session(day0, 5), 30 * MB, 100 * MB)
    expect(kept.reduce((sum, b) => sum + b.size, 0)).toBeLessThanOrEqual(100 * MB)
    expect(kept.map((b) => b.name)).toEqual(['b27', 'b28', 'b29'])
  })

  it('keeps the newest even when it alone is over the budget', () => {
    expect(backupsToPrune([{ name: 'huge', order: 1, time: day0, size: 10 * MB }], day0, MB)).toEqual([])
  })

  it('property: whatever the clocks said, the newest few written are kept, and only given names are pruned', () => {
    const entry = fc.record({
      time: fc.integer({ min: 0, max: Date.parse('2200-01-01T00:00:00.000Z') }),
      size: fc.integer({ min: 0, max: 50 * MB })
    })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 80 }), fc.integer({ min: 0, max: Date.parse('2200-01-01T00:00:00.000Z') }), (raw, now) => {
        const backups = raw.map((b, order) => ({ ...b, name: `b${order}`, order }))
        const pruned = backupsToPrune(backups, now)
        expect(new Set(pruned).size).toBe(pruned.length)
        for (const name of pruned) expect(backups.some((b) => b.name === name)).toBe(true)
        const newestFirst = [...backups].reverse()
        if (newestFirst[0]) expect(pruned).not.toContain(newestFirst[0].name)
        // The newest few are kept unless the budget forces them out.
        let total = 0
        for (const b of newestFirst.slice(0, NEWEST_KEPT)) {
          total += b.size
          if (total <= BACKUP_BUDGET_BYTES) expect(pruned).not.toContain(b.name)
        }
        const kept = backups.filter((b) => !pruned.includes(b.name))
        expect(kept.length).toBeLessThanOrEqual(NEWEST_KEPT + TIERS.reduce((n, t) => n + Math.ceil(t.span / t.every) + 1, 0))
      }),
      { numRuns: 300 }
    )
  })
})
