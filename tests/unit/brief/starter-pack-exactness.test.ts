/**
 * The exactness check on real material: the starter pack (data/packs/california-secession.casebook)
 * imported into an empty library, each of its motions briefed, and every card's text found
 * character for character in the Markdown, the HTML and the DOCX, and in the PDF of the
 * British Parliamentary motion (its longest), each read back as an outside tool reads it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlToPdfWithChromium } from '../../../electron/brief/pdf'
import { assembleBrief, briefCards } from '../../../shared/brief/document'
import { renderDocx } from '../../../shared/brief/docx'
import { renderHtml } from '../../../shared/brief/html'
import { renderMarkdown } from '../../../shared/brief/markdown'
import { BriefOptionsSchema } from '../../../shared/brief/options'
import { emptyLibrary } from '../../../shared/model/library'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { testEnv } from '../shared/fixtures'
import { comparablePdfText, docxText, htmlText, markdownUnquoted, pdfText } from './extract'

const PACK_FILE = fileURLToPath(new URL('../../../data/packs/california-secession.casebook', import.meta.url))
const { library } = mergePack(emptyLibrary(), readPack(readFileSync(PACK_FILE, 'utf8')), testEnv())

/** Every card linked to a claim of the motion, as stored. */
function storedCards(motionId: string): Array<{ id: string; text: string }> {
  const ids = new Set(library.claims.filter((c) => c.motionId === motionId).flatMap((c) => c.evidence))
  return library.quotes.filter((q) => ids.has(q.id)).map((q) => ({ id: q.id, text: q.text }))
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-starter-exact-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the starter pack', () => {
  it('has three motions with cards, one of them British Parliamentary', () => {
    expect(library.motions.map((m) => m.format).sort()).toEqual(['bp', 'ld', 'pf'])
    for (const motion of library.motions) expect(storedCards(motion.id).length, motion.title).toBeGreaterThan(0)
  })

  for (const format of ['bp', 'ld', 'pf'] as const) {
    it(`puts every card of its ${format} motion, exactly, into the Markdown, the HTML and the DOCX`, async () => {
      const motion = library.motions.find((m) => m.format === format)!
      const doc = assembleBrief(library, BriefOptionsSchema.parse({ motionId: motion.id, includeNotes: true, author: 'Test' }))
      const cards = storedCards(motion.id)
      expect(new Set(briefCards(doc).map((c) => c.id))).toEqual(new Set(cards.map((c) => c.id)))
      const markdown = markdownUnquoted(renderMarkdown(doc))
      const html = htmlText(renderHtml(doc))
      const docx = docxText(await renderDocx(doc))
      for (const { id, text } of cards) {
        expect(markdown.includes(text), `${id} in the Markdown`).toBe(true)
        expect(html.includes(text), `${id} in the HTML`).toBe(true)
        expect(docx.includes(text), `${id} in the DOCX`).toBe(true)
      }
    })
  }

  it('puts every card of the BP motion into the PDF, read by pdftotext', async () => {
    const motion = library.motions.find((m) => m.format === 'bp')!
    const doc = assembleBrief(library, BriefOptionsSchema.parse({ motionId: motion.id }))
    const file = join(dir, 'bp.pdf')
    await htmlToPdfWithChromium(renderHtml(doc), file, { tagged: false })
    const content = comparablePdfText(pdfText(file))
    for (const { id, text } of storedCards(motion.id)) expect(content.includes(comparablePdfText(text)), id).toBe(true)
  }, 60_000)
})
