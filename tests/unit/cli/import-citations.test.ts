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

  it('--json gives the summary: added, duplicates, repeats, skipped with reasons, warnings', async () => {
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
      repeated: 0,
      skipped: [{ key: 'open2021', line: 6, reason: 'it is not closed: a "}" is missing before line 9, where the next entry begins' }],
      warnings: []
    })
  })

  it('says apart the entries the library has and those the file repeats', async () => {
    const data = join(dir, 'data')
    const first = join(dir, 'first.bib')
    writeFileSync(first, '@book{a, title = {A}, year = 2001}\n')
    await run('import', 'citations', first, '--data', data)
    const file = join(dir, 'refs.bib')
    writeFileSync(file, '@book{a, title = {A}, year = 2001}\n@book{b, title = {B}}\n@book{b2, title = {B}}\n')
    expect((await run('import', 'citations', file, '--data', data)).out).toBe(
      `Imported 1 source from ${file}; 1 entry was in the library already; 1 entry repeated an earlier one in the file.`
    )
  })

  it('refuses a PDF in one line naming it, and exits 1 when no entry of a file could be read', async () => {
    const pdf = join(dir, 'paper.pdf')
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0, 0x0a])]))
    const refused = await run('import', 'citations', pdf, '--data', join(dir, 'data'))
    expect([refused.code, refused.out, refused.err]).toEqual([
      1,
      '',
      `casebook import: ${pdf}: It is a PDF document, not a BibTeX, RIS or CSL-JSON file; nothing was imported.`
    ])
    const broken = join(dir, 'broken.bib')
    writeFileSync(broken, '@book{a, title = {A}\n@book{b, title = "B}\n')
    const none = await run('import', 'citations', broken, '--data', join(dir, 'data'), '--json')
    expect(none.code).toBe(1)
    expect(Object.keys(JSON.parse(none.out))).toEqual(['file', 'format', 'added', 'duplicates', 'repeated', 'skipped', 'warnings'])
    expect(JSON.parse(none.out)).toMatchObject({ added: 0, duplicates: 0, skipped: [{ key: 'a' }, { key: 'b' }] })
    expect(none.err).toBe(`casebook import: nothing was imported from ${broken}: none of its BibTeX entries could be read`)
  })

  it('reads a Latin-1 file as JabRef says it is written, and one that says nothing as Windows-1252 with a note', async () => {
    const data = join(dir, 'data')
    const jabref = join(dir, 'jabref.bib')
    writeFileSync(jabref, Buffer.concat([Buffer.from('% Encoding: ISO8859_1\n@book{m, author = {M'), Buffer.from([0xfc]), Buffer.from('ller, J.}, title = {Stra'), Buffer.from([0xdf]), Buffer.from('e}}\n')]))
    expect((await run('import', 'citations', jabref, '--data', data)).out).toBe(`Imported 1 source from ${jabref}.`)
    const plain = join(dir, 'plain.ris')
    writeFileSync(plain, Buffer.concat([Buffer.from('TY  - BOOK\nTI  - '), Buffer.from([0x93]), Buffer.from('Caf'), Buffer.from([0xe9, 0x94]), Buffer.from('\nER  - \n')]))
    const read = await run('import', 'citations', plain, '--data', data)
    expect(read.out.split('\n')).toEqual([
      `Imported 1 source from ${plain}.`,
      '  note: The file is not UTF-8; it was read as Windows-1252 (Western European). If names or titles show wrong letters, save the file as UTF-8 and import it again.'
    ])
    const library = JSON.parse(readFileSync(join(data, STORE_FILE), 'utf8'))
    expect(library.sources.map((s: { title: string }) => s.title)).toEqual(['Straße', '“Café”'])
    expect(library.sources[0].authors).toEqual([{ given: 'J.', family: 'Müller' }])
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
