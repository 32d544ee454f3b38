import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { BACKUP_FOLDER, fileStamp } from './data-folder'

export const BACKUPS_KEPT = 10
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000

const BACKUP_NAME = /^casebook-\d{4}-\d{2}-\d{2}T[\d-]+Z\.json$/

/** Which backups to delete so that only the newest `keep` remain. Names sort by time. */
export function backupsToPrune(names: readonly string[], keep = BACKUPS_KEPT): string[] {
  const backups = names.filter((n) => BACKUP_NAME.test(n)).sort().reverse()
  return backups.slice(keep)
}

/** The backups in a data folder, newest first, as full paths. */
export function listBackups(dataDir: string): string[] {
  const dir = join(dataDir, BACKUP_FOLDER)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names
    .filter((n) => BACKUP_NAME.test(n))
    .sort()
    .reverse()
    .map((n) => join(dir, n))
}

/** Copies the store file into backups/ under a timestamped name, then prunes the oldest. */
export function takeBackup(dataDir: string, storeFile: string, now: Date): string {
  const dir = join(dataDir, BACKUP_FOLDER)
  mkdirSync(dir, { recursive: true })
  let target = join(dir, `casebook-${fileStamp(now)}.json`)
  // Two backups within one millisecond would share a name; never overwrite the older one.
  for (let n = 1; listBackups(dataDir).includes(target); n++) {
    target = join(dir, `casebook-${fileStamp(new Date(now.getTime() + n))}.json`)
  }
  copyFileSync(storeFile, target)
  for (const name of backupsToPrune(readdirSync(dir))) rmSync(join(dir, name), { force: true })
  return target
}
