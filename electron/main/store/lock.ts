import { createHash, randomBytes } from 'node:crypto'
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ApiError } from '../../../shared/errors'
import { LOCK_FILE } from './data-folder'
import { ownerState, thisProcess, type LockOwner } from './lock-owner'

export type LockHolder = 'app' | 'web' | 'cli'

interface LockInfo extends LockOwner {
  holder: LockHolder
  since: string
  /** Makes every lock's text unique, so that a lock judged stale is never confused with a newer one. */
  nonce: string
}

/** How long to wait for another process that is taking over the same stale lock. */
const TAKEOVER_WAIT_MS = 2000

function readRaw(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

function parseLock(raw: string): Partial<LockInfo> & { pid: number } | null {
  try {
    const info = JSON.parse(raw) as Partial<LockInfo>
    return typeof info.pid === 'number' ? (info as Partial<LockInfo> & { pid: number }) : null
  } catch {
    return null
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** Links the written lock into place; file systems without hard links (FAT, some shares) get an exclusive create. */
function placeLock(draft: string, path: string, text: string): void {
  try {
    linkSync(draft, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error
    writeFileSync(path, text, { flag: 'wx', mode: 0o600 })
  }
}

/**
 * Removes the stale lock whose text is `stale`, if no other process is doing the same. Only the
 * process that creates the claim file named after that text may remove it, and only while the
 * lock still holds that text: so a slower process can never delete the lock a faster one has
 * just placed. Answers false when another process has the claim.
 */
function removeStale(path: string, stale: string): boolean {
  const claim = `${path}.takeover-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`
  try {
    writeFileSync(claim, String(process.pid), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    if (readRaw(path) === stale) rmSync(path, { force: true })
  } finally {
    rmSync(claim, { force: true })
  }
  return true
}

/** Lock files this process holds, so that a second open in the same process is refused too. */
const heldHere = new Map<string, LockInfo>()

function lockedError(dataDir: string, path: string, other: Partial<LockInfo> & { pid: number }, here: LockOwner): ApiError {
  const who =
    other.holder === 'app' ? 'the Casebook app' : `Casebook's ${other.holder === 'web' ? 'web mode' : 'command line'}`
  const where = other.host && other.host !== here.host ? ` on ${other.host}` : ''
  return new ApiError(
    'store_locked',
    `The data folder ${dataDir} is in use by ${who}${where} (process ${other.pid}, since ${other.since ?? 'unknown'}). ` +
      'Close it first, or choose another folder with --data. ' +
      `If you are sure no Casebook is using this folder (say, after a crash), delete ${path} and try again.`,
    ''
  )
}

function takeoverStuckError(dataDir: string, path: string): ApiError {
  return new ApiError(
    'store_locked',
    `The data folder ${dataDir} is being opened by another process. Close any other Casebook and try again; ` +
      `if none is running, delete ${path} and try again.`,
    ''
  )
}

/**
 * Takes the data folder's lock file so that no second process writes the same store. A lock
 * whose process has died (or whose pid now belongs to another program, or that was left before
 * a reboot) is taken over, by exactly one process however many race for it. Returns the
 * release function.
 */
export function acquireLock(dataDir: string, holder: LockHolder): () => void {
  const path = join(dataDir, LOCK_FILE)
  const here = thisProcess()
  const mine = heldHere.get(path)
  if (mine) throw lockedError(dataDir, path, mine, here)

  const info: LockInfo = { ...here, holder, since: new Date().toISOString(), nonce: randomBytes(8).toString('hex') }
  const text = JSON.stringify(info)
  // Written whole to a private file, then linked into place: the link fails if a lock
  // exists, and nobody ever reads a half-written lock.
  const draft = `${path}.${process.pid}-${info.nonce}`
  writeFileSync(draft, text, { mode: 0o600 })
  try {
    const giveUp = Date.now() + TAKEOVER_WAIT_MS
    for (;;) {
      try {
        placeLock(draft, path, text)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        const raw = readRaw(path)
        if (raw !== null) {
          const other = parseLock(raw)
          if (other && ownerState(other, here) !== 'dead') throw lockedError(dataDir, path, other, here)
          if (removeStale(path, raw)) continue
        }
        // Gone meanwhile, or another process is taking over the same stale lock: wait to see who won.
        if (Date.now() > giveUp) throw takeoverStuckError(dataDir, path)
        sleep(5)
        continue
      }
      // Checked after placing it: only a lock that still holds our text is ours.
      if (readRaw(path) !== text) continue
      return holdLock(path, info, text)
    }
  } finally {
    rmSync(draft, { force: true })
  }
}

function holdLock(path: string, info: LockInfo, text: string): () => void {
  heldHere.set(path, info)
  let released = false
  const release = (): void => {
    if (released) return
    released = true
    process.off('exit', release)
    heldHere.delete(path)
    if (readRaw(path) === text) rmSync(path, { force: true })
  }
  process.on('exit', release)
  return release
}
