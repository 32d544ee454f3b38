/** A restore is whole for imported documents: their texts are never deleted, so a restored library finds them. */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Source, SourceUnit } from '../../../shared/model/source'
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
