/**
 * A pack carries the texts its document sources were cut from: exported with the pack, checked
 * (hash, size, count, shape) and written to texts/ on import before the library refers to them,
 * so a student opens the source in the reader and Check every card verifies its cards.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { Store } from '../../../electron/main/store/store'
import type { Quote, Source, SourceUnit } from '../../../shared/model/source'
import type { PackFile } from '../../../shared/packs/format'
import { sharedFile } from '../../support/shared-folder'
import { textLines, tinyPdf } from '../../support/tiny-pdf'
import { testEnv } from '../shared/fixtures'

interface Folder {
  dir: string
  store: Store
  api: Api
}
const folders: Folder[] = []

async function openFolder(dir = mkdtempSync(join(tmpdir(), 'casebook-pack-texts-'))): Promise<Folder> {
  const store = await Store.open(dir, { holder: 'cli' })
  const folder = { dir, store, api: createApi({ store, env: testEnv(), appVersion: '0' }) }
  folders.push(folder)
  return folder
}
async function closeAll(list: Folder[]): Promise<void> {
  for (const { store, dir } of list.splice(0)) {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
afterEach(() => closeAll(folders))

async function call<T>({ api }: Folder, name: string, input: unknown): Promise<T> {
  const outcome = await api(name, input)
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`)
  return outcome.data as T
}

const META = { id: 'bankruptcy-unit', title: 'Bankruptcy unit', version: '1', author: 'Ms Rivera', organisation: '', license: '', description: '', debateFormat: 'other', level: '' }

/** A motion whose contention cites a card cut from `source` at `unitId`, `range`. */
async function motionCiting(folder: Folder, source: Source, unitId: string, range: { start: number; end: number }): Promise<{ motionId: string; card: Quote }> {
  const motion = await call<{ id: string }>(folder, 'motion.create', { title: 'THW discharge debts of innocent partners' })
  const claim = await call<{ claimId: string }>(folder, 'claim.add', { motionId: motion.id, parentId: null, stance: 'con', title: 'The Code bars it' })
  const card = await call<Quote>(folder, 'quote.create', { sourceId: source.id, unitId, range, tag: 'Fraud bar' })
  await call(folder, 'claim.link', { claimId: claim.claimId, quoteId: card.id, linked: true })
  return { motionId: motion.id, card }
}

async function importDocument(folder: Folder, fileName: string, bytes: Uint8Array): Promise<Source> {
  return (await call<{ source: Source }>(folder, 'source.importDocument', { fileName, base64: Buffer.from(bytes).toString('base64') })).source
}

const textFiles = (dir: string) => (existsSync(join(dir, 'texts')) ? readdirSync(join(dir, 'texts')) : [])

