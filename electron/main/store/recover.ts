import { copyFileSync, existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { Notice } from '../../../shared/contract'
import { ApiError } from '../../../shared/errors'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { listBackups } from './backups'
import { fileStamp, STORE_FILE } from './data-folder'
import { parseLibrary, readStoreText } from './load'
import { NewerSchemaError, type Migrations } from './migrations'

interface Loaded {
  library: Library
  notices: Notice[]
  /** The library differs from the file (new, migrated or restored) and must be written. */
  needsWrite: boolean
  /** No library file and no backup: a new user's first start. */
  created?: boolean
}

/**
 * Reads the store file. What can be repaired is repaired, naming each repair, with the file as
 * it was kept beside it. One that cannot be read at all is moved aside (never deleted) and the
 * newest good backup takes its place; so does a missing one, when there are backups. Says what it did.
 */
export function loadOrRecover(
  dataDir: string,
  clock: () => Date,
  migrations?: Migrations
): Loaded {
  const file = join(dataDir, STORE_FILE)
  if (!existsSync(file)) {
    // No file but backups: the file was lost (deleted by hand, or a crash mid-recovery).
    const backup = newestGoodBackup(dataDir, migrations)
    if (!backup) return { library: emptyLibrary(), notices: [], needsWrite: true, created: true }
    const message = `Your library file ${file} was missing, so the backup from ${backupTime(backup.path)} was restored.`
    return { library: backup.library, notices: [{ kind: 'restored-from-backup', message, damagedFile: null }], needsWrite: true }
  }

  const read = readStoreText(file)
  let loaded
  try {
    loaded = read.ok ? parseLibrary(read.text, migrations) : read
  } catch (error) {
    if (error instanceof NewerSchemaError) {
      throw new ApiError('conflict', `Casebook cannot open ${file}: ${error.message}. Update Casebook; the file was left as it is.`)
    }
    throw error
  }
  if (loaded.ok) {
    const notices: Notice[] = []
    if (loaded.migratedFrom !== null) {
      // Keep the file as it was before the migration, beside the backups.
      const before = join(dataDir, `casebook.before-migration-v${loaded.migratedFrom}-${fileStamp(clock())}.json`)
      copyFileSync(file, before)
      notices.push({
        kind: 'migrated',
        message: `Your library was updated from format ${loaded.migratedFrom} to ${loaded.library.schemaVersion}. The old file was kept at ${before}.`,
        damagedFile: null
      })
    }
    if (loaded.repairs.length > 0) {
      // The file is rewritten repaired: keep it whole beside it first, as a damaged file is kept.
      const damagedFile = join(dataDir, `casebook.damaged-${fileStamp(clock())}.json`)
      copyFileSync(file, damagedFile)
      notices.push({ kind: 'repaired', message: repairMessage(loaded.repairs, damagedFile), damagedFile, details: loaded.repairs })
    }
    return { library: loaded.library, notices, needsWrite: notices.length > 0 }
  }

  const damagedFile = join(dataDir, `casebook.damaged-${fileStamp(clock())}.json`)
  renameSync(file, damagedFile)
  const backup = newestGoodBackup(dataDir, migrations)
  if (backup) {
    return {
      library: backup.library,
      notices: [
        {
          kind: 'restored-from-backup',
          message:
            `Your library file could not be opened because ${loaded.reason}. ` +
            `It was moved to ${damagedFile}, and the backup from ${backupTime(backup.path)} was restored.`,
          damagedFile
        }
      ],
      needsWrite: true
    }
  }
  return {
    library: emptyLibrary(),
    notices: [
      {
        kind: 'started-empty',
        message:
          `Your library file could not be opened because ${loaded.reason}, and no good backup was found. ` +
          `It was moved to ${damagedFile}; Casebook started with an empty library.`,
        damagedFile
      }
    ],
    needsWrite: true
  }
}

/** The newest backup that opens, passing over damaged ones and ones a newer Casebook wrote. */
function newestGoodBackup(dataDir: string, migrations?: Migrations): { path: string; library: Library } | null {
  for (const path of listBackups(dataDir)) {
    try {
      const read = readStoreText(path)
      const loaded = read.ok ? parseLibrary(read.text, migrations) : read
      if (loaded.ok) return { path, library: loaded.library }
    } catch (error) {
      if (!(error instanceof NewerSchemaError)) throw error
    }
  }
  return null
}

/** What was repaired or set aside, in words, with the first few named (the notice's details list them all). */
function repairMessage(repairs: readonly string[], damagedFile: string): string {
  const count = repairs.length === 1 ? 'One item' : `${repairs.length} items`
  const shown = repairs.slice(0, 5).join('; ')
  const more = repairs.length > 5 ? `; and ${repairs.length - 5} more` : ''
  return (
    `${count} in your library file needed repair (${shown}${more}). ` +
    `Everything else opened as usual. The file as it was is kept at ${damagedFile}.`
  )
}

function backupTime(path: string): string {
  const match = /casebook-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})/.exec(path)
  return match ? `${match[1]} ${match[2]}:${match[3]}:${match[4]} UTC` : path
}
