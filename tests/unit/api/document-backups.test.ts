/** A restore is whole for imported documents: their texts are never deleted, so a restored library finds them. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { Store } from '../../../electron/main/store/store'
import type { Source, SourceUnit } from '../../../shared/model/source'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
async function open(): Promise<void> {
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
}
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-document-backups-'))
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

describe('restoring a backup after an import', () => {
  it('brings back a deleted document source with its text, and names a text that is gone', { timeout: 60_000 }, async () => {
    const { source } = await call<{ source: Source }>('source.importDocument', { fileName: 'memo.txt', base64: Buffer.from('Every word kept.\n').toString('base64') })
    // Opening again backs up the library as it is: with the document.
    await store.close()
    await open()
    const [withDocument] = await call<Array<{ id: string }>>('backup.list', {})
    await call('source.delete', { sourceId: source.id })
    expect(store.library.sources).toEqual([])

    const restored = await call<{ notices: unknown[] }>('backup.restore', { id: withDocument?.id })
    expect(restored.notices).toEqual([])
    expect(store.library.sources).toEqual([source])
    expect(await call<{ units: SourceUnit[] }>('source.text', { sourceId: source.id })).toMatchObject({ units: [{ text: 'Every word kept.' }] })

    rmSync(join(dir, 'texts'), { recursive: true })
    const again = await call<{ notices: Array<{ message: string }> }>('backup.restore', { id: withDocument?.id })
    expect(again.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^The text of one imported document is missing or damaged: “memo” \(.*texts.*\)\. Their fields are restored; import the documents again to read them\.$/)
    ])
    expect(store.library.sources).toEqual([source])
  })
})