// Reading a PDF and importing packs go through the parse worker: slow on a busy machine.
describe('a pack with an imported document', { timeout: 120_000 }, () => {
  const teachers: Folder[] = []
  let teacher: Folder
  let source: Source
  let pack: PackFile
  let text: string
  let card: Quote
  let motionId: string
  afterAll(() => closeAll(teachers))
  // One teacher's library for every test; the test that damages its text comes last.
  beforeAll(async () => {
    teacher = await openFolder()
    teachers.push(...folders.splice(0))
    const pdf = tinyPdf([textLines(['The Bankruptcy Code strikes a balance between debtors and creditors.']), textLines(['Written in the passive voice, the bar turns on how the money was obtained.'])])
    source = await importDocument(teacher, 'opinion.pdf', pdf)
    const units = (await call<{ units: SourceUnit[] }>(teacher, 'source.text', { sourceId: source.id })).units
    const unit = units[1] as SourceUnit
    const start = unit.text.indexOf('the bar')
    const cited = await motionCiting(teacher, source, unit.id, { start, end: start + 'the bar turns on how the money was obtained'.length })
    card = cited.card
    motionId = cited.motionId
    const file = await call<{ text: string; textsLeftOut: string[] }>(teacher, 'pack.export', { motionIds: [cited.motionId], meta: META })
    expect(file.textsLeftOut).toEqual([])
    text = file.text
    pack = JSON.parse(text) as PackFile
  }, 120_000)

  it('exports only the text its sources need, under the hash the library knows it by', async () => {
    // Another document in the library, which the pack does not cite: its text stays home.
    await importDocument(teacher, 'other.txt', new TextEncoder().encode('Nothing to do with it.\n'))
    const again = JSON.parse((await call<{ text: string }>(teacher, 'pack.export', { motionIds: [motionId], meta: META })).text) as PackFile
    expect(again.version).toBe(2)
    expect(again.texts.map((t) => t.hash)).toEqual([source.document?.textHash])
    expect(again.sources[0]?.document).toMatchObject({ kind: 'pdf', fileName: 'opinion.pdf', textHash: source.document?.textHash })
    expect(readFileSync(join(teacher.dir, 'texts', `${source.document?.textHash}.json`), 'utf8')).toBe(JSON.stringify({ units: again.texts[0]?.units }))
  })

  it('imports into a fresh library: the text is written first, the reader shows it, and every card checks', async () => {
    const student = await openFolder()
    await call(student, 'pack.import', { text })
    const imported = student.store.library.sources.find((s) => s.document) as Source
    expect(imported.document).toEqual(source.document)
    expect(textFiles(student.dir)).toEqual([`${source.document?.textHash}.json`])
    const units = await call<{ units: SourceUnit[] }>(student, 'source.text', { sourceId: imported.id })
    expect(units.units).toEqual((await call<{ units: SourceUnit[] }>(teacher, 'source.text', { sourceId: source.id })).units)
    const importedCard = student.store.library.quotes[0] as Quote
    expect(importedCard).toMatchObject({ text: card.text, unitId: card.unitId, range: card.range, sourceId: imported.id })
    expect(await call<unknown[]>(student, 'library.check', {})).toEqual([])
    // A card cut afresh from the imported text works as from the student's own document.
    const cut = await call<Quote>(student, 'quote.create', { sourceId: imported.id, unitId: card.unitId, range: { start: 0, end: 7 } })
    expect(cut.text).toBe('Written')

    // Importing the pack again adds no second source, card or text file.
    const plan = await call<{ counts: { sources: { unchanged: number; added: number } } }>(student, 'pack.import', { text })
    expect(plan.counts.sources).toMatchObject({ added: 0, unchanged: 1 })
    expect(student.store.library.sources.filter((s) => s.document)).toHaveLength(1)
    expect(textFiles(student.dir)).toHaveLength(1)
  })

  it('is found by a student who then imports the same document file: it is already in the library', async () => {
    const student = await openFolder()
    await call(student, 'pack.import', { text })
    const pdf = tinyPdf([textLines(['The Bankruptcy Code strikes a balance between debtors and creditors.']), textLines(['Written in the passive voice, the bar turns on how the money was obtained.'])])
    const outcome = await call<{ alreadyHad: boolean; source: Source }>(student, 'source.importDocument', { fileName: 'opinion.pdf', base64: Buffer.from(pdf).toString('base64') })
    expect(outcome).toMatchObject({ alreadyHad: true, source: { id: student.store.library.sources[0]?.id } })
  })

  describe('refuses a hostile pack, writing nothing', () => {
    const refused = async (change: (pack: PackFile & Record<string, unknown>) => void): Promise<{ path: string; message: string }> => {
      const student = await openFolder()
      const before = readFileSync(join(student.dir, STORE_FILE), 'utf8')
      const hostile = structuredClone(pack) as PackFile & Record<string, unknown>
      change(hostile)
      const outcome = await student.api('pack.import', { text: JSON.stringify(hostile) })
      expect(outcome.ok).toBe(false)
      expect(textFiles(student.dir)).toEqual([])
      expect(readFileSync(join(student.dir, STORE_FILE), 'utf8')).toBe(before)
      return outcome.ok ? { path: '', message: '' } : outcome.error
    }

    it('a text changed under its hash', async () => {
      const error = await refused((p) => {
        const unit = p.texts[0]?.units[1] as SourceUnit
        unit.text = unit.text.replace('passive', 'active')
      })
      expect(error).toMatchObject({ path: 'texts[0].hash', message: expect.stringMatching(/^Text 1: the hash is not the SHA-256 of this text/) })
    })

    it('a hash that is a path, or names another text', async () => {
      for (const hash of ['../../casebook', '../casebook.json', 'C:\\evil', 'A'.repeat(64)]) {
        const error = await refused((p) => {
          ;(p.texts[0] as { hash: string }).hash = hash
          ;(p.sources[0]?.document as { textHash: string }).textHash = hash
        })
        expect(error.path).toMatch(/^(texts\[0\]\.hash|sources\[0\]\.document\.textHash)$/)
      }
      const other = await refused((p) => ((p.texts[0] as { hash: string }).hash = 'f'.repeat(64)))
      expect(other).toMatchObject({ path: 'texts[0].hash', message: expect.stringMatching(/no source in the pack uses this text/) })
      const missing = await refused((p) => (p.texts = []))
      expect(missing.path).toBe('sources[0].document.textHash')
    })

    it('a text too large, too many texts, or malformed units', async () => {
      const long = 'x'.repeat(5_000_001)
      const large = await refused((p) => p.texts[0]?.units.push({ id: 'page-8', label: 'p. 8', text: long }, { id: 'page-9', label: 'p. 9', text: long }))
      expect(large).toMatchObject({ path: 'texts[0].units', message: expect.stringMatching(/^Text 1: the text is 10,000,\d{3} characters long; a text in a pack may be at most 10,000,000/) })
      const many = await refused((p) => (p.texts = Array.from({ length: 201 }, () => p.texts[0] as PackFile['texts'][number])))
      expect(many).toMatchObject({ path: 'texts', message: expect.stringMatching(/201 texts; a pack may hold at most 200/) })
      const twice = await refused((p) => p.texts.push(p.texts[0] as PackFile['texts'][number]))
      expect(twice.path).toBe('texts[1].hash')
      const repeated = await refused((p) => p.texts[0]?.units.push({ ...(p.texts[0]?.units[0] as SourceUnit) }))
      expect(repeated.path).toBe('texts[0].units[2].id')
      const shapeless = await refused((p) => ((p.texts[0]?.units as unknown[])[0] = { id: '', text: 7 }))
      expect(shapeless.path).toMatch(/^texts\[0\]\.units\[0\]\./)
      const old = await refused((p) => (p.version = 1))
      expect(old).toMatchObject({ path: 'texts', message: expect.stringMatching(/need file format version 2/) })
    })

    it('a card that is not what the carried text says at its range', async () => {
      const error = await refused((p) => ((p.quotes[0] as { text: string }).text = 'the bar turns on who committed the fraud'))
      expect(error.path).toBe('quotes[0].text')
    })
  })

  it('names a text damaged on disk at export, and leaves it out only when asked', async () => {
    const file = join(teacher.dir, 'texts', `${source.document?.textHash}.json`)
    await teacher.store.close()
    writeFileSync(file, readFileSync(file, 'utf8').replace('passive', 'active'))
    teachers.splice(0)
    const reopened = await openFolder(teacher.dir)
    const input = { motionIds: [motionId], meta: META }
    const refusedExport = await reopened.api('pack.export', input)
    expect(refusedExport).toMatchObject({
      ok: false,
      error: { path: 'leaveOutTextsThatDoNotFit', message: expect.stringMatching(/^The text of “.+” cannot be read from the data folder \(missing or damaged\)\. Leave it out/) }
    })
    const cited = await call<{ text: string; textsLeftOut: string[] }>(reopened, 'pack.export', { ...input, leaveOutTextsThatDoNotFit: true })
    expect(cited.textsLeftOut).toEqual([source.title])
    const citationOnly = JSON.parse(cited.text) as PackFile
    expect(citationOnly).toMatchObject({ version: 1, texts: [] })
    expect(citationOnly.sources[0]).not.toHaveProperty('document')
    expect(citationOnly.quotes[0]).toMatchObject({ text: card.text, unitId: null, range: null })
    // Such a pack imports as citations: the card keeps its exact text.
    const student = await openFolder()
    await call(student, 'pack.import', { text: cited.text })
    expect(student.store.library.quotes[0]?.text).toBe(card.text)
    expect(textFiles(student.dir)).toEqual([])
  })
})

