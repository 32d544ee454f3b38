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
    expect(again.data).toEqual({ added: [], alreadyHad: added.length + alreadyHad })
  })

  it('imports nothing from a malformed file, names the entry, and leaves the store as it was', async () => {
    const before = readFileSync(join(dir, 'casebook.json'), 'utf8')
    const broken = GOOD_BIBTEX.replace("complicated.},\n  journal = {RNZ},\n  year = {2025}\n}", "complicated.},\n  journal = {RNZ},\n  year = {2025}\n")
    const outcome = await api('source.import', { format: 'bibtex', text: broken })
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('invalid_input')
      expect(outcome.error.message).toContain('"rnz2025"')
      expect(outcome.error.path).toBe('entries[0]')
    }
    expect(readFileSync(join(dir, 'casebook.json'), 'utf8')).toBe(before)
  })
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
