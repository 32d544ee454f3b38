import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupSummary, Notice } from '../../../shared/contract'
import { ApiError } from '../../../shared/errors'
import type { Library } from '../../../shared/model/library'
import { isBackupName, readBackups, type BackupFile } from './backups'
import { BACKUP_FOLDER } from './data-folder'
import { parseLibrary, readStoreText } from './load'
import { NewerSchemaError } from './migrations'

type Holds = BackupSummary['holds']

/** What each backup holds, by path: a backup never changes once written, so it is read once. */
const holdsCache = new Map<string, { size: number; holds: Holds }>()

/** Counts only (no validation, which restore does): listing dozens of large backups must stay quick. */
function countsOf(file: BackupFile): Holds {
  const cached = holdsCache.get(file.path)
  if (cached && cached.size === file.size) return cached.holds
  let holds: Holds = null
  try {
    const read = readStoreText(file.path)
    const data: unknown = read.ok ? JSON.parse(read.text.replace(/^\uFEFF/, '')) : null
    const count = (key: string): number | null => {
      const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : null
      return Array.isArray(list) ? list.length : null
    }
    const [motions, claims, cards] = [count('motions'), count('claims'), count('quotes')]
    if (motions !== null && claims !== null && cards !== null) holds = { motions, claims, cards }
  } catch {
    // Not JSON, or deleted meanwhile: listed as unreadable.
  }
  holdsCache.set(file.path, { size: file.size, holds })
  return holds
}

function summary(file: BackupFile): BackupSummary {
  return { id: file.name, savedAt: new Date(file.time).toISOString(), bytes: file.size, holds: countsOf(file) }
}

/** Every backup in the data folder, newest written first, with when it was taken and what it holds. */
export function describeBackups(dataDir: string): BackupSummary[] {
  return readBackups(dataDir).map(summary)
}

/**
 * The library held by the backup `name`, repaired as an opening library would be, with notices
 * naming any repair. Refuses a name that is not a backup's (no path can reach outside backups/),
 * a backup that is not there, and one that cannot be read, saying which and why.
 */
export function readBackupLibrary(dataDir: string, name: string): { library: Library; notices: Notice[]; summary: BackupSummary } {
  if (!isBackupName(name)) throw new ApiError('invalid_input', `"${name}" is not the name of a backup`, 'id')
  const file = readBackups(dataDir).find((b) => b.name === name)
  if (!file || !existsSync(join(dataDir, BACKUP_FOLDER, name))) throw new ApiError('not_found', `There is no backup "${name}"`, 'id')
  let loaded
  try {
    const read = readStoreText(file.path)
    loaded = read.ok ? parseLibrary(read.text) : read
  } catch (error) {
    if (error instanceof NewerSchemaError) throw new ApiError('conflict', `The backup ${name} cannot be restored: ${error.message}`, 'id')
    throw error
  }
  if (!loaded.ok) throw new ApiError('conflict', `The backup ${name} cannot be restored because ${loaded.reason}`, 'id')
  const notices: Notice[] =
    loaded.repairs.length === 0
      ? []
      : [{ kind: 'repaired', message: `The backup needed repair: ${loaded.repairs.join('; ')}.`, damagedFile: null, details: loaded.repairs }]
  return { library: loaded.library, notices, summary: summary(file) }
}