const realPdf = sharedFile('fixtures/real-world/pdf/scotus-bartenwerfer-v-buckley-2023.pdf')

describe('a pack with a real opinion', () => {
  it('carries its text to a fresh library, where the card cut from it still checks', { ...realPdf.options, timeout: 60_000 }, async () => {
    const teacher = await openFolder()
    const source = await importDocument(teacher, 'Bartenwerfer v Buckley.pdf', readFileSync(realPdf.path))
    const units = (await call<{ units: SourceUnit[] }>(teacher, 'source.text', { sourceId: source.id })).units
    const passage = 'Written in the passive voice, §523(a)(2)(A) turns on how the money was obtained, not who committed fraud to obtain it.'
    const unit = units.find((u) => u.text.replace(/\s+/g, ' ').includes(passage)) as SourceUnit
    const start = unit.text.indexOf('Written in the passive voice')
    const { motionId } = await motionCiting(teacher, source, unit.id, { start, end: start + 'Written in the passive voice'.length })
    const { text } = await call<{ text: string }>(teacher, 'pack.export', { motionIds: [motionId], meta: META })

    const student = await openFolder()
    await call(student, 'pack.import', { text })
    const imported = student.store.library.sources[0] as Source
    expect(imported.document?.pageCount).toBe(16)
    expect((await call<{ units: SourceUnit[] }>(student, 'source.text', { sourceId: imported.id })).units).toEqual(units)
    expect(await call<unknown[]>(student, 'library.check', {})).toEqual([])
  })
})
