/**
 * Importing a document as a source, through the same handlers the page and the CLI call: its
 * text in its own file under texts/, the source referring to it, the same file recognised again.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { Store } from '../../../electron/main/store/store'
import type { Source, SourceUnit } from '../../../shared/model/source'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-documents-api-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const MARKDOWN = `# The Federalist No. 10

AMONG the numerous advantages promised by a well constructed Union, none deserves to be more accurately developed than its tendency to break and control the violence of faction.

## The causes of faction

The latent causes of faction are thus sown in the nature of man.
`

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

async function call<T>(name: string, input: unknown): Promise<T> {
  const outcome = await api(name, input)
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`)
  return outcome.data as T
}

interface Imported {
  source: Source
  alreadyHad: boolean
  warnings: string[]
}

const textFiles = () => (existsSync(join(dir, 'texts')) ? readdirSync(join(dir, 'texts')).sort() : [])

describe('importing a document', () => {
  it('keeps a Markdown file’s text in its own file, named by the hash of its content, and the source refers to it', async () => {
    const { source, alreadyHad } = await call<Imported>('source.importDocument', { fileName: 'federalist-10.md', base64: base64(MARKDOWN) })
    expect(alreadyHad).toBe(false)
    expect(source).toMatchObject({
      kind: 'article',
      title: 'The Federalist No. 10',
      document: {
        kind: 'markdown',
        fileName: 'federalist-10.md',
        fileHash: createHash('sha256').update(MARKDOWN).digest('hex'),
        unitCount: 2,
        fieldOrigins: { title: 'the first “#” heading' },
        textQuality: 'good'
      }
    })
    expect(source.units).toBeUndefined()

    const textHash = source.document?.textHash ?? ''
    expect(textFiles()).toEqual([`${textHash}.json`])
    const content = readFileSync(join(dir, 'texts', `${textHash}.json`))
    expect(createHash('sha256').update(content).digest('hex')).toBe(textHash)
    // The library file holds the reference, never the text.
    const library = readFileSync(join(dir, STORE_FILE), 'utf8')
    expect(library).toContain(textHash)
    expect(library).not.toContain('latent causes of faction')

    const { units } = await call<{ units: SourceUnit[] }>('source.text', { sourceId: source.id })
    expect(units).toEqual([
      {
        id: 'para-1',
        label: '¶ 1',
        // The opening "# The Federalist No. 10" is the source's title, not repeated as a heading over the text.
        text: 'AMONG the numerous advantages promised by a well constructed Union, none deserves to be more accurately developed than its tendency to break and control the violence of faction.'
      },
      { id: 'para-2', label: '¶ 2', heading: 'The causes of faction', text: 'The latent causes of faction are thus sown in the nature of man.' }
    ])
  })

  it('titles a plain text file by its name, and reads its text back from a new store', async () => {
    const text = 'First paragraph.\n\nSecond paragraph, with “quotes” — and a dash.\n'
    const { source } = await call<Imported>('source.importDocument', { fileName: 'notes/Interview 2024.txt', base64: base64(text) })
    expect(source).toMatchObject({ title: 'Interview 2024', kind: 'article', document: { kind: 'text', unitCount: 2, fieldOrigins: {} } })
    await store.close()
    store = await Store.open(dir, { holder: 'cli' })
    api = createApi({ store, env: testEnv(), appVersion: '0' })
    const { units } = await call<{ units: SourceUnit[] }>('source.text', { sourceId: source.id })
    expect(units.map((u) => u.text)).toEqual(['First paragraph.', 'Second paragraph, with “quotes” — and a dash.'])
  })

  it('recognises the same file imported again: it answers the source it has and writes nothing', async () => {
    const first = await call<Imported>('source.importDocument', { fileName: 'federalist-10.md', base64: base64(MARKDOWN) })
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const again = await call<Imported>('source.importDocument', { fileName: 'renamed copy.md', base64: base64(MARKDOWN) })
    expect(again).toEqual({ ...first, alreadyHad: true })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
    expect(store.library.sources).toHaveLength(1)
    expect(textFiles()).toHaveLength(1)
  })

  it('refuses a file it cannot read, leaving the library and texts/ as they were', async () => {
    await call<Imported>('source.importDocument', { fileName: 'federalist-10.md', base64: base64(MARKDOWN) })
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const texts = textFiles()
    const refusals = [
      [{ fileName: 'blank.txt', base64: base64('\n\n  \n') }, 'blank.txt has no text'],
      [{ fileName: 'binary.txt', base64: Buffer.from([0x41, 0, 0x42, 0]).toString('base64') }, 'binary.txt is not a text file'],
      [{ fileName: 'old.doc', base64: base64('plain words') }, 'old.doc is an old Word (.doc) file'],
      [{ fileName: 'cut.txt', base64: 'QUJD!' }, 'cut.txt did not arrive whole']
    ] as const
    for (const [input, message] of refusals) {
      const outcome = await api('source.importDocument', input)
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(message) } })
    }
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
    expect(textFiles()).toEqual(texts)
  })

  it('refuses a file over the size limit before decoding it', async () => {
    const limit = 40 * 1024 * 1024
    // Length alone says the size: the (invalid) content is never decoded.
    const outcome = await api('source.importDocument', { fileName: 'huge.pdf', base64: 'A'.repeat(Math.ceil(limit / 3) * 4 + 4) })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'huge.pdf is larger than 40 MB, the most that can be read', path: 'base64' } })
    expect(textFiles()).toEqual([])
    expect(store.library.sources).toEqual([])
  })
})

describe('a document source’s text file', () => {
  async function imported(): Promise<Source> {
    return (await call<Imported>('source.importDocument', { fileName: 'federalist-10.md', base64: base64(MARKDOWN) })).source
  }

  it('missing: the reader is told, naming the source, and the source still shows its fields', async () => {
    const source = await imported()
    await store.close()
    rmSync(join(dir, 'texts'), { recursive: true })
    store = await Store.open(dir, { holder: 'cli' })
    api = createApi({ store, env: testEnv(), appVersion: '0' })
    const outcome = await api('source.text', { sourceId: source.id })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/^The text of “The Federalist No\. 10” is missing: .*texts/) } })
    expect(await call<{ source: Source }>('source.get', { sourceId: source.id })).toMatchObject({ source: { title: 'The Federalist No. 10' } })
    expect(await call<unknown[]>('source.list', {})).toHaveLength(4)
  })

  it('damaged: its content no longer has its hash, and the reader is told so', async () => {
    const source = await imported()
    await store.close()
    const file = join(dir, 'texts', `${source.document?.textHash}.json`)
    writeFileSync(file, readFileSync(file, 'utf8').replace('faction', 'fiction'))
    store = await Store.open(dir, { holder: 'cli' })
    api = createApi({ store, env: testEnv(), appVersion: '0' })
    const outcome = await api('source.text', { sourceId: source.id })
    expect(outcome).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The text of “The Federalist No\. 10” is damaged/) } })
    // Editing the source rewrites the library, not the text.
    expect(await call<Source>('source.update', { sourceId: source.id, publisher: 'The Independent Journal' })).toMatchObject({ publisher: 'The Independent Journal' })
  })
})

describe('editing a document source', () => {
  it('drops the origin of each field the user changes, and keeps the others', async () => {
    const { source } = await call<Imported>('source.importDocument', { fileName: 'federalist-10.md', base64: base64(MARKDOWN) })
    const same = await call<Source>('source.update', { sourceId: source.id, title: 'The Federalist No. 10', publisher: 'Publius' })
    expect(same.document?.fieldOrigins).toEqual({ title: 'the first “#” heading' })
    const edited = await call<Source>('source.update', { sourceId: source.id, title: 'Federalist 10' })
    expect(edited.document?.fieldOrigins).toEqual({})
    expect(edited.document?.textHash).toBe(source.document?.textHash)
  })
})

describe('searching the library', () => {
  it('finds a word of an imported document’s text, as a hit that opens the reader at its unit', async () => {
    const { source } = await call<Imported>('source.importDocument', { fileName: 'federalist-10.md', base64: base64(MARKDOWN) })
    const hits = await call<Array<{ kind: string; sourceId: string; unitId: string; title: string }>>('search.query', { query: 'latent' })
    expect(hits[0]).toMatchObject({ kind: 'unit', sourceId: source.id, unitId: 'para-2', title: 'The Federalist No. 10, ¶ 2' })
    // A renamed source names its units by the new title; a deleted one leaves the index.
    await call('source.update', { sourceId: source.id, title: 'Federalist 10' })
    expect((await call<Array<{ title: string }>>('search.query', { query: 'latent' }))[0]).toMatchObject({ title: 'Federalist 10, ¶ 2' })
    await call('source.delete', { sourceId: source.id })
    expect(await call<unknown[]>('search.query', { query: 'latent' })).toEqual([])
  })
})
