import { chmodSync, existsSync, readdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RecentExports } from '../../../electron/main/recent-exports'
import { listBackups } from '../../../electron/main/store/backups'
import { systemEnv } from '../../../shared/operations/change'
import { emptyLibrary } from '../../../shared/model/library'
import { addMotion, Scratch } from './helpers'

const scratch = new Scratch()
afterEach(async () => {
  vi.restoreAllMocks()
  await scratch.cleanup()
})

/**
 * Records what every fsync reached, by the path its file descriptor points at (Linux's
 * /proc/self/fd), in order, and what the folder held at that moment.
 */
async function recordSyncs(): Promise<string[]> {
  const probe = await open(join(scratch.dir(), 'probe'), 'w')
  const proto = Object.getPrototypeOf(probe) as FileHandle
  await probe.close()
  const synced: string[] = []
  const original = proto.sync
  vi.spyOn(proto, 'sync').mockImplementation(function (this: FileHandle) {
    synced.push(readlinkSync(`/proc/self/fd/${this.fd}`))
    return original.call(this)
  })
  return synced
}

const linux = existsSync('/proc/self/fd')

describe('an edit on disk', () => {
  it.skipIf(!linux)('is synced before it is confirmed: the new file before its rename, then the folder', async () => {
    const dir = scratch.dir()
    const store = await scratch.open(dir)
    const synced = await recordSyncs()
    await addMotion(store, 'Synced before confirmed')
    // The temporary file beside the library is synced (its data), then the folder (the rename).
    expect(synced).toHaveLength(2)
    expect(basename(synced[0]!)).toMatch(/^\.casebook\.json\.\d+-[0-9a-f]+\.tmp$/)
    expect(synced[1]).toBe(dir)
    // And nothing is left beside the library.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it.skipIf(!linux)('a backup is synced too, file and folder', async () => {
    const dir = scratch.dir()
    const synced = await recordSyncs()
    await scratch.open(dir)
    const backup = listBackups(dir)[0]!
    expect(synced).toContain(join(dir, 'backups'))
    expect(synced.some((p) => basename(p).startsWith(`.${basename(backup)}.`))).toBe(true)
  })
})

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  const modeOf = (path: string): number => statSync(path).mode & 0o777

  it('and its files are the user’s alone, however loose the umask', async () => {
    const dir = join(scratch.dir(), 'Casebook')
    const previous = process.umask(0o000)
    try {
      const store = await scratch.open(dir)
      await addMotion(store, 'Private')
      // The lock says which process and machine hold the folder.
      expect(modeOf(join(dir, 'casebook.lock'))).toBe(0o600)
    } finally {
      process.umask(previous)
    }
    expect(modeOf(dir)).toBe(0o700)
    expect(modeOf(join(dir, 'casebook.json'))).toBe(0o600)
    expect(modeOf(join(dir, 'backups'))).toBe(0o700)
    for (const backup of listBackups(dir)) expect(modeOf(backup)).toBe(0o600)
    // The list of where exports went is the user's business too.
    const exports = new RecentExports(dir)
    await exports.record(join(dir, 'brief.md'), systemEnv)
    expect(modeOf(exports.file)).toBe(0o600)
  })

  it('a library file left readable by others (0644) is private again after the first edit', async () => {
    const dir = scratch.dir()
    const file = join(dir, 'casebook.json')
    writeFileSync(file, JSON.stringify(emptyLibrary()))
    chmodSync(file, 0o644)
    const store = await scratch.open(dir)
    await addMotion(store, 'Private now')
    expect(modeOf(file)).toBe(0o600)
    for (const backup of listBackups(dir)) expect(modeOf(backup)).toBe(0o600)
  })
})
