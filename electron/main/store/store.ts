import { mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { Low } from 'lowdb'
import type { BackupSummary, Notice } from '../../../shared/contract'
import { ApiError } from '../../../shared/errors'
import type { Library } from '../../../shared/model/library'
import { assertLocksKept } from '../../../shared/operations/locks'
import { PRIVATE_FOLDER } from '../../write-whole'
import { BACKUP_INTERVAL_MS, takeBackup } from './backups'
import { STORE_FILE } from './data-folder'
import { readBackupLibrary } from './restore'
import { createLibrarySerializer } from './serialize'
import { SyncedFile } from './synced-file'
import { acquireLock, type LockHolder } from './lock'
import { DocumentTexts } from './texts'
import type { Migrations } from './migrations'
import { loadOrRecover } from './recover'

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
 * Texts are never deleted, so a restored library finds every text it refers to; one that is
 * missing anyway (a folder copied without texts/), or whose content is no longer its hash, is
 * named, and its source keeps its fields.
 */
async function missingTexts(texts: DocumentTexts, library: Library): Promise<Notice[]> {
  const missing: string[] = []
  for (const source of library.sources) {
    if (source.document && !(await texts.exists(source.document.textHash))) missing.push(`“${source.title}” (${texts.fileOf(source.document.textHash)})`)
  }
  if (missing.length === 0) return []
  const message = `The text of ${missing.length === 1 ? 'one imported document is' : `${missing.length} imported documents are`} missing or damaged: ${missing.slice(0, 3).join('; ')}${missing.length > 3 ? '; …' : ''}. Their fields are restored; import the documents again to read them.`
  return [{ kind: 'repaired', message, damagedFile: null, details: missing }]
}

/**
 * The user's library on disk: one lowdb JSON file in the data folder, written whole and synced
 * (synced-file.ts) with a faster serialiser (serialize.ts). The folder and its files are the user's alone.
 * Edits apply in memory at once; each is acknowledged only once a write that holds it has
 * reached the disk. One write is in flight at a time, and edits that arrive meanwhile share
 * the next write, so a burst costs two writes, not one per edit.
 */
export class Store {
  readonly dataDir: string
  readonly file: string
  readonly notices: readonly Notice[]
  /** Imported documents' texts, each in its own immutable file beside the library (texts.ts). */
  readonly texts: DocumentTexts
  #db: Low<Library>
  #clock: () => Date
  #release: () => void
  #lastBackup: number
  #waiting: Waiter[] = []
  #writing: Promise<void> | null = null
  #closed = false
  /** A write failed: memory holds edits the disk does not. */
  #unsaved = false

  private constructor(dataDir: string, library: Library, notices: Notice[], clock: () => Date, release: () => void) {
    this.dataDir = dataDir
    this.file = join(dataDir, STORE_FILE)
    this.notices = notices
    this.texts = new DocumentTexts(dataDir)
    this.#db = new Low(
      new SyncedFile<Library>(this.file, createLibrarySerializer()),
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
    mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER })
    const release = acquireLock(dataDir, options.holder)
    try {
      const { library, notices, needsWrite, created } = loadOrRecover(dataDir, clock, options.migrations)
      // A library restored from a backup in place of a damaged file: its texts are checked, like a restore's.
      const restored = notices.some((n) => n.kind === 'restored-from-backup')
      const textNotices = restored ? await missingTexts(new DocumentTexts(dataDir), library) : []
      const store = new Store(dataDir, library, [...notices, ...textNotices], clock, release)
      store.created = created === true
      if (needsWrite) await store.#db.write()
      // Every start keeps a copy of the good file, so a bad session can always be undone.
      await store.#backUp(clock())
      return store
    } catch (error) {
      release()
      throw error
    }
  }

  /** True when this open made a new library: there was no file and no backup to restore. */
  created = false

  get library(): Library {
    return this.#db.data
  }

  /**
   * Applies a pure change and resolves with its result once the change is on disk.
   * Every edit passes here, so here is the one lock check: a change that would alter or delete
   * a locked pack item is refused whole (a 'conflict'), and nothing is written.
   * If the write fails the promise rejects, but the change stays in memory and goes to disk
   * with the next write that succeeds: the user is told, and their edit is not thrown away.
   */
  update<T>(change: (library: Library) => { library: Library; result: T }): Promise<T> {
    return this.#apply(change, true)
  }

  /**
   * The one exception to the lock check: installing or updating a pack, which replaces that
   * pack's own locked items (shared/packs/merge.ts decides what it may touch).
   */
  updatePackItems<T>(change: (library: Library) => { library: Library; result: T }): Promise<T> {
    return this.#apply(change, false)
  }

  async #apply<T>(change: (library: Library) => { library: Library; result: T }, checkLocks: boolean): Promise<T> {
    if (this.#closed) throw new ApiError('internal', 'The store is closed')
    const before = this.#db.data
    const { library, result } = change(before)
    if (library !== before) {
      if (checkLocks) assertLocksKept(before, library)
      this.#db.data = library
      await this.#persist()
    }
    return result
  }

  /**
   * Replaces the library with the backup named `name` (a file name in backups/), in memory and
   * on disk. The library as it was is saved as a backup first, so a restore can be undone by
   * restoring that one; if it cannot be saved, nothing is restored. Answers the saved backup's name.
   */
  async restoreBackup(name: string): Promise<{ restored: BackupSummary; savedAs: string; notices: Notice[] }> {
    if (this.#closed) throw new ApiError('internal', 'The store is closed')
    const { library, notices, summary } = readBackupLibrary(this.dataDir, name)
    // Every edit made so far reaches the file, so the backup below holds all of it.
    await this.#persist()
    let savedAs: string
    try {
      savedAs = await takeBackup(this.dataDir, this.file, this.#clock())
    } catch (error) {
      throw new ApiError('internal', `Nothing was restored: the library could not be saved as a backup first (${(error as Error).message})`)
    }
    this.#db.data = library
    await this.#persist()
    return { restored: summary, savedAs: basename(savedAs), notices: [...notices, ...(await missingTexts(this.texts, library))] }
  }

  /** Waits for pending writes, then gives up the lock. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    while (this.#writing) await this.#writing.catch(() => undefined)
    // One more try for edits whose write failed, before the process lets them go.
    if (this.#unsaved) await this.#db.write().catch(() => undefined)
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
        this.#unsaved = true
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
    if (now.getTime() - this.#lastBackup >= BACKUP_INTERVAL_MS) await this.#backUp(now)
    await this.#db.write()
    this.#unsaved = false
  }

  /** A backup that fails (a full disk, a file held by a virus scanner) must never stop the saving itself. */
  async #backUp(now: Date): Promise<void> {
    this.#lastBackup = now.getTime()
    try {
      await takeBackup(this.dataDir, this.file, now)
    } catch (error) {
      console.warn(`casebook store: could not back up ${this.file}: ${(error as Error).message}`)
    }
  }
}

