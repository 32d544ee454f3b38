/**
 * Cards cut from an imported document: their text is taken from the document's text file at
 * the range, their pinpoint is the unit's label, and Check every card covers them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { Store } from '../../../electron/main/store/store'
import type { Library } from '../../../shared/model/library'
import type { Quote, Source } from '../../../shared/model/source'
import { testEnv } from '../shared/fixtures'

const TEXT = `The powers not delegated to the United States by the Constitution are reserved to the States.

Faction is sown in the nature of man.
`

let dir: string
let store: Store
let api: Api
async function open(): Promise<void> {
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
}
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-document-cards-'))
  await open()
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function call<T>(name: string, input: unknown): Promise<T> {
  const outcome = await api(name, input)
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`)
  return outcome.data as T
}

async function importText(): Promise<Source> {
  return (await call<{ source: Source }>('source.importDocument', { fileName: 'notes.txt', base64: Buffer.from(TEXT).toString('base64') })).source
}

describe('cutting a card from a document', () => {
  it('takes the text from the unit at the range, and the unit’s label as the pinpoint', async () => {
    const source = await importText()
    const card = await call<Quote>('quote.create', { sourceId: source.id, unitId: 'para-2', range: { start: 0, end: 7 }, tag: 'Faction' })
    expect(card).toMatchObject({ text: 'Faction', pinpoint: '¶ 2', unitId: 'para-2', range: { start: 0, end: 7 } })

    const wrong = await api('quote.create', { sourceId: source.id, unitId: 'para-2', range: { start: 0, end: 7 }, text: 'Fiction' })
    expect(wrong).toMatchObject({ ok: false, error: { message: 'The card\'s text is not what ¶ 2 says at that range', path: 'text' } })
    const outside = await api('quote.create', { sourceId: source.id, unitId: 'para-2', range: { start: 30, end: 90 } })
    expect(outside).toMatchObject({ ok: false, error: { message: 'The range 30–90 is outside ¶ 2 (its text has 37 characters)' } })
    const nowhere = await api('quote.create', { sourceId: source.id, unitId: 'para-9', range: { start: 0, end: 1 } })
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'not_found', message: '“notes” has no part "para-9"' } })
  })

  it('keeps a cut card’s text exact: a change is saved only as a marked alteration', async () => {
    const source = await importText()
    const card = await call<Quote>('quote.create', { sourceId: source.id, unitId: 'para-1', range: { start: 0, end: 93 } })
    expect(card.text).toBe('The powers not delegated to the United States by the Constitution are reserved to the States.')
    const unmarked = await api('quote.update', { quoteId: card.id, text: 'The powers are reserved to the States.' })
    expect(unmarked).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const altered = await call<Quote>('quote.update', { quoteId: card.id, text: 'The powers … are reserved to the States.', alteration: true })
    expect(altered).toMatchObject({ text: 'The powers … are reserved to the States.', alteration: true })
  })

  it('with the text file missing: refuses a cut, naming the source, and still lets a card be tagged', async () => {
    const source = await importText()
    const card = await call<Quote>('quote.create', { sourceId: source.id, unitId: 'para-2', range: { start: 0, end: 7 } })
    await store.close()
    rmSync(join(dir, 'texts'), { recursive: true })
    await open()
    const cut = await api('quote.create', { sourceId: source.id, unitId: 'para-2', range: { start: 8, end: 10 } })
    expect(cut).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/^The text of “notes” is missing/) } })
    expect(await call<Quote>('quote.update', { quoteId: card.id, tag: 'Faction is natural' })).toMatchObject({ tag: 'Faction is natural', text: 'Faction' })
    const edit = await api('quote.update', { quoteId: card.id, text: 'Faction …', alteration: true })
    expect(edit).toMatchObject({ ok: false, error: { message: 'The text of “notes” cannot be read, so no card can be cut from it or checked against it' } })
  })
})

describe('checking every card', () => {
  it('lists a card cut from a document whose text no longer matches its unit, and one whose text file is gone', async () => {
    const source = await importText()
    const good = await call<Quote>('quote.create', { sourceId: source.id, unitId: 'para-1', range: { start: 0, end: 10 }, tag: 'good' })
    const tampered = await call<Quote>('quote.create', { sourceId: source.id, unitId: 'para-2', range: { start: 0, end: 7 }, tag: 'tampered' })
    expect(await call<unknown[]>('library.check', {})).toEqual([])

    await store.close()
    const file = join(dir, STORE_FILE)
    const library = JSON.parse(readFileSync(file, 'utf8')) as Library
    library.quotes = library.quotes.map((q) => (q.id === tampered.id ? { ...q, text: 'Fiction' } : q))
    writeFileSync(file, JSON.stringify(library))
    await open()
    expect(await call<unknown[]>('library.check', {})).toEqual([
      { quoteId: tampered.id, sourceId: source.id, sourceMissing: false, tag: 'tampered', source: 'notes', pinpoint: '¶ 2', problem: 'its text differs from ¶ 2 at 0–7' }
    ])

    await store.close()
    rmSync(join(dir, 'texts'), { recursive: true })
    await open()
    const problems = await call<Array<{ quoteId: string; problem: string }>>('library.check', {})
    expect(problems.map((p) => [p.quoteId, p.problem])).toEqual([
      [good.id, 'the text of its source is missing or damaged, so it cannot be checked'],
      [tampered.id, 'the text of its source is missing or damaged, so it cannot be checked']
    ])
  })
})
