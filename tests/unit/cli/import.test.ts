/** `casebook import kialo|argdown FILE`: a new motion from another tool's file, or one clear line. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { ImportSummarySchema } from '../../../shared/interchange/import-summary'
import { sharedFile } from '../../support/shared-folder'
import { run } from './run-cli'

const POPULISM = sharedFile('fixtures/real-world/argdown/populism-core-argument.argdown')

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

  it('prints, with --json, the summary the app shows: counts added, what was skipped and why, warnings', async () => {
    const file = join(dir, 'current.txt')
    const lines = readFileSync(join(FIXTURES, 'discussion-current.kialo.txt'), 'utf8').split('\r\n')
    // A link from the thesis cannot be kept (a motion holds no links): it is skipped, with the reason.
    lines.splice(lines.indexOf('Sources:'), 0, '  1.4. Pro:', '  -> See 1.2.', '')
    writeFileSync(file, lines.join('\r\n'))
    const result = await run('import', 'kialo', file, '--data', dir, '--json')
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.out)
    const library = JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8'))
    expect(printed).toEqual({
      motion: { id: library.motions[0].id, title: 'Cities should ban private cars from their centres.' },
      format: 'kialo',
      added: {
        motions: 1,
        claims: 7,
        arguments: 0,
        contentions: library.claims.filter((c: { parentId: string | null }) => c.parentId === null).length,
        tags: 0,
        sources: 3,
        cards: 2,
        seeAlsoLinks: 1
      },
      alreadyHad: { sources: 0, cards: 0 },
      skipped: [{ entry: `Line ${lines.indexOf('  1.4. Pro:') + 1}: claim 1.4.`, reason: 'it links the thesis to 1.2.; a motion holds no see-also links.' }],
      warnings: []
    })
    expect([library.claims.length, library.sources.length, library.quotes.length]).toEqual([7, 3, 2])
    const plain = await run('import', 'kialo', file, '--data', dir)
    expect(plain.out).toContain('with 7 claims.\n  added: 0 sources, 0 cards, 1 see-also link; already in the library: 3 sources, 2 cards')
    expect(plain.out).toContain('skipped: Line')
  })

  it('imports an Argdown document', async () => {
    const result = await run('import', 'argdown', join(FIXTURES, 'debate.argdown'), '--data', dir)
    expect(result.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8')).motions).toHaveLength(1)
  })

  it('--json prints what was added, left out and warned about, and the library holds exactly that', async () => {
    const result = await run('import', 'argdown', join(FIXTURES, 'graph.argdown'), '--data', dir, '--json')
    expect(result.code).toBe(0)
    const summary = ImportSummarySchema.parse(JSON.parse(result.out))
    const library = JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8'))
    expect(summary).toMatchObject({ format: 'argdown', motion: { id: library.motions[0].id, title: 'Motion' } })
    expect(summary.added).toEqual({ motions: 1, claims: library.claims.length, arguments: 0, contentions: 4, tags: 0, sources: 0, cards: 0, seeAlsoLinks: 2 })
    expect(library.claims.flatMap((c: { seeAlso?: string[] }) => c.seeAlso ?? [])).toHaveLength(2)
    // Every relation left out of the tree is listed, with its relation, not only counted.
    expect(summary.relations).toEqual({
      drawn: 7,
      inTree: 5,
      seeAlso: 2,
      repeated: 0,
      leftOut: [
        { from: '[B]', to: '[C]', relation: 'support', reason: 'second parent' },
        { from: '[E]', to: '[F]', relation: 'support', reason: 'cycle' }
      ]
    })
    expect(summary.skipped).toEqual([])
    expect(summary.warnings).toHaveLength(3)
  })

  it('--json on a real Argdown document: every relation of Argdown\'s map accounted for', POPULISM.options, async () => {
    const result = await run('import', 'argdown', POPULISM.path, '--data', dir, '--json')
    const summary = ImportSummarySchema.parse(JSON.parse(result.out))
    expect(summary.added).toMatchObject({ claims: 55, arguments: 27, contentions: 1, seeAlsoLinks: 5 })
    expect(summary.relations).toMatchObject({ drawn: 60, inTree: 55, seeAlso: 5, repeated: 0 })
    expect(summary.relations?.leftOut).toHaveLength(5)
  })

  it('refuses a file that is not what it says, naming the line, and adds nothing', async () => {
    const file = join(dir, 'notes.txt')
    writeFileSync(file, 'Just some notes\n1.1. Pro: a claim\n')
    const result = await run('import', 'kialo', file, '--data', join(dir, 'data'))
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/^casebook import: .*notes\.txt: .*Discussion Title/)
    expect(result.err.split('\n')).toHaveLength(1)
    expect((await run('import', 'word', file)).err).toContain('say kialo, argdown, citations, document or verbatim')
    expect((await run('import', 'kialo', join(dir, 'nope.txt'))).err).toContain('no such file')
  })
})
