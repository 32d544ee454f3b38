/** motion.import and motion.argdown on a real store. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { Store } from '../../../electron/main/store/store'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-interchange-api-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const ARGDOWN = `[Secede]: California should secede.
  + <Economy>: California is the fifth largest economy in the world.
    - <Upheaval>: Leaving would put that economy at risk.
  - <Barred>: Texas v. White bars unilateral secession.
`

it('imports an Argdown document as a motion, and writes it back as Argdown, arguments as arguments', async () => {
  const imported = await api('motion.import', { format: 'argdown', text: ARGDOWN })
  expect(imported).toMatchObject({ ok: true, data: { claimCount: 3, summary: { format: 'argdown', added: { claims: 3, arguments: 3 } } } })
  const motionId = imported.ok ? (imported.data as { motion: { id: string } }).motion.id : ''
  const map = await api('motion.get', { motionId })
  expect(map.ok && (map.data as { claims: Array<{ title: string; stance: string }> }).claims.map((c) => [c.title, c.stance])).toEqual(
    expect.arrayContaining([
      ['Economy', 'pro'],
      ['Upheaval', 'con'],
      ['Barred', 'con']
    ])
  )
  const written = await api('motion.argdown', { motionId })
  expect(written).toMatchObject({ ok: true, data: { fileName: expect.stringMatching(/\.argdown$/), text: expect.stringContaining('- <Upheaval>: Leaving would put that economy at risk.') } })
})

it('refuses a file that is not Kialo, naming the line, and writes nothing', async () => {
  const before = readFileSync(join(dir, STORE_FILE), 'utf8')
  const outcome = await api('motion.import', { format: 'kialo', text: 'Hello\n1. A thesis\n' })
  expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Discussion Title') } })
  expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
})

it('imports a Kialo export with its sources and cards, answering with the summary, all on disk', async () => {
  const text = readFileSync(join(import.meta.dirname, '../interchange/fixtures/discussion-current.kialo.txt'), 'utf8')
  const imported = await api('motion.import', { format: 'kialo', text })
  expect(imported).toMatchObject({
    ok: true,
    data: { claimCount: 7, summary: { format: 'kialo', added: { motions: 1, claims: 7, sources: 3, cards: 2, seeAlsoLinks: 1 }, skipped: [] } }
  })
  const onDisk = JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8'))
  expect([onDisk.claims.length, onDisk.sources.length, onDisk.quotes.length]).toEqual([7, 3, 2])
  expect(onDisk.claims.filter((c: { seeAlso?: string[] }) => c.seeAlso).length).toBe(1)
})
