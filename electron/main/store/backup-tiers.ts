/**
 * Which backups to keep: the newest few, then one per slot of each tier (every 10 minutes for
 * the last 2 hours, one a day for 30 days, one a week for 26 weeks), within a size budget.
 * Pure: the folder's I/O is in backups.ts.
 */

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

export interface BackupEntry {
  name: string
  /** Written order: higher is newer, whatever the clock said. */
  order: number
  /** When it was written by the clock of the time (milliseconds); a clock can be wrong. */
  time: number
  size: number
}

export interface Tier {
  /** How far back the tier reaches from now. */
  span: number
  /** One backup is kept per slot of this length. */
  every: number
}

export const TIERS: readonly Tier[] = [
  { span: 2 * 60 * MINUTE, every: 10 * MINUTE },
  { span: 30 * DAY, every: DAY },
  { span: 26 * 7 * DAY, every: 7 * DAY }
]

/** The newest backups kept whatever their time, so a few quick restarts never push out the one before a mistake. */
export const NEWEST_KEPT = 5

/** Backups never take more than this together (the newest is kept even if it alone is larger). */
export const BACKUP_BUDGET_BYTES = 256 * 1024 * 1024

/**
 * The names of the backups to delete. Backups are ranked by `order`, never by their times: a
 * backup written while the clock said 2099 is still older than the ones written after it.
 * For the tiers, a time later than a newer backup's (or than now) counts as that newer time.
 */
export function backupsToPrune(
  backups: readonly BackupEntry[],
  now: number,
  budget = BACKUP_BUDGET_BYTES,
  tiers: readonly Tier[] = TIERS
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.order - a.order)
  const kept = new Set<BackupEntry>()
  const slotsTaken = tiers.map(() => new Set<number>())
  let ceiling = now
  newestFirst.forEach((backup, rank) => {
    const time = Math.min(backup.time, ceiling)
    ceiling = time
    if (rank < NEWEST_KEPT) kept.add(backup)
    tiers.forEach((tier, t) => {
      if (now - time > tier.span) return
      const slot = Math.floor(time / tier.every)
      // The newest backup of each slot stands for it.
      if (slotsTaken[t]!.has(slot)) return
      slotsTaken[t]!.add(slot)
      kept.add(backup)
    })
  })
  let total = 0
  const pruned: string[] = []
  newestFirst.forEach((backup, rank) => {
    if (kept.has(backup)) total += backup.size
    if (!kept.has(backup) || (rank > 0 && total > budget)) pruned.push(backup.name)
  })
  return pruned
}
