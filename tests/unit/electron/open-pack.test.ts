import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { packFileFromArgv, PendingPack } from '../../../electron/main/open-pack'

const folder = mkdtempSync(join(tmpdir(), 'casebook-open-pack-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('packFileFromArgv', () => {
  it('finds the pack a double-click put on the command line, relative to where it was launched', () => {
    expect(packFileFromArgv(['C:\\Casebook\\Casebook.exe', 'C:\\Users\\ana\\Unit 3.casebook'], 'C:\\')).toBe(resolve('C:\\', 'C:\\Users\\ana\\Unit 3.casebook'))
    expect(packFileFromArgv(['/opt/Casebook/casebook', 'packs/unit3.CaseBook'], '/home/ana')).toBe('/home/ana/packs/unit3.CaseBook')
  })

  it('ignores the app itself, flags, the data folder’s name and other files', () => {
    expect(packFileFromArgv(['/opt/Casebook/casebook'], '/')).toBeNull()
    expect(packFileFromArgv(['/opt/Casebook/casebook', '--data', '/srv/library.casebook'], '/')).toBeNull()
    expect(packFileFromArgv(['/opt/Casebook/casebook', '--data=/srv/x.casebook', '--no-sandbox', 'notes.txt', 'casebook'], '/')).toBeNull()
  })
})

describe('PendingPack', () => {
  it('gives the newest pack offered, once', () => {
    const pending = new PendingPack()
    const a = join(folder, 'a.casebook')
    const b = join(folder, 'b.casebook')
    writeFileSync(a, 'A')
    writeFileSync(b, 'B')
    pending.offer(a)
    pending.offer(b)
    expect(pending.waiting).toBe(true)
    expect(pending.take()).toEqual({ name: 'b.casebook', text: 'B' })
    expect(pending.waiting).toBe(false)
    expect(pending.take()).toBeNull()
  })

  it('refuses a file larger than a pack may be, naming it, without reading it', () => {
    const big = join(folder, 'big.casebook')
    writeFileSync(big, '')
    truncateSync(big, 20 * 1024 * 1024 + 1)
    const pending = new PendingPack()
    pending.offer(big)
    expect(() => pending.take()).toThrow('big.casebook cannot be opened: it is larger than 20 MB. Nothing was imported.')
  })
})
