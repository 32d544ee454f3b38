/** `casebook import citations FILE`: the good entries of a citation file added, the rest named with key, line and reason. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { run } from './run-cli'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-cli-citations-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const BIB = String.raw`@article{good2020,
  author = {H{\aa}kan Johansson},
  title = {Filters},
  journal = {Signal Processing}, volume = {4}, pages = {1--9}, year = {2020}
}
@book{open2021,
  title = {Unfinished},

@book{later, title = {Later}}
`

// Each import reads the file on a fresh worker that loads the BibTeX parser: seconds on a busy machine.
describe('casebook import citations', { timeout: 60_000 }, () => {
  it('adds the good entries and says which were skipped, by key, line and reason', async () => {
    const file = join(dir, 'refs.bib')
    writeFileSync(file, BIB)
    const data = join(dir, 'data')
    const result = await run('import', 'citations', file, '--data', data)
    expect(result.code).toBe(0)
    expect(result.out.split('\n')).toEqual([
      `Imported 2 sources from ${file}; 1 entry was skipped.`,
      '  skipped "open2021" (line 6): it is not closed: a "}" is missing before line 9, where the next entry begins'
    ])
    const library = JSON.parse(readFileSync(join(data, STORE_FILE), 'utf8'))
    expect(library.sources.map((s: { title: string }) => s.title)).toEqual(['Filters', 'Later'])
    expect(library.sources[0]).toMatchObject({ authors: [{ given: 'Håkan', family: 'Johansson' }], volume: '4', pages: '1–9' })
  })

  it('--json gives the summary: added, duplicates, skipped with reasons, warnings', async () => {
    const file = join(dir, 'refs.bib')
    writeFileSync(file, BIB)
    const data = join(dir, 'data')
    await run('import', 'citations', file, '--data', data)
    const again = await run('import', 'citations', file, '--data', data, '--json')
    expect(again.code).toBe(0)
    expect(JSON.parse(again.out)).toEqual({
      file,
      format: 'BibTeX',
      added: 0,
      duplicates: 2,
      skipped: [{ key: 'open2021', line: 6, reason: 'it is not closed: a "}" is missing before line 9, where the next entry begins' }],
      warnings: []
    })
  })

  it('reads RIS by its extension, and refuses a file that is not JSON in one line', async () => {
    const ris = join(dir, 'refs.ris')
    writeFileSync(ris, 'TY  - BOOK\nTI  - A book\nER  - \n')
    expect((await run('import', 'citations', ris, '--data', join(dir, 'data'))).out).toBe(`Imported 1 source from ${ris}.`)
    const json = join(dir, 'refs.json')
    writeFileSync(json, '[{"title": "A"},')
    const refused = await run('import', 'citations', json, '--data', join(dir, 'data'))
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/^casebook import: .*refs\.json: The CSL-JSON file is not valid JSON/)
  })
})
