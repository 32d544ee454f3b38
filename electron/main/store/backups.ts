import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { copyFileAtomic, PRIVATE_FOLDER } from '../../write-whole'
import { backupsToPrune, type BackupEntry } from './backup-tiers'
import { BACKUP_FOLDER, fileStamp } from './data-folder'

export const BACKUP_INTERVAL_MS = 10 * 60 * 1000

/** casebook-<counter>-<time>.json: the counter orders them, the time is only shown and tiered. */
const BACKUP_NAME = /^casebook-(\d{6,})-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/
/** Backups from before the counter, ordered by their names, all older than any counted one. */
const OLD_BACKUP_NAME = /^casebook-()(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/

export interface BackupFile extends BackupEntry {
  path: string
}

/** Whether `name` is a backup's file name: what restore accepts as an id, so no path can get through. */
export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name) || OLD_BACKUP_NAME.test(name)
}

function parseName(name: string): { counter: number; time: number } | null {
  const match = BACKUP_NAME.exec(name) ?? OLD_BACKUP_NAME.exec(name)
  if (!match) return null
  const [, counter, day, h, m, s, ms] = match
  const time = Date.parse(`${day}T${h}:${m}:${s}.${ms}Z`)
  return { counter: counter ? Number(counter) : -1, time: Number.isNaN(time) ? 0 : time }
}

/** The backups in a data folder, newest written first. */
export function readBackups(dataDir: string): BackupFile[] {
  const dir = join(dataDir, BACKUP_FOLDER)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const found: Array<BackupFile & { counter: number }> = []
  for (const name of names) {
    const parsed = parseName(name)
    if (!parsed) continue
    const path = join(dir, name)
    let size: number
    try {
      size = statSync(path).size
    } catch {
      continue // deleted meanwhile
    }
    found.push({ name, path, size, time: parsed.time, counter: parsed.counter, order: 0 })
  }
  found.sort((a, b) => b.counter - a.counter || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
  return found.map(({ counter: _counter, ...file }, index) => ({ ...file, order: found.length - index }))
}

/** The backups in a data folder, newest written first, as full paths. */
export function listBackups(dataDir: string): string[] {
  return readBackups(dataDir).map((b) => b.path)
}

/** Copies the store file into backups/ (synced, private) under the next counter, then prunes by the tiers. */
export async function takeBackup(dataDir: string, storeFile: string, now: Date): Promise<string> {
  const dir = join(dataDir, BACKUP_FOLDER)
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER })
  const counter = Math.max(0, ...readdirSync(dir).map((n) => parseName(n)?.counter ?? 0)) + 1
  const target = join(dir, `casebook-${String(counter).padStart(6, '0')}-${fileStamp(now)}.json`)
  await copyFileAtomic(storeFile, target)
  for (const name of backupsToPrune(readBackups(dataDir), now.getTime())) rmSync(join(dir, name), { force: true })
  return target
}
