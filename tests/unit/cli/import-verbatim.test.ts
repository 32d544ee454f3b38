/** `casebook import verbatim FILE`: a Verbatim Word file into a new motion or the card library, through the app's handler. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { ImportSummarySchema } from '../../../shared/interchange/import-summary'
import { verbatimDocx } from '../../support/verbatim-docx'
import { run } from './run-cli'

let dir: string
let file: string
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-cli-verbatim-'))
  file = join(dir, 'neg.docx')
  writeFileSync(
    file,
    await verbatimDocx([
      { kind: 'pocket', text: '1NC' },
      { kind: 'hat', text: 'Counterplan' },
      { kind: 'block', text: 'Text' },
      { kind: 'analytic', tag: 'The states should do the plan' },
      { kind: 'block', text: 'Solvency' },
      { kind: 'card', tag: 'States solve', citeHead: 'Rogers 19', citeRest: ', law professor, "Fifty Labs," Yale Law Journal, 3/1/2019', runs: [{ text: 'States ', mark: 'underline' }, { text: 'can act faster.' }] }
    ])
  )
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const library = () => JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8'))

describe('casebook import verbatim', () => {
  it('imports into a new motion and prints the counts of pockets, hats, blocks, cards and analytics', async () => {
    const result = await run('import', 'verbatim', file, '--data', dir)
    expect(result.code).toBe(0)
    expect(result.out).toContain('Imported neg.docx as the motion “1NC”')
    expect(result.out).toContain('the file: 1 pocket, 1 hat, 2 blocks, 1 card, 1 analytic')
    expect(library().motions.map((m: { title: string }) => m.title)).toContain('1NC')
    expect(library().quotes.find((q: { tag: string }) => q.tag === 'States solve')?.text).toBe('States can act faster.')
  })

  it('with --into cards --json adds only cards and prints the counts with the summary', async () => {
    const result = await run('import', 'verbatim', file, '--into', 'cards', '--data', dir, '--json')
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.out)
    expect(printed).toMatchObject({ into: 'cards', counts: { pockets: 1, hats: 1, blocks: 2, cards: 1, analytics: 1 } })
    expect(ImportSummarySchema.parse(printed)).toMatchObject({ format: 'verbatim', motion: null, added: { cards: 1, sources: 1, claims: 0 } })
    expect(library().motions.some((m: { title: string }) => m.title === '1NC')).toBe(false)
  })

  it('refuses a file that is not a Word file and an unknown --into, in one line, writing nothing', async () => {
    const pdf = join(dir, 'renamed.docx')
    writeFileSync(pdf, '%PDF-1.4\n')
    const refused = await run('import', 'verbatim', pdf, '--data', dir)
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining('"renamed.docx" is not a Word (.docx) file') })
    expect((await run('import', 'verbatim', file, '--into', 'brief', '--data', dir)).err).toContain('--into takes motion or cards')
    expect(library().quotes ?? []).toHaveLength(0)
  })
})
