import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { Store } from '../../../electron/main/store/store'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-sources-api-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const GOOD_BIBTEX = `@article{rnz2025,
  title = {Could California leave the United States? It's complicated.},
  journal = {RNZ},
  year = {2025}
}
@book{amar2005,
  author = {Amar, Akhil Reed},
  title = {America's Constitution: A Biography},
  publisher = {Random House},
  year = {2005}
}`

describe('importing citation files', () => {
  it('adds every source in a good file', async () => {
    const outcome = await api('source.import', { format: 'bibtex', text: GOOD_BIBTEX })
    expect(outcome.ok).toBe(true)
    const list = await api('source.list', {})
    const titles = list.ok ? (list.data as Array<{ source: { title: string } }>).map((s) => s.source.title) : []
    expect(titles).toContain("America's Constitution: A Biography")
    expect(titles.some((t) => t.startsWith('Could California leave'))).toBe(true)
  })

  it('adds nothing twice: a file imported again adds only what the library does not have', async () => {
    const first = await api('source.import', { format: 'bibtex', text: GOOD_BIBTEX })
    const again = await api('source.import', { format: 'bibtex', text: GOOD_BIBTEX })
    expect(first.ok && again.ok).toBe(true)
    if (!first.ok || !again.ok) return
    const { added, alreadyHad } = first.data as { added: unknown[]; alreadyHad: number }
    expect(again.data).toMatchObject({ added: [], alreadyHad: added.length + alreadyHad, summary: { added: 0, duplicates: 2, repeated: 0 } })
  })

  it('counts an entry repeated within the file apart from those the library has, and adds it once', async () => {
    await api('source.import', { format: 'bibtex', text: GOOD_BIBTEX.split('@book{amar2005')[0] ?? '' })
    const twice = `${GOOD_BIBTEX}\n@book{amar2005again,\n  author = {Amar, Akhil Reed},\n  title = {America's Constitution: A Biography},\n  publisher = {Random House},\n  year = {2005}\n}\n`
    const preview = await api('source.importPreview', { format: 'bibtex', text: twice })
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.data).toMatchObject({
      entries: [{ key: 'amar2005', line: 6 }],
      duplicates: [{ key: 'rnz2025', line: 1 }],
      repeated: [{ key: 'amar2005again', line: 12, title: "America's Constitution: A Biography", firstLine: 6 }]
    })
    const outcome = await api('source.import', { format: 'bibtex', text: twice })
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.data).toMatchObject({ added: [{ title: "America's Constitution: A Biography" }], alreadyHad: 1, summary: { added: 1, duplicates: 1, repeated: 1 } })
  }, 60_000)

  it('previews a file with a broken entry without changing the store, then imports the good ones', async () => {
    await api('source.import', { format: 'bibtex', text: GOOD_BIBTEX.split('@book{amar2005')[0] ?? '' })
    const before = readFileSync(join(dir, 'casebook.json'), 'utf8')
    const broken = `${GOOD_BIBTEX}\n@book{open2020,\n  title = {Unfinished},\n\n@book{later, title={Later}}\n`
    const preview = await api('source.importPreview', { format: 'bibtex', text: broken })
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.data).toEqual({
      entries: [
        { key: 'amar2005', line: 6, title: "America's Constitution: A Biography", kind: 'book' },
        { key: 'later', line: 15, title: 'Later', kind: 'book' }
      ],
      duplicates: [{ key: 'rnz2025', line: 1, title: "Could California leave the United States? It's complicated.", sourceId: expect.any(String) }],
      repeated: [],
      skipped: [{ key: 'open2020', line: 12, reason: 'it is not closed: a "}" is missing before line 15, where the next entry begins' }],
      warnings: []
    })
    expect(readFileSync(join(dir, 'casebook.json'), 'utf8')).toBe(before)

    const outcome = await api('source.import', { format: 'bibtex', text: broken })
    if (!outcome.ok) throw new Error(outcome.error.message)
    const { added, summary } = outcome.data as { added: Array<{ title: string }>; summary: unknown }
    expect(added.map((source) => source.title)).toEqual(["America's Constitution: A Biography", 'Later'])
    expect(summary).toEqual({ added: 2, duplicates: 1, repeated: 0, skipped: (preview.data as { skipped: unknown }).skipped, warnings: [] })
    // Three reads, each on a fresh worker that loads the BibTeX parser: slow on a busy machine.
  }, 60_000)
})

describe('citing a source', () => {
  it('gives the legal form with a pinpoint for a case, next to the style’s own forms', async () => {
    const outcome = await api('source.cite', { sourceId: 'texas-v-white', style: 'apa', pinpoint: '74 U.S. at 726' })
    expect(outcome).toEqual({
      ok: true,
      data: { bibliography: 'Texas v. White, 74 U.S. 700 (1869).', inText: expect.any(String), legal: 'Texas v. White, 74 U.S. 700, 726 (1869)' }
    })
  })
})
