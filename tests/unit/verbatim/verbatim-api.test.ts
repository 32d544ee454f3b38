/** verbatim.preview and verbatim.import on a real store in a temp folder, with a generated Verbatim file. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { Store } from '../../../electron/main/store/store'
import type { Library } from '../../../shared/model/library'
import { readVerbatim } from '../../../shared/verbatim/read'
import { AFF as FILE, verbatimDocx } from '../../support/verbatim-docx'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-verbatim-api-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const payload = async (items = FILE, fileName = 'aff.docx') => ({ fileName, base64: Buffer.from(await verbatimDocx(items)).toString('base64') })

describe('verbatim.preview', () => {
  it('counts the file and its sources, and writes nothing', async () => {
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const preview = await api('verbatim.preview', await payload())
    expect(preview).toEqual({
      ok: true,
      data: { title: '1AC', counts: { pockets: 1, hats: 1, blocks: 2, cards: 2, analytics: 1 }, sources: 2, unparsedCites: 1, warnings: [] }
    })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
  })
})

describe('verbatim.import', () => {
  it('into a new motion: blocks as contentions, tags as claims with their cards, analytics as claims', async () => {
    const outcome = await api('verbatim.import', { ...(await payload()), into: 'motion' })
    expect(outcome).toMatchObject({ ok: true, data: { counts: { cards: 2, analytics: 1 }, summary: { format: 'verbatim', added: { motions: 1, contentions: 2, claims: 5, sources: 2, cards: 2 } } } })
    const library = store.library as Library
    const motion = library.motions.at(-1)
    const claims = library.claims.filter((c) => c.motionId === motion?.id)
    const harms = claims.find((c) => c.title === 'Harms')
    expect(harms?.parentId).toBeNull()
    expect(claims.filter((c) => c.parentId === harms?.id).map((c) => c.title)).toEqual(['233,000 will die by the end of 2019', 'Extend the impact: no other advocate solves'])
    const analytic = claims.find((c) => c.title.startsWith('Extend the impact'))
    expect(analytic?.evidence).toEqual([])
    expect(analytic?.body).toBe('Say this in the 2AC')
    const tagClaim = claims.find((c) => c.title === '233,000 will die by the end of 2019')
    const card = library.quotes.find((q) => q.id === tagClaim?.evidence[0])
    expect(card?.text).toBe('On the Friday before Memorial Day, the administration announced that it would circumvent Congress')
    const at = (words: string) => ({ start: card!.text.indexOf(words), end: card!.text.indexOf(words) + words.length })
    expect(card?.highlights).toEqual(
      expect.arrayContaining([
        { ...at('On the Friday before Memorial Day, '), kind: 'shrunk' },
        { ...at('the administration announced'), kind: 'underline' },
        { ...at('the administration announced'), kind: 'highlight' },
        { ...at('circumvent Congress'), kind: 'underline' },
        { ...at('circumvent Congress'), kind: 'emphasis' },
        { ...at('circumvent Congress'), kind: 'highlight', color: 'cyan' }
      ])
    )
    const source = library.sources.find((s) => s.id === card?.sourceId)
    expect(source).toMatchObject({ title: 'Trump wants to sell more weapons to Saudi Arabia', authors: [{ family: 'Bazzi' }], container: 'The Guardian', date: '2019-06-08', url: 'https://www.theguardian.com/x', qualifications: 'journalism professor at New York University' })
    // Every card keeps its cite line as written: its head's two-digit year is more than the source's date says.
    expect(card?.cite).toMatch(/^Bazzi 19, journalism professor at New York University/)
    const unparsed = library.quotes.find((q) => q.tag === 'The plan solves')
    expect(unparsed?.cite).toBe('Unknown Writer somewhere online')
  })

  it('into the card library only: no motion, the headings and the analytics in the cards\' notes; a second import reuses sources and cards', async () => {
    const first = await api('verbatim.import', { ...(await payload()), into: 'cards' })
    expect(first).toMatchObject({ ok: true, data: { motion: null, summary: { motion: null, added: { motions: 0, claims: 0, cards: 2, sources: 2 } } } })
    const library = store.library as Library
    expect(library.motions.some((m) => m.title === '1AC')).toBe(false)
    expect(library.quotes.find((q) => q.tag === 'The plan solves')?.note).toBe('1AC > Yemen > Solvency')
    // The analytic that closes the Harms block is kept with the card before it, its words whole.
    expect(library.quotes.find((q) => q.tag === '233,000 will die by the end of 2019')?.note).toBe('1AC > Yemen > Harms\nAnalytic: Extend the impact: no other advocate solves\nSay this in the 2AC')
    expect(first).toMatchObject({ data: { summary: { skipped: [] } } })
    // The answer names the cards made, in file order, for the page to show them.
    const cards = (first.ok ? first.data : { cards: [] }) as { cards: Array<{ id: string; sourceId: string }> }
    expect(cards.cards.map((c) => library.quotes.find((q) => q.id === c.id && q.sourceId === c.sourceId)?.tag)).toEqual(['233,000 will die by the end of 2019', 'The plan solves'])
    const second = await api('verbatim.import', { ...(await payload()), into: 'cards' })
    expect(second).toMatchObject({ ok: true, data: { summary: { added: { cards: 0, sources: 0 }, alreadyHad: { cards: 2, sources: 2 }, skipped: [] } } })
    // A second import names the same cards: the library's own, used again.
    expect(second).toMatchObject({ ok: true, data: { cards: cards.cards } })
  })

  it.each([
    ['a renamed PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), /"brief\.docx" is not a Word \(\.docx\) file/],
    ['a zip that is not a Word file', zipSync({ 'notes.txt': new TextEncoder().encode('hello') }), /"brief\.docx" is a zip file but not a Word document/]
  ])('refuses %s with a clear message and writes nothing', async (_what, bytes, message) => {
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const outcome = await api('verbatim.import', { fileName: 'brief.docx', base64: Buffer.from(bytes).toString('base64'), into: 'motion' })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(message) } })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
  })

  it('refuses a truncated Word file, naming it, and writes nothing', async () => {
    const whole = await verbatimDocx(FILE)
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const outcome = await api('verbatim.import', { fileName: 'cut.docx', base64: Buffer.from(whole.slice(0, whole.length / 2)).toString('base64'), into: 'motion' })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('"cut.docx"') } })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
  })
})

describe('readVerbatim on a generated file', () => {
  it('tells an ordinary Word file (no Heading 4) apart', async () => {
    const bytes = await verbatimDocx([{ kind: 'hat', text: 'A report' }, { kind: 'block', text: 'Section' }])
    expect(() => readVerbatim(bytes, 'report.docx')).toThrow('"report.docx" has no Verbatim tags found')
  })
})
