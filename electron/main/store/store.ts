import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { DataFile } from 'lowdb/node'
import type { Notice } from '../../../shared/contract'
import { ApiError } from '../../../shared/errors'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { BACKUP_INTERVAL_MS, listBackups, takeBackup } from './backups'
import { fileStamp, STORE_FILE } from './data-folder'
import { parseLibrary } from './load'
import { createLibrarySerializer } from './serialize'
import { acquireLock, type LockHolder } from './lock'
import { NewerSchemaError, type Migrations } from './migrations'

export interface StoreOptions {
  holder: LockHolder
  /** Injected in tests; the real clock otherwise. */
  clock?: () => Date
  migrations?: Migrations
}

interface Waiter {
  resolve(): void
  reject(error: unknown): void
}

/**
 * The user's library on disk: one lowdb JSON file in the data folder (a DataFile, lowdb's
 * JSONFile with a faster serialiser; see serialize.ts).
 * Edits apply in memory at once; each is acknowledged only once a write that holds it has
 * reached the disk. One write is in flight at a time, and edits that arrive meanwhile share
 * the next write, so a burst costs two writes, not one per edit.
 */
export class Store {
  readonly dataDir: string
  readonly file: string
  readonly notices: readonly Notice[]
  #db: Low<Library>
  #clock: () => Date
  #release: () => void
  #lastBackup: number
  #waiting: Waiter[] = []
  #writing: Promise<void> | null = null
  #closed = false

  private constructor(dataDir: string, library: Library, notices: Notice[], clock: () => Date, release: () => void) {
    this.dataDir = dataDir
    this.file = join(dataDir, STORE_FILE)
    this.notices = notices
    this.#db = new Low(
      new DataFile<Library>(this.file, { parse: JSON.parse, stringify: createLibrarySerializer() }),
      library
    )
    this.#db.data = library
    this.#clock = clock
    this.#release = release
    this.#lastBackup = clock().getTime()
  }

  /** Opens (or creates) the store in `dataDir`, taking its lock and recovering a damaged file. */
  static async open(dataDir: string, options: StoreOptions): Promise<Store> {
    const clock = options.clock ?? (() => new Date())
    mkdirSync(dataDir, { recursive: true })
    const release = acquireLock(dataDir, options.holder)
    try {
      const { library, notices, needsWrite } = loadOrRecover(dataDir, clock, options.migrations)
      const store = new Store(dataDir, library, notices, clock, release)
      if (needsWrite) await store.#db.write()
      // Every start keeps a copy of the good file, so a bad session can always be undone.
      takeBackup(dataDir, store.file, clock())
      return store
    } catch (error) {
      release()
      throw error
    }
  }

  get library(): Library {
    return this.#db.data
  }

  /**
   * Applies a pure change and resolves with its result once the change is on disk.
   * If the write fails the promise rejects, but the change stays in memory and goes to disk
   * with the next write that succeeds: the user is told, and their edit is not thrown away.
   */
  async update<T>(change: (library: Library) => { library: Library; result: T }): Promise<T> {
    if (this.#closed) throw new ApiError('internal', 'The store is closed')
    const { library, result } = change(this.#db.data)
    if (library !== this.#db.data) {
      this.#db.data = library
      await this.#persist()
    }
    return result
  }

  /** Waits for pending writes, then gives up the lock. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    while (this.#writing) await this.#writing.catch(() => undefined)
    this.#release()
  }

  #persist(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject })
      this.#pump()
    })
  }

  #pump(): void {
    if (this.#writing || this.#waiting.length === 0) return
    const batch = this.#waiting.splice(0)
    this.#writing = this.#writeNow().then(
      () => batch.forEach((w) => w.resolve()),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        const failure = new ApiError('internal', `Could not save to ${this.file}: ${message}`)
        batch.forEach((w) => w.reject(failure))
      }
    )
    void this.#writing.finally(() => {
      this.#writing = null
      this.#pump()
    })
  }

  async #writeNow(): Promise<void> {
    const now = this.#clock()
    if (now.getTime() - this.#lastBackup >= BACKUP_INTERVAL_MS) {
      takeBackup(this.dataDir, this.file, now)
      this.#lastBackup = now.getTime()
    }
    await this.#db.write()
  }
}

/** Reads the store file; a damaged one is moved aside and the newest good backup takes its place. */
function loadOrRecover(
  dataDir: string,
  clock: () => Date,
  migrations?: Migrations
): { library: Library; notices: Notice[]; needsWrite: boolean } {
  const file = join(dataDir, STORE_FILE)
  if (!existsSync(file)) return { library: emptyLibrary(), notices: [], needsWrite: true }

  const text = readFileSync(file, 'utf8')
  let loaded
  try {
    loaded = parseLibrary(text, migrations)
  } catch (error) {
    if (error instanceof NewerSchemaError) {
      throw new ApiError('conflict', `Casebook cannot open ${file}: ${error.message}. Update Casebook; the file was left as it is.`)
    }
    throw error
  }
  if (loaded.ok) {
    if (loaded.migratedFrom === null) return { library: loaded.library, notices: [], needsWrite: false }
    // Keep the file as it was before the migration, beside the backups.
    const before = join(dataDir, `casebook.before-migration-v${loaded.migratedFrom}-${fileStamp(clock())}.json`)
    copyFileSync(file, before)
    return {
      library: loaded.library,
      notices: [
        {
          kind: 'migrated',
          message: `Your library was updated from format ${loaded.migratedFrom} to ${loaded.library.schemaVersion}. The old file was kept at ${before}.`,
          damagedFile: null
        }
      ],
      needsWrite: true
    }
  }

  const damagedFile = join(dataDir, `casebook.damaged-${fileStamp(clock())}.json`)
  renameSync(file, damagedFile)
  for (const backup of listBackups(dataDir)) {
    const candidate = readBackup(backup, migrations)
    if (!candidate?.ok) continue
    return {
      library: candidate.library,
      notices: [
        {
          kind: 'restored-from-backup',
          message:
            `Your library file could not be opened because ${loaded.reason}. ` +
            `It was moved to ${damagedFile}, and the backup from ${backupTime(backup)} was restored.`,
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

/** A backup's library, or null for one that a newer Casebook wrote (unusable here, but not damaged). */
function readBackup(path: string, migrations?: Migrations): ReturnType<typeof parseLibrary> | null {
  try {
    return parseLibrary(readFileSync(path, 'utf8'), migrations)
  } catch (error) {
    if (error instanceof NewerSchemaError) return null
    throw error
  }
}

function backupTime(path: string): string {
  const match = /casebook-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})/.exec(path)
  return match ? `${match[1]} ${match[2]}:${match[3]}:${match[4]} UTC` : path
}
