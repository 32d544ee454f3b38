/** Writing a file whole, or not at all, and on the disk before saying so: exports, the library, backups. */
import { randomBytes } from 'node:crypto'
import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A file readable by its owner alone: the library, its backups, the data folder's own files. */
export const PRIVATE_FILE = 0o600
/** A folder only its owner can list or enter: the data folder and its backups. */
export const PRIVATE_FOLDER = 0o700
/** A document the user saves to share or print: the usual permissions, less the umask. */
const DOCUMENT_FILE = 0o666

export interface WriteOptions {
  /** Permissions of the new file (less the umask); a document's by default. */
  mode?: number
}

/** A temporary name in the same folder as `file`, so the final rename never crosses file systems. */
function tempBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

/** Why a folder cannot be synced where that is the file system's limit, not a failed write: the file is in place. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EACCES', 'EPERM', 'EISDIR', 'EINVAL', 'ENOTSUP', 'EBADF'])

/**
 * Syncs a folder, so that a rename inside it survives a power cut. Windows cannot open a
 * folder as a file (and its renames are journalled anyway), so there it is a no-op; so is a
 * folder the file system will not sync (some network and FUSE mounts).
 */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  } finally {
    await handle?.close()
  }
}

/** Puts a temporary file in place of `file` once `fill` has written it, then syncs both. */
async function replaceWith(file: string, fill: (temp: string) => Promise<void>): Promise<void> {
  const temp = tempBeside(file)
  try {
    await fill(temp)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  // The rename is a change to the folder: without this, a power cut can bring the old file back.
  await syncFolder(dirname(file))
}

/**
 * Writes `data` to `file` whole or not at all: a temporary file in the same folder, synced,
 * renamed over `file`, then the folder synced. A crash leaves the old file or the whole new one.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
  await replaceWith(file, async (temp) => {
    const handle = await open(temp, 'wx', options.mode ?? DOCUMENT_FILE)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  })
}

/** Copies `from` to `to` as writeFileAtomic writes: whole or not at all, synced, private to the user. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  // Read and written rather than copied: a copy takes the source's permissions, which may be an old file's 0644.
  await writeFileAtomic(to, await readFile(from), { mode: PRIVATE_FILE })
}
