/**
 * Cite lines and reading marks of real team files (../shared/fixtures/real-world/docx) through
 * the whole import: every card keeps its cite line as written, so its head's author and year
 * ("Bazzi, 19") lead the Word brief's Cite run; a cite after a note line, or in no style at all,
 * is still read as the cite, not card text; and every mark read from the file is on the card.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assembleBrief, briefCards } from '../../../shared/brief/document'
import { renderDocx } from '../../../shared/brief/docx'
import { BriefOptionsSchema } from '../../../shared/brief/options'
import { emptyLibrary } from '../../../shared/model/library'
import { parseCite, opensWithCiteHead } from '../../../shared/verbatim/cite'
import { allCards } from '../../../shared/verbatim/evidence'
import { importVerbatim } from '../../../shared/verbatim/import'
import { readVerbatim, type VerbatimCard } from '../../../shared/verbatim/read'
import { testEnv } from '../shared/fixtures'
import { sharedFile } from '../../support/shared-folder'
import { docxParts, walkCards } from '../brief/verbatim-walk'

const VERBATIM_FILES = ['cp-bifurcation-pic-vs-fed-workers.docx', 'retrenchment-tap-26-27.docx', 'opendebate-sample.docx']

function load(name: string) {
  const file = readVerbatim(new Uint8Array(readFileSync(sharedFile(`fixtures/real-world/docx/${name}`).path)), name)
  return { file, cards: allCards(file) }
}

describe.each(VERBATIM_FILES)('the cites of %s', (name) => {
  const fixture = sharedFile(`fixtures/real-world/docx/${name}`)

  it('stay on every imported card as written, and each Word brief cite starts with its head (author and year as written)', fixture.options, async () => {
    const { file, cards } = load(name)
    const { library, result } = importVerbatim(emptyLibrary(), file, name, 'motion', testEnv())
    const motionId = result.motion?.id as string
    const cited = cards.filter((c) => c.cite !== '')
    expect(cited.length).toBeGreaterThan(0)
    for (const card of cited) {
      const cites = library.quotes.filter((q) => q.text === card.text).map((q) => q.cite)
      expect(cites, `the cite of "${card.tag}"`).toContain(card.cite)
    }
    const brief = assembleBrief(library, BriefOptionsSchema.parse({ motionId, side: 'pro' }))
    const written = walkCards(docxParts(await renderDocx(brief))['word/document.xml'] as string)
    const quotes = briefCards(brief).map((c) => library.quotes.find((q) => q.id === c.id))
    expect(written).toHaveLength(quotes.length)
    let heads = 0
    quotes.forEach((quote, i) => {
      const head = parseCite(quote?.cite ?? '').head
      if (!quote?.cite || head === '') return
      const cite = written[i] as (typeof written)[number]
      expect(cite.cite.startsWith(head), `the brief's cite of "${quote.tag}"`).toBe(true)
      // The Cite-styled words are the head exactly: "Bazzi, 19", "Moberly & Lisenbee 4".
      expect(cite.citeLead).toBe(head)
      heads++
    })
    expect(heads).toBeGreaterThan(0)
  })

  it('are never read as card text, and no brief prints a card\'s placeholder source as its cite', fixture.options, async () => {
    const { file, cards } = load(name)
    // A card that is only its cite line (its title highlighted) quotes that line; no other card opens with a cite head.
    const opening = cards.filter((c) => c.text !== c.cite && opensWithCiteHead(c.text.split('\n')[0] as string))
    expect(opening.map((c) => c.text.slice(0, 60))).toEqual([])
    const { library, result } = importVerbatim(emptyLibrary(), file, name, 'motion', testEnv())
    const brief = assembleBrief(library, BriefOptionsSchema.parse({ motionId: result.motion?.id as string, side: 'pro' }))
    const written = walkCards(docxParts(await renderDocx(brief))['word/document.xml'] as string)
    expect(written.filter((c) => c.cite.includes('Cards without a cite')).map((c) => c.tag)).toEqual([])
    expect(JSON.stringify(brief.bibliography)).not.toContain('Cards without a cite')
    // Those cards print an empty cite line, as their file gave them.
    const uncited = cards.filter((c) => c.cite === '').length
    expect(written.filter((c) => c.cite === '').length).toBeGreaterThanOrEqual(uncited > 0 ? 1 : 0)
  })

  it('leave every mark read from the file on the imported cards', fixture.options, () => {
    const { file, cards } = load(name)
    const { library, result } = importVerbatim(emptyLibrary(), file, name, 'cards', testEnv())
    expect(result.summary.warnings.filter((w) => /marks/.test(w))).toEqual([])
    let marks = 0
    // A card the file repeats with the same marks is one card; the same words marked otherwise are another cut.
    const seen = new Set<string>()
    for (const card of cards) {
      const marked = library.quotes.filter((q) => q.text === card.text).map((q) => q.highlights)
      expect(marked, `the marks of "${card.tag}"`).toContainEqual(card.marks)
      const key = `${card.cite}\n${card.text}\n${JSON.stringify(card.marks)}`
      if (!seen.has(key)) marks += card.marks.length
      seen.add(key)
    }
    expect(library.quotes.reduce((sum, q) => sum + q.highlights.length, 0)).toBe(marks)
  })
})

describe('cites the audit found read as card text', () => {
  const find = (name: string, tagStart: string): VerbatimCard => {
    const card = load(name).cards.find((c) => c.tag.startsWith(tagStart))
    expect(card, `the card "${tagStart}…" of ${name}`).toBeDefined()
    return card as VerbatimCard
  }

  it('after a note line: the note is kept on the card, the cite is the Guay line', sharedFile('fixtures/real-world/docx/opendebate-sample.docx').options, () => {
    const card = find('opendebate-sample.docx', 'Only U.S. arms')
    expect(card.cite).toMatch(/^Guay, 10-19-2018 - Terrence, Clinical Professor/)
    expect(card.note).toBe('*HR leadership internal')
    expect(card.text).not.toContain('Guay, 10-19-2018')
  })

  it('a cite in no style, longer than 2,000 characters: "Kris W. Kobach et al. 24"', sharedFile('fixtures/real-world/docx/cp-bifurcation-pic-vs-fed-workers.docx').options, () => {
    const card = find('cp-bifurcation-pic-vs-fed-workers.docx', 'NLRA exemptions are statutorily mandated')
    expect(card.cite).toMatch(/^Kris W\. Kobach et al\. 24, Kobach is Attorney General of Kansas/)
    expect(card.cite.length).toBeGreaterThan(2000)
    expect(card.text).toMatch(/^The right to collective bargaining in America/)
  })

  it('a card that is only its cite line: "Hal Brands et al. 16"', sharedFile('fixtures/real-world/docx/retrenchment-tap-26-27.docx').options, () => {
    const card = find('retrenchment-tap-26-27.docx', 'It is the term Foreign Affairs used')
    expect(card.cite).toMatch(/^Hal Brands et al\. 16, "Should America Retrench\?/)
    // The highlighted title is what is read: the line is the card's text too, with its marks.
    expect(card.text).toBe(card.cite)
    expect(card.marks.filter((m) => m.kind === 'highlight').map((m) => card.text.slice(m.start, m.end))).toEqual(['Should America Retrench? The Battle Over Offshore Balancing'])
  })
})
