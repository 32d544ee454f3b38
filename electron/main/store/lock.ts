import { randomBytes } from 'node:crypto'
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ApiError } from '../../../shared/errors'
import { LOCK_FILE } from './data-folder'

export type LockHolder = 'app' | 'web' | 'cli'

interface LockInfo {
  pid: number
  holder: LockHolder
  since: string
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readLock(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as LockInfo
    return typeof info.pid === 'number' ? info : null
  } catch {
    return null
  }
}

/** Links the written lock into place; file systems without hard links (FAT, some shares) get an exclusive create. */
function placeLock(draft: string, path: string, info: LockInfo): void {
  try {
    linkSync(draft, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error
    writeFileSync(path, JSON.stringify(info), { flag: 'wx' })
  }
}

/** Lock files this process holds, so that a second open in the same process is refused too. */
const heldHere = new Map<string, LockInfo>()

function lockedError(dataDir: string, other: LockInfo): ApiError {
  const who =
    other.holder === 'app' ? 'the Casebook app' : `Casebook's ${other.holder === 'web' ? 'web mode' : 'command line'}`
  return new ApiError(
    'store_locked',
    `The data folder ${dataDir} is in use by ${who} (process ${other.pid}, since ${other.since}). ` +
      'Close it first, or choose another folder with --data.',
    ''
  )
}

/**
 * Takes the data folder's lock file so that no second process writes the same store.
 * A lock left by a process that no longer runs is taken over. Returns the release function.
 */
export function acquireLock(dataDir: string, holder: LockHolder): () => void {
  const path = join(dataDir, LOCK_FILE)
  const mine = heldHere.get(path)
  if (mine) throw lockedError(dataDir, mine)

  const info: LockInfo = { pid: process.pid, holder, since: new Date().toISOString() }
  // Written whole to a private file, then linked into place: the link fails if a lock
  // exists, and nobody ever reads a half-written lock.
  const draft = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`
  writeFileSync(draft, JSON.stringify(info))
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        placeLock(draft, path, info)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        const other = readLock(path)
        // Our own pid in a lock we do not hold is a leftover from an earlier process that had the same pid.
        if (other && other.pid !== process.pid && isAlive(other.pid)) throw lockedError(dataDir, other)
        rmSync(path, { force: true }) // stale: its process is gone
        continue
      }
      heldHere.set(path, info)
      let released = false
      const release = (): void => {
        if (released) return
        released = true
        process.off('exit', release)
        heldHere.delete(path)
        if (readLock(path)?.pid === process.pid) rmSync(path, { force: true })
      }
      process.on('exit', release)
      return release
    }
  } finally {
    rmSync(draft, { force: true })
  }
  throw new ApiError('store_locked', `Could not lock the data folder ${dataDir}`, '')
}
