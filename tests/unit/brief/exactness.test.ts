/**
 * Evidence is exported exactly as stored: every card's text, character for character, in the
 * Markdown, the HTML, the DOCX and the PDF, each read back the way an outside tool reads it
 * (see extract.ts). The motion's cards are chosen to break naive exporters (fixtures.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assembleBrief, briefCards, type BriefDocument } from '../../../shared/brief/document'
import { renderDocx } from '../../../shared/brief/docx'
import { renderHtml } from '../../../shared/brief/html'
import { renderMarkdown } from '../../../shared/brief/markdown'
import { BriefOptionsSchema } from '../../../shared/brief/options'
import { htmlToPdfWithChromium } from '../../../electron/brief/pdf'
import { comparablePdfText, docxText, htmlText, japaneseFonts, markdownUnquoted, pdfPixels, pdfText } from './extract'
import { awkwardMotion } from './fixtures'
import { sampleCard, sampleDocument } from './sample'
import { runOnlyIf } from '../../support/skip'

const fixture = awkwardMotion()
const doc: BriefDocument = assembleBrief(
  fixture.library,
  BriefOptionsSchema.parse({ motionId: fixture.motionId, includeNotes: true, author: 'Zoë “Coach” Ng', date: '14 March 2026' })
)
const texts = fixture.cards.map((card) => card.text)
/** A card with its curly quotes made straight: must NOT be found, or the check proves nothing. */
const straightened = (texts[0] as string).replace(/[“”]/g, '"')

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-exact-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the awkward motion', () => {
  it('puts every card of the library into the brief, with its text whole', () => {
    const cards = briefCards(doc)
    expect(new Set(cards.map((c) => c.id))).toEqual(new Set(fixture.cards.map((c) => c.id)))
    for (const card of cards) {
      const stored = fixture.cards.find((c) => c.id === card.id)
      expect(card.text?.map((r) => r.text).join('')).toBe(stored?.text)
    }
    // The fixture really is awkward: each of these is in some card.
    for (const needle of ['“', '‘', '§', '—', '日本語', 'Ελληνικά', '🏛', '<script>', '*stars*', '\t', '\n\n']) {
      expect(texts.some((t) => t.includes(needle)), needle).toBe(true)
    }
    expect(Math.max(...texts.map((t) => t.length))).toBe(20_000)
  })
})

describe('every card’s text appears exactly', () => {
  it('in the Markdown, once its blockquotes are opened', () => {
    const markdown = markdownUnquoted(renderMarkdown(doc))
    for (const text of texts) expect(markdown.includes(text), text.slice(0, 60)).toBe(true)
    expect(markdown.includes(straightened)).toBe(false)
  })

  it('in the HTML’s text content', () => {
    const html = renderHtml(doc)
    const content = htmlText(html)
    for (const text of texts) expect(content.includes(text), text.slice(0, 60)).toBe(true)
    expect(content.includes(straightened)).toBe(false)
    // And as text, never as markup: the card's <script> is not an element of the page.
    expect(html).not.toMatch(/<script/i)
  })

  it('in the DOCX, from word/document.xml', async () => {
    const content = docxText(await renderDocx(doc))
    for (const text of texts) expect(content.includes(text), text.slice(0, 60)).toBe(true)
    expect(content.includes(straightened)).toBe(false)
  })

  it('in the PDF, read by pdftotext (whitespace and page numbers aside)', async () => {
    const file = join(dir, 'brief.pdf')
    await htmlToPdfWithChromium(renderHtml(doc), file)
    const content = comparablePdfText(pdfText(file))
    for (const text of texts) expect(content.includes(comparablePdfText(text)), text.slice(0, 60)).toBe(true)
    expect(content.includes(comparablePdfText(straightened))).toBe(false)
  }, 60_000)

  // Without a font for it, Chromium draws every CJK character as the same empty box, and
  // pdftotext may not read it back: two briefs differing only in their Japanese then look alike.
  const withJapaneseFont = runOnlyIf(
    japaneseFonts().length > 0,
    'no font that draws Japanese is installed (Debian: fonts-noto-cjk, which .ci/run installs)',
    { timeout: 60_000 }
  )
  it('in the PDF, with Japanese drawn as its own glyphs, not boxes', withJapaneseFont, async () => {
    const print = async (name: string, text: string) => {
      const card = sampleCard({ text: [{ text, underline: false, highlight: false }] })
      const doc = sampleDocument()
      doc.sections[0]!.contentions = [{ ...doc.sections[0]!.contentions[0]!, cards: [card], children: [] }]
      await htmlToPdfWithChromium(renderHtml(doc), join(dir, name))
      return join(dir, name)
    }
    const sun = await print('sun.pdf', '日本語の日'.repeat(4))
    const book = await print('book.pdf', '本日語の本'.repeat(4))
    expect(comparablePdfText(pdfText(sun))).toContain('日本語の日'.repeat(4))
    expect(pdfPixels(sun).equals(pdfPixels(book))).toBe(false)
  })
})

describe('tags and cites come through as text too', () => {
  it('in the HTML and the DOCX', async () => {
    const html = htmlText(renderHtml(doc))
    const docx = docxText(await renderDocx(doc))
    for (const card of briefCards(doc)) {
      const cite = card.cite.map((s) => s.text).join('')
      for (const content of [html, docx]) {
        expect(content).toContain(card.tag)
        expect(content).toContain(cite)
      }
    }
  })
})
