/** Brief operations and recent exports on a real store holding the starter pack: preview, export in each format, saving, showing in the folder. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import type { HandlerContext } from '../../../electron/main/api/handler'
import { MAX_RECENT_EXPORTS, RECENT_EXPORTS_FILE } from '../../../electron/main/recent-exports'
import { Store } from '../../../electron/main/store/store'
import type { BriefFile, BriefCounts, RecentExportEntry } from '../../../shared/brief/api'
import { escapeHtml } from '../../../shared/brief/html'
import type { Outcome } from '../../../shared/errors'
import { docxText, htmlText, markdownUnquoted } from '../brief/extract'
import { testEnv } from '../shared/fixtures'

const MOTION = 'california-secession__bp-secede'

let dir: string
let saveDir: string
let store: Store
let reveal: ReturnType<typeof vi.fn<(path: string) => void>>

function apiWith(extra: Partial<HandlerContext> = {}): Api {
  return createApi({
    store,
    env: testEnv(),
    appVersion: '0',
    // The dialog's stand-in writes where a user would have chosen.
    saveFile: async (name, bytes) => {
      const path = join(saveDir, name)
      writeFileSync(path, bytes)
      return path
    },
    revealFile: reveal,
    ...extra
  })
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-briefs-api-'))
  saveDir = mkdtempSync(join(tmpdir(), 'casebook-briefs-saved-'))
  store = await Store.open(dir, { holder: 'cli' })
  reveal = vi.fn<(path: string) => void>()
  data(await apiWith()('pack.starter', {}))
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
  rmSync(saveDir, { recursive: true, force: true })
})

function data<T>(outcome: Outcome<unknown>): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return outcome.data as T
}

function cardTexts(): string[] {
  const claims = store.library.claims.filter((c) => c.motionId === MOTION)
  const ids = new Set(claims.flatMap((c) => c.evidence))
  return store.library.quotes.filter((q) => ids.has(q.id)).map((q) => q.text)
}

describe('brief.preview', () => {
  it('gives the body HTML with every card of the motion, and counts that follow the options', async () => {
    const api = apiWith()
    const both = data<{ html: string; counts: BriefCounts }>(await api('brief.preview', { motionId: MOTION }))
    expect(both.html).not.toMatch(/<(html|head|body|script)/i)
    expect(cardTexts().length).toBeGreaterThan(10)
    for (const text of cardTexts()) expect(both.html).toContain(escapeHtml(text))
    expect(both.counts.cards).toBeGreaterThanOrEqual(cardTexts().length)
    expect(both.counts.sources).toBeGreaterThan(0)

    const gov = data<{ html: string; counts: BriefCounts }>(await api('brief.preview', { motionId: MOTION, side: 'pro' }))
    expect(gov.counts.contentions).toBeLessThan(both.counts.contentions)
    expect(gov.html).toContain('Gov: for the motion')
    expect(gov.html).not.toContain('Opp: against the motion')

    const bare = data<{ html: string; counts: BriefCounts }>(await api('brief.preview', { motionId: MOTION, includeCards: false, includeBlocks: false, depth: 1 }))
    expect(bare.counts.blocks).toBe(0)
    expect(bare.html).not.toContain('class="text"')
  })

  it('names a missing motion plainly, and refuses bad options where they are', async () => {
    const api = apiWith()
    expect(await api('brief.preview', {})).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Choose the motion to make a brief of (at motionId)', path: 'motionId' }
    })
    expect(await api('brief.preview', { motionId: 'no-such-motion' })).toMatchObject({ ok: false, error: { code: 'not_found', path: 'motionId' } })
    expect(await api('brief.preview', { motionId: MOTION, depth: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'depth' } })
    expect(await api('brief.preview', { motionId: MOTION, side: 'gov' })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'side' } })
    expect(await api('brief.export', { motionId: MOTION, format: 'rtf' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'format', message: expect.stringContaining('md, html, docx or pdf') }
    })
    expect(await api('brief.export', { format: 'md' })).toMatchObject({ ok: false, error: { path: 'motionId' } })
  })
})

describe('brief.export', () => {
  it('writes Markdown and HTML as text, Word as base64, each holding every card exactly', async () => {
    const api = apiWith()
    const md = data<BriefFile>(await api('brief.export', { motionId: MOTION, format: 'md' }))
    expect(md).toMatchObject({ mimeType: 'text/markdown', fileName: expect.stringMatching(/^This-House-believes-California.*-Gov-and-Opp\.md$/) })
    const html = data<BriefFile>(await api('brief.export', { motionId: MOTION, format: 'html', style: 'mla' }))
    expect(html.mimeType).toBe('text/html')
    expect(html.text).toMatch(/^<!doctype html>/)
    expect(html.text).toContain('Works Cited')
    const docx = data<BriefFile>(await api('brief.export', { motionId: MOTION, format: 'docx' }))
    expect(docx.text).toBeUndefined()
    const bytes = Buffer.from(docx.base64 as string, 'base64')
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    const words = docxText(bytes)
    for (const text of cardTexts()) {
      expect(markdownUnquoted(md.text as string)).toContain(text)
      expect(htmlText(html.text as string)).toContain(text)
      expect(words).toContain(text)
    }
  })

  it('prints a PDF through the printPdf capability, and says plainly when there is none', async () => {
    expect(await apiWith()('brief.export', { motionId: MOTION, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'forbidden', path: 'format' } })
    const printPdf = vi.fn(async (_html: string) => new TextEncoder().encode('%PDF-1.7 fake'))
    const pdf = data<BriefFile>(await apiWith({ printPdf })('brief.export', { motionId: MOTION, format: 'pdf', side: 'con' }))
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', fileName: expect.stringMatching(/-Opp\.pdf$/) })
    expect(Buffer.from(pdf.base64 as string, 'base64').toString('latin1')).toBe('%PDF-1.7 fake')
    const page = printPdf.mock.calls[0]?.[0] as string
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain('Opp: against the motion')
  })
})

describe('recent exports', () => {
  it('records each file saved, newest first, in recent-exports.json, and not a cancelled one', async () => {
    const api = apiWith()
    data(await api('file.save', { fileName: 'first.docx', base64: Buffer.from('one').toString('base64') }))
    data(await api('file.save', { fileName: 'second.md', text: '# two' }))
    const cancelled = apiWith({ saveFile: async () => null })
    expect(data(await cancelled('file.save', { fileName: 'third.pdf', text: 'x' }))).toEqual({ path: null })

    const recent = data<RecentExportEntry[]>(await api('file.recent', {}))
    expect(recent).toEqual([
      { id: expect.any(String), path: join(saveDir, 'second.md'), fileName: 'second.md', format: 'md', savedAt: expect.any(String), exists: true },
      { id: expect.any(String), path: join(saveDir, 'first.docx'), fileName: 'first.docx', format: 'docx', savedAt: expect.any(String), exists: true }
    ])
    const onDisk = JSON.parse(readFileSync(join(dir, RECENT_EXPORTS_FILE), 'utf8'))
    expect(onDisk.map((e: { fileName: string }) => e.fileName)).toEqual(['second.md', 'first.docx'])

    // Kept across runs, and a file since deleted says so.
    await store.close()
    store = await Store.open(dir, { holder: 'cli' })
    rmSync(join(saveDir, 'first.docx'))
    expect(data<RecentExportEntry[]>(await apiWith()('file.recent', {})).map((e) => [e.fileName, e.exists])).toEqual([
      ['second.md', true],
      ['first.docx', false]
    ])
  })

  it(`keeps the last ${MAX_RECENT_EXPORTS}, and a file saved again once`, async () => {
    const api = apiWith()
    for (let i = 1; i <= MAX_RECENT_EXPORTS + 2; i++) data(await api('file.save', { fileName: `brief-${i}.md`, text: String(i) }))
    data(await api('file.save', { fileName: 'brief-10.md', text: 'again' }))
    const names = data<RecentExportEntry[]>(await api('file.recent', {})).map((e) => e.fileName)
    expect(names).toHaveLength(MAX_RECENT_EXPORTS)
    expect(names.slice(0, 3)).toEqual(['brief-10.md', `brief-${MAX_RECENT_EXPORTS + 2}.md`, `brief-${MAX_RECENT_EXPORTS + 1}.md`])
    expect(names.filter((n) => n === 'brief-10.md')).toHaveLength(1)
    expect(names).not.toContain('brief-1.md')
  })

  it('starts afresh from a damaged list, without failing a save', async () => {
    writeFileSync(join(dir, RECENT_EXPORTS_FILE), '{ not json')
    const api = apiWith()
    expect(data(await api('file.recent', {}))).toEqual([])
    data(await api('file.save', { fileName: 'ok.md', text: 'x' }))
    expect(data<RecentExportEntry[]>(await api('file.recent', {})).map((e) => e.fileName)).toEqual(['ok.md'])
  })
})

describe('file.reveal', () => {
  it('shows a recorded file by its id, never by a path from the page', async () => {
    const api = apiWith()
    data(await api('file.save', { fileName: 'brief.pdf', text: '%PDF' }))
    const [entry] = data<RecentExportEntry[]>(await api('file.recent', {}))
    expect(data(await api('file.reveal', { exportId: entry!.id }))).toEqual({ path: join(saveDir, 'brief.pdf') })
    expect(reveal).toHaveBeenCalledWith(join(saveDir, 'brief.pdf'))

    expect(await api('file.reveal', { exportId: 'not-recorded' })).toMatchObject({ ok: false, error: { code: 'not_found', path: 'exportId' } })
    expect(await api('file.reveal', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'exportId' } })
    rmSync(join(saveDir, 'brief.pdf'))
    expect(await api('file.reveal', { exportId: entry!.id })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('moved or deleted') } })
    expect(reveal).toHaveBeenCalledTimes(1)
  })

  it('is refused with a clear message in the web mode, which has no file manager to show', async () => {
    const web = apiWith({ revealFile: undefined, saveFile: undefined })
    expect(await web('file.reveal', { exportId: 'anything' })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('desktop app') } })
    expect(data(await web('file.recent', {}))).toEqual([])
    expect(existsSync(join(dir, RECENT_EXPORTS_FILE))).toBe(false)
  })
})
