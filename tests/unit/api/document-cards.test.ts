/**
 * Cards cut from an imported document: their text is taken from the document's text file at
 * the range, their pinpoint is the unit's label, and Check every card covers them.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import type { Library } from '../../../shared/model/library'
import type { Quote, Source } from '../../../shared/model/source'
import { apiStoreEachTest } from '../../support/api-store'

const TEXT = `The powers not delegated to the United States by the Constitution are reserved to the States.

Faction is sown in the nature of man.
`

const library = apiStoreEachTest('casebook-document-cards-')
const call = library.call
const api = (name: string, input: unknown) => library.api(name, input)

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
    await library.reopen(() => rmSync(join(library.dir, 'texts'), { recursive: true }))
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

    await library.reopen(() => {
      const file = join(library.dir, STORE_FILE)
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Library
      saved.quotes = saved.quotes.map((q) => (q.id === tampered.id ? { ...q, text: 'Fiction' } : q))
      writeFileSync(file, JSON.stringify(saved))
    })
    expect(await call<unknown[]>('library.check', {})).toEqual([
      { quoteId: tampered.id, sourceId: source.id, sourceMissing: false, tag: 'tampered', source: 'notes', pinpoint: '¶ 2', problem: 'its text differs from ¶ 2 at 0–7' }
    ])

    await library.reopen(() => rmSync(join(library.dir, 'texts'), { recursive: true }))
    const problems = await call<Array<{ quoteId: string; problem: string }>>('library.check', {})
    expect(problems.map((p) => [p.quoteId, p.problem])).toEqual([
      [good.id, 'the text of its source is missing or damaged, so it cannot be checked'],
      [tampered.id, 'the text of its source is missing or damaged, so it cannot be checked']
    ])
  })
})
