/**
 * A restore is whole for imported documents: their texts are never deleted, so a restored library
 * finds them, whether restored by the user or in place of a damaged library file; a text that is
 * missing or damaged on disk is named, and never trusted.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import type { Quote, Source, SourceUnit } from '../../../shared/model/source'
import { apiStoreEachTest } from '../../support/api-store'

const library = apiStoreEachTest('casebook-document-backups-')
const call = library.call

describe('restoring a backup after an import', () => {
  it('brings back a deleted document source with its text, and names a text that is gone', { timeout: 60_000 }, async () => {
    const { source } = await call<{ source: Source }>('source.importDocument', { fileName: 'memo.txt', base64: Buffer.from('Every word kept.\n').toString('base64') })
    // Opening again backs up the library as it is: with the document.
    await library.reopen()
    const [withDocument] = await call<Array<{ id: string }>>('backup.list', {})
    await call('source.delete', { sourceId: source.id })
    expect(library.store.library.sources).toEqual([])

    const restored = await call<{ notices: unknown[] }>('backup.restore', { id: withDocument?.id })
    expect(restored.notices).toEqual([])
    expect(library.store.library.sources).toEqual([source])
    expect(await call<{ units: SourceUnit[] }>('source.text', { sourceId: source.id })).toMatchObject({ units: [{ text: 'Every word kept.' }] })

    rmSync(join(library.dir, 'texts'), { recursive: true })
    const again = await call<{ notices: Array<{ message: string }> }>('backup.restore', { id: withDocument?.id })
    expect(again.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^The text of one imported document is missing or damaged: “memo” \(.*texts.*\)\. Their fields are restored; import the documents again to read them\.$/)
    ])
    expect(library.store.library.sources).toEqual([source])
  })
})

describe('a text damaged on disk', () => {
  const textFile = (source: Source) => join(library.dir, 'texts', `${source.document?.textHash}.json`)
  const damage = (source: Source) => writeFileSync(textFile(source), readFileSync(textFile(source), 'utf8').replace('Every', 'Not every'))

  it('is named by a restore, not read in the reader, and its cards listed as unchecked', { timeout: 60_000 }, async () => {
    const { source } = await call<{ source: Source }>('source.importDocument', { fileName: 'memo.txt', base64: Buffer.from('Every word kept.\n').toString('base64') })
    const card = await call<Quote>('quote.create', { sourceId: source.id, unitId: 'para-1', range: { start: 0, end: 5 } })
    await library.reopen()
    const [backup] = await call<Array<{ id: string }>>('backup.list', {})
    damage(source)

    const restored = await call<{ notices: Array<{ message: string }> }>('backup.restore', { id: backup?.id })
    expect(restored.notices.map((n) => n.message)).toEqual([expect.stringMatching(/^The text of one imported document is missing or damaged: “memo”/)])
    const read = await library.api('source.text', { sourceId: source.id })
    expect(read).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The text of “memo” is damaged/) } })
    expect(await call<Array<{ quoteId: string; problem: string }>>('library.check', {})).toMatchObject([
      { quoteId: card.id, problem: 'the text of its source is missing or damaged, so it cannot be checked' }
    ])
  })
})

describe('a library file damaged on disk', () => {
  it('is replaced by the newest backup, which finds its texts; one damaged too is named', { timeout: 60_000 }, async () => {
    const { source } = await call<{ source: Source }>('source.importDocument', { fileName: 'memo.txt', base64: Buffer.from('Every word kept.\n').toString('base64') })
    await call<Quote>('quote.create', { sourceId: source.id, unitId: 'para-1', range: { start: 0, end: 5 } })
    // Opening again backs up the library with the document and its card.
    await library.reopen()
    await library.reopen(() => writeFileSync(join(library.dir, STORE_FILE), '{"motions": ['))
    expect(library.store.notices.map((n) => n.kind)).toEqual(['restored-from-backup'])
    expect(library.store.library.sources).toEqual([source])
    expect(await call<{ units: SourceUnit[] }>('source.text', { sourceId: source.id })).toMatchObject({ units: [{ text: 'Every word kept.' }] })
    expect(await call<unknown[]>('library.check', {})).toEqual([])

    const file = join(library.dir, 'texts', `${source.document?.textHash}.json`)
    await library.reopen(() => {
      writeFileSync(file, readFileSync(file, 'utf8').replace('Every', 'Not every'))
      writeFileSync(join(library.dir, STORE_FILE), 'not JSON')
    })
    expect(library.store.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/was restored\.$/),
      expect.stringMatching(/^The text of one imported document is missing or damaged: “memo” \(.*texts.*\)\. Their fields are restored/)
    ])
    expect(await library.api('source.text', { sourceId: source.id })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is damaged/) } })
  })
})
