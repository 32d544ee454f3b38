/** `casebook import kialo|argdown FILE`: a new motion from another tool's file, or one clear line. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { run } from './run-cli'

const FIXTURES = join(import.meta.dirname, '../interchange/fixtures')
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-cli-import-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))


describe('casebook import', () => {
  it('imports a Kialo discussion as a new motion with its whole tree', async () => {
    const result = await run('import', 'kialo', join(FIXTURES, 'discussion.kialo.txt'), '--data', dir)
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('Imported “Cities should ban private cars from their centres.”') })
    const library = JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8'))
    expect(library.motions).toHaveLength(1)
    expect(library.claims.length).toBeGreaterThan(5)
    expect(library.claims.some((c: { parentId: string | null }) => c.parentId !== null)).toBe(true)
  })

  it('imports an Argdown document', async () => {
    const result = await run('import', 'argdown', join(FIXTURES, 'debate.argdown'), '--data', dir)
    expect(result.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8')).motions).toHaveLength(1)
  })

  it('refuses a file that is not what it says, naming the line, and adds nothing', async () => {
    const file = join(dir, 'notes.txt')
    writeFileSync(file, 'Just some notes\n1.1. Pro: a claim\n')
    const result = await run('import', 'kialo', file, '--data', join(dir, 'data'))
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/^casebook import: .*notes\.txt: .*Discussion Title/)
    expect(result.err.split('\n')).toHaveLength(1)
    expect((await run('import', 'word', file)).err).toContain('say kialo, argdown or citations')
    expect((await run('import', 'kialo', join(dir, 'nope.txt'))).err).toContain('no such file')
  })
})
