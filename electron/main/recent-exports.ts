/**
 * The files saved through the main process's dialog, newest first, kept in the data folder as
 * recent-exports.json (the last MAX_RECENT_EXPORTS). The page sees each by an id, so "Show in
 * folder" names an entry recorded here, never a path of the page's choosing.
 *
 * Kept beside the library rather than in it: a list of where files went on this computer is
 * not part of the user's work (it is not backed up, packed or synced with the library).
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { z } from 'zod'
import { RecentExportSchema, type RecentExport, type RecentExportEntry } from '../../shared/brief/api'
import type { OperationEnv } from '../../shared/operations/change'
import { PRIVATE_FILE, writeFileAtomic } from '../write-whole'

export const RECENT_EXPORTS_FILE = 'recent-exports.json'
export const MAX_RECENT_EXPORTS = 20

/** The list with `entry` first, the same path's older entry dropped, cut to the limit. */
export function withExport(list: readonly RecentExport[], entry: RecentExport, max = MAX_RECENT_EXPORTS): RecentExport[] {
  return [entry, ...list.filter((e) => e.path !== entry.path)].slice(0, max)
}

export class RecentExports {
  readonly file: string
  #list: RecentExport[] | null = null
  /** One read or write at a time, in the order asked, so two saves in a row both land. */
  #queue: Promise<unknown> = Promise.resolve()

  constructor(dataDir: string) {
    this.file = join(dataDir, RECENT_EXPORTS_FILE)
  }

  /** Every entry, newest first, with whether its file is still there. */
  list(): Promise<RecentExportEntry[]> {
    return this.#serial(async () => (await this.#load()).map((entry) => ({ ...entry, exists: existsSync(entry.path) })))
  }

  find(id: string): Promise<RecentExport | null> {
    return this.#serial(async () => (await this.#load()).find((entry) => entry.id === id) ?? null)
  }

  /** Records a file just saved at `path`. */
  record(path: string, env: OperationEnv): Promise<RecentExport> {
    return this.#serial(async () => {
      const entry: RecentExport = {
        id: env.newId(),
        path,
        fileName: basename(path),
        format: extname(path).slice(1).toLowerCase(),
        savedAt: env.now()
      }
      const next = withExport(await this.#load(), entry)
      await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`, { mode: PRIVATE_FILE })
      this.#list = next
      return entry
    })
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task)
    this.#queue = run.catch(() => undefined)
    return run
  }

  /** The list as last written; a missing or unreadable file is an empty list (it is only a convenience). */
  async #load(): Promise<RecentExport[]> {
    if (this.#list) return this.#list
    let raw: unknown
    try {
      raw = JSON.parse(await readFile(this.file, 'utf8'))
    } catch {
      raw = []
    }
    const parsed = z.array(z.unknown()).safeParse(raw)
    const entries = parsed.success ? parsed.data.flatMap((item) => {
      const entry = RecentExportSchema.safeParse(item)
      return entry.success ? [entry.data] : []
    }) : []
    this.#list = entries.slice(0, MAX_RECENT_EXPORTS)
    return this.#list
  }
}
