import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
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

/**
 * Takes the data folder's lock file so that no second process writes the same store.
 * A lock left by a process that no longer runs is taken over. Returns the release function.
 */
export function acquireLock(dataDir: string, holder: LockHolder): () => void {
  const path = join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      const info: LockInfo = { pid: process.pid, holder, since: new Date().toISOString() }
      writeSync(fd, JSON.stringify(info))
      closeSync(fd)
      let released = false
      const release = (): void => {
        if (released) return
        released = true
        process.off('exit', release)
        if (readLock(path)?.pid === process.pid) rmSync(path, { force: true })
      }
      process.on('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const other = readLock(path)
      if (other && other.pid !== process.pid && isAlive(other.pid)) {
        const who = other.holder === 'app' ? 'the Casebook app' : `Casebook's ${other.holder === 'web' ? 'web mode' : 'command line'}`
        throw new ApiError(
          'store_locked',
          `The data folder ${dataDir} is in use by ${who} (process ${other.pid}, since ${other.since}). ` +
            'Close it first, or choose another folder with --data.',
          ''
        )
      }
      rmSync(path, { force: true }) // stale: its process is gone
    }
  }
  throw new ApiError('store_locked', `Could not lock the data folder ${dataDir}`, '')
}
