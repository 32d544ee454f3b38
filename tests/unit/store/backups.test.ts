import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { isBackupName, listBackups, readBackups, takeBackup } from '../../../electron/main/store/backups'
import { fileStamp } from '../../../electron/main/store/data-folder'
import { Scratch } from './helpers'

/** A backup's name from before backups were counted: ordered by name, older than any counted one. */
const oldNameAt = (date: Date): string => `casebook-${fileStamp(date)}.json`
const at = (iso: string): Date => new Date(iso)

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

describe('takeBackup and listBackups', () => {
  const scratch = new Scratch()
  afterEach(() => scratch.cleanup())

  function storeFileIn(dir: string, content: string): string {
    const file = join(dir, 'casebook.json')
    writeFileSync(file, content)
    return file
  }

  it('copies the store file byte for byte into backups/ under the next counter and the time', async () => {
    const dir = scratch.dir()
    const content = '{"schemaVersion":1,"motions":[],"note":"é ✓"}\n'
    const file = storeFileIn(dir, content)
    const backup = await takeBackup(dir, file, at('2025-04-05T06:07:08.009Z'))
    expect(dirname(backup)).toBe(join(dir, 'backups'))
    expect(basename(backup)).toBe('casebook-000001-2025-04-05T06-07-08-009Z.json')
    expect(readFileSync(backup, 'utf8')).toBe(content)
    // The original is left in place, and no temporary file is left behind.
    expect(readFileSync(file, 'utf8')).toBe(content)
    expect(readdirSync(join(dir, 'backups'))).toEqual([basename(backup)])
    expect(basename(await takeBackup(dir, file, at('2025-04-05T06:17:08.009Z')))).toBe('casebook-000002-2025-04-05T06-17-08-009Z.json')
  })

  it('ranks backups by their counter, not by the time in their names', async () => {
    const dir = scratch.dir()
    const file = storeFileIn(dir, '"2099"')
    const wrong = await takeBackup(dir, file, at('2099-12-31T23:59:59.999Z'))
    writeFileSync(file, '"after"')
    const after = await takeBackup(dir, file, at('2025-01-01T00:00:00.000Z'))
    expect(listBackups(dir)).toEqual([after, wrong])
    expect(readBackups(dir).map((b) => b.time)).toEqual([Date.parse('2025-01-01T00:00:00.000Z'), Date.parse('2099-12-31T23:59:59.999Z')])
  })

  it('prunes by the tiers and leaves other files alone', async () => {
    const dir = scratch.dir()
    mkdirSync(join(dir, 'backups'))
    for (const junk of NOT_BACKUPS) writeFileSync(join(dir, 'backups', junk), 'mine')
    const file = storeFileIn(dir, '{}')
    const start = Date.parse('2025-01-01T00:00:00.000Z')
    const taken: string[] = []
    // Every minute for an hour: one per ten minutes stays, and the newest few.
    for (let i = 0; i < 60; i++) {
      writeFileSync(file, JSON.stringify({ i }))
      taken.push(await takeBackup(dir, file, new Date(start + i * 60_000)))
    }
    const remaining = listBackups(dir)
    expect(remaining.length).toBeLessThan(20)
    expect(remaining.slice(0, 5)).toEqual(taken.slice(-5).reverse())
    for (const gone of taken.filter((t) => !remaining.includes(t))) expect(existsSync(gone)).toBe(false)
    // The newest backup holds the latest content.
    expect(JSON.parse(readFileSync(remaining[0] as string, 'utf8'))).toEqual({ i: 59 })
    for (const junk of NOT_BACKUPS) expect(readFileSync(join(dir, 'backups', junk), 'utf8')).toBe('mine')
  })

  it('two backups at the same instant do not overwrite each other', async () => {
    const dir = scratch.dir()
    const file = storeFileIn(dir, '"first"')
    const now = at('2025-01-01T00:00:00.000Z')
    const a = await takeBackup(dir, file, now)
    writeFileSync(file, '"second"')
    const b = await takeBackup(dir, file, now)
    expect(b).not.toBe(a)
    expect(readFileSync(a, 'utf8')).toBe('"first"')
    expect(readFileSync(b, 'utf8')).toBe('"second"')
    // The later one counts as the newer.
    expect(listBackups(dir)).toEqual([b, a])
  })

  it('listBackups gives full paths, counted ones first, then older ones newest first, ignoring other files', async () => {
    const dir = scratch.dir()
    const backups = join(dir, 'backups')
    mkdirSync(backups)
    const order = ['2025-03-01T10:00:00.000Z', '2024-12-31T23:59:59.999Z', '2025-03-01T09:59:59.999Z', '2025-01-15T00:00:00.000Z']
    for (const iso of order) writeFileSync(join(backups, oldNameAt(at(iso))), iso)
    for (const junk of NOT_BACKUPS) writeFileSync(join(backups, junk), 'x')
    const counted = await takeBackup(dir, storeFileIn(dir, '{}'), at('2020-01-01T00:00:00.000Z'))
    expect(listBackups(dir)).toEqual([
      counted,
      ...['2025-03-01T10:00:00.000Z', '2025-03-01T09:59:59.999Z', '2025-01-15T00:00:00.000Z', '2024-12-31T23:59:59.999Z'].map((iso) =>
        join(backups, oldNameAt(at(iso)))
      )
    ])
  })

  it('listBackups of a folder without backups/ is empty', () => {
    expect(listBackups(scratch.dir())).toEqual([])
  })

  it('isBackupName accepts backup names only: no path, no other file', () => {
    expect(isBackupName('casebook-000012-2025-01-01T00-00-00-000Z.json')).toBe(true)
    expect(isBackupName(oldNameAt(at('2025-01-01T00:00:00.000Z')))).toBe(true)
    for (const name of [...NOT_BACKUPS, '../casebook.json', 'backups/casebook-000012-2025-01-01T00-00-00-000Z.json', '/etc/passwd', '']) {
      expect(isBackupName(name)).toBe(false)
    }
  })
})
