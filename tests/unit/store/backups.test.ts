import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { BACKUPS_KEPT, backupsToPrune, listBackups, takeBackup } from '../../../electron/main/store/backups'
import { fileStamp } from '../../../electron/main/store/data-folder'
import { Scratch } from './helpers'

const nameAt = (date: Date): string => `casebook-${fileStamp(date)}.json`
const at = (iso: string): Date => new Date(iso)
const timeOf = (name: string): number => {
  const m = /^casebook-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/.exec(name)
  if (!m) throw new Error(`not a backup name: ${name}`)
  return Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`)
}

/** Names that look close to backups but are not, and must never be deleted. */
const NOT_BACKUPS = [
  'casebook.json',
  'casebook.lock',
  'README.txt',
  '.DS_Store',
  'casebook-latest.json',
  'casebook-2024-01-01T00-00-00-000Z.json.tmp',
  '.casebook-2024-01-01T00-00-00-000Z.json.tmp',
  'casebook.damaged-2024-01-01T00-00-00-000Z.json',
  'casebook-2024-01-01.json'
]

describe('backupsToPrune', () => {
  it('keeps the newest 10 by name and returns the older ones', () => {
    const dates = Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i, 12)))
    const names = dates.map(nameAt)
    // Shuffled input: the answer must not depend on the order readdir happens to give.
    const shuffled = [names[7], names[0], names[12], names[3], names[1], names[9], names[2], names[11], names[4], names[10], names[5], names[8], names[6]] as string[]
    const pruned = backupsToPrune(shuffled)
    expect(new Set(pruned)).toEqual(new Set(names.slice(0, 3)))
  })

  it('prunes nothing when there are 10 or fewer backups', () => {
    const names = Array.from({ length: BACKUPS_KEPT }, (_, i) => nameAt(new Date(Date.UTC(2025, 5, 1, i))))
    expect(backupsToPrune(names)).toEqual([])
    expect(backupsToPrune([])).toEqual([])
  })

  it('never returns a file that is not a backup, however many there are', () => {
    const backups = Array.from({ length: 12 }, (_, i) => nameAt(new Date(Date.UTC(2025, 1, 1, 0, i))))
    const pruned = backupsToPrune([...NOT_BACKUPS, ...backups, ...NOT_BACKUPS.map((n) => `x${n}`)])
    expect(pruned).toHaveLength(2)
    expect(new Set(pruned)).toEqual(new Set(backups.slice(0, 2)))
    expect(backupsToPrune(NOT_BACKUPS)).toEqual([])
  })

  it('honours a different number to keep', () => {
    const names = Array.from({ length: 5 }, (_, i) => nameAt(new Date(Date.UTC(2024, 2, 3, 4, 5, i))))
    expect(new Set(backupsToPrune(names, 2))).toEqual(new Set(names.slice(0, 3)))
  })

  it('property: prunes exactly max(0, n - 10) names, only backups, and never keeps an older one than it prunes', () => {
    const dates = fc.uniqueArray(
      fc.date({ min: at('2000-01-01T00:00:00.000Z'), max: at('2999-12-31T23:59:59.999Z'), noInvalidDate: true }),
      { maxLength: 40, size: 'max', selector: (d) => d.getTime() }
    )
    fc.assert(
      fc.property(dates, fc.subarray(NOT_BACKUPS), fc.integer(), (ds, junk, seed) => {
        const names = ds.map(nameAt)
        // Mix in non-backups and shuffle deterministically from the seed.
        const input = [...names, ...junk]
          .map((n, i) => ({ n, k: (Math.imul(i + 1, 2654435761) ^ seed) >>> 0 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.n)
        const pruned = backupsToPrune(input)
        expect(pruned).toHaveLength(Math.max(0, names.length - 10))
        for (const p of pruned) expect(names).toContain(p)
        const prunedSet = new Set(pruned)
        const kept = names.filter((n) => !prunedSet.has(n))
        expect(kept).toHaveLength(Math.min(10, names.length))
        if (pruned.length > 0) {
          const newestPruned = Math.max(...pruned.map(timeOf))
          const oldestKept = Math.min(...kept.map(timeOf))
          expect(oldestKept).toBeGreaterThan(newestPruned)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('takeBackup and listBackups', () => {
  const scratch = new Scratch()
  afterEach(() => scratch.cleanup())

  function storeFileIn(dir: string, content: string): string {
    const file = join(dir, 'casebook.json')
    writeFileSync(file, content)
    return file
  }

  it('copies the store file byte for byte into backups/ under a timestamped name', () => {
    const dir = scratch.dir()
    const content = '{"schemaVersion":1,"motions":[],"note":"é ✓"}\n'
    const file = storeFileIn(dir, content)
    const now = at('2025-04-05T06:07:08.009Z')
    const backup = takeBackup(dir, file, now)
    expect(dirname(backup)).toBe(join(dir, 'backups'))
    expect(basename(backup)).toBe('casebook-2025-04-05T06-07-08-009Z.json')
    expect(readFileSync(backup, 'utf8')).toBe(content)
    // The original is left in place.
    expect(readFileSync(file, 'utf8')).toBe(content)
  })

  it('never keeps more than 10 backups, dropping the oldest, and leaves other files alone', () => {
    const dir = scratch.dir()
    mkdirSync(join(dir, 'backups'))
    writeFileSync(join(dir, 'backups', 'README.txt'), 'mine')
    const file = storeFileIn(dir, '{}')
    const taken: string[] = []
    for (let i = 0; i < 14; i++) {
      writeFileSync(file, JSON.stringify({ i }))
      taken.push(takeBackup(dir, file, new Date(Date.UTC(2025, 0, 1, 0, i))))
      expect(listBackups(dir).length).toBeLessThanOrEqual(10)
    }
    const remaining = listBackups(dir)
    expect(remaining).toHaveLength(10)
    expect(new Set(remaining)).toEqual(new Set(taken.slice(4)))
    for (const gone of taken.slice(0, 4)) expect(existsSync(gone)).toBe(false)
    // The newest backup holds the latest content.
    expect(JSON.parse(readFileSync(remaining[0] as string, 'utf8'))).toEqual({ i: 13 })
    expect(readFileSync(join(dir, 'backups', 'README.txt'), 'utf8')).toBe('mine')
  })

  it('two backups at the same instant do not overwrite each other', () => {
    const dir = scratch.dir()
    const file = storeFileIn(dir, '"first"')
    const now = at('2025-01-01T00:00:00.000Z')
    const a = takeBackup(dir, file, now)
    writeFileSync(file, '"second"')
    const b = takeBackup(dir, file, now)
    expect(b).not.toBe(a)
    expect(readFileSync(a, 'utf8')).toBe('"first"')
    expect(readFileSync(b, 'utf8')).toBe('"second"')
    // The later one counts as the newer.
    expect(listBackups(dir)).toEqual([b, a])
  })

  it('listBackups gives full paths, newest first, ignoring other files', () => {
    const dir = scratch.dir()
    const backups = join(dir, 'backups')
    mkdirSync(backups)
    const order = ['2025-03-01T10:00:00.000Z', '2024-12-31T23:59:59.999Z', '2025-03-01T09:59:59.999Z', '2025-01-15T00:00:00.000Z']
    for (const iso of order) writeFileSync(join(backups, nameAt(at(iso))), iso)
    for (const junk of NOT_BACKUPS) writeFileSync(join(backups, junk), 'x')
    expect(listBackups(dir)).toEqual(
      ['2025-03-01T10:00:00.000Z', '2025-03-01T09:59:59.999Z', '2025-01-15T00:00:00.000Z', '2024-12-31T23:59:59.999Z'].map(
        (iso) => join(backups, nameAt(at(iso)))
      )
    )
    expect(readdirSync(backups)).toHaveLength(order.length + NOT_BACKUPS.length)
  })

  it('listBackups of a folder without backups/ is empty', () => {
    expect(listBackups(scratch.dir())).toEqual([])
  })
})
