/**
 * The Verbatim reader on real team files (../shared/fixtures/real-world/docx): every Tag is a
 * card or an analytic, each tag's text exact, and the underlined words of every card the same
 * as an independent walk of the file's runs finds.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { emptyLibrary } from '../../../shared/model/library'
import { MAX_CARD_TEXT } from '../../../shared/model/source'
import { importVerbatim } from '../../../shared/verbatim/import'
import { readVerbatim, type VerbatimEntry } from '../../../shared/verbatim/read'
import { testEnv } from '../shared/fixtures'
import { sharedFile } from '../../support/shared-folder'
import { walkDocx, type WalkedParagraph } from './docx-walk'

const VERBATIM_FILES = ['cp-bifurcation-pic-vs-fed-workers.docx', 'retrenchment-tap-26-27.docx', 'opendebate-sample.docx']

function entriesOf(file: ReturnType<typeof readVerbatim>): VerbatimEntry[] {
  return [...file.loose, ...file.headings.flatMap((h) => h.entries)]
}

const nonSpace = (text: string): number => text.replace(/\s+/g, '').length

describe.each(VERBATIM_FILES)('the Verbatim file %s', (name) => {
  const fixture = sharedFile(`fixtures/real-world/docx/${name}`)
  const load = () => {
    const bytes = new Uint8Array(readFileSync(fixture.path))
    return { file: readVerbatim(bytes, name), walked: walkDocx(bytes) }
  }

  it('has as many cards as Tags minus its analytics, each tag exactly as in the file', fixture.options, () => {
    const { file, walked } = load()
    const tags = walked.filter((p) => p.level === 3)
    const entries = entriesOf(file)
    expect(tags.length).toBeGreaterThan(0)
    expect(entries).toHaveLength(tags.length)
    expect(file.counts.cards).toBe(tags.length - file.counts.analytics)
    expect(entries.filter((e) => e.kind === 'card')).toHaveLength(file.counts.cards)
    expect(entries.map((e) => e.tag)).toEqual(tags.map((t) => t.text.trim()))
    expect(file.counts.pockets).toBe(walked.filter((p) => p.level === 0).length)
    expect(file.counts.hats).toBe(walked.filter((p) => p.level === 1).length)
    expect(file.counts.blocks).toBe(walked.filter((p) => p.level === 2).length)
  })

  it('keeps every card\'s underlined words, counted against the file\'s runs', fixture.options, () => {
    const { file, walked } = load()
    const entries = entriesOf(file)
    const tagIndexes = walked.flatMap((p, i) => (p.level === 3 ? [i] : []))
    let compared = 0
    entries.forEach((entry, n) => {
      if (entry.kind !== 'card') return
      const start = tagIndexes[n] as number
      let end = start + 1
      while (end < walked.length && (walked[end] as WalkedParagraph).level === null) end++
      // Verbatim's Undertag paragraphs are notes under the tag, not card text.
      let under = walked.slice(start + 1, end).filter((p) => p.text.trim() !== '' && !/undertag/i.test(p.style))
      if (entry.cite !== '') {
        // The cite comes right after the tag or after a note line or two, which go in the card's note.
        const at = under.findIndex((p) => p.text.trim() === entry.cite)
        expect(at, `the cite of the card "${entry.tag}"`).toBeGreaterThanOrEqual(0)
        expect(at).toBeLessThan(3)
        for (const p of under.slice(0, at)) expect(entry.note).toContain(p.text.trim())
        // A card that is only its cite line quotes that line.
        under = at === under.length - 1 ? under.slice(at) : under.slice(at + 1)
      }
      const expected = under.flatMap((p) => p.runs).filter((r) => r.underlined).reduce((sum, r) => sum + nonSpace(r.text), 0)
      const got = entry.marks.filter((m) => m.kind === 'underline').reduce((sum, m) => sum + nonSpace(entry.text.slice(m.start, m.end)), 0)
      expect(got, `underlined characters of the card "${entry.tag}"`).toBe(expected)
      // The card's text is the file's words in order.
      expect(entry.text.replace(/\s+/g, '')).toBe(under.map((p) => p.text).join('').replace(/\s+/g, ''))
      compared++
    })
    expect(compared).toBe(file.counts.cards)
  })
})

describe.each(VERBATIM_FILES)('importing %s into a new motion', (name) => {
  const fixture = sharedFile(`fixtures/real-world/docx/${name}`)
  it('adds a card for every card of the file (one longer than a card may be is skipped, with the reason), each with its tag', fixture.options, () => {
    const file = readVerbatim(new Uint8Array(readFileSync(fixture.path)), name)
    const { library, result } = importVerbatim(emptyLibrary(), file, name, 'motion', testEnv())
    const long = entriesOf(file).filter((e) => e.kind === 'card' && e.text.length > MAX_CARD_TEXT)
    expect(result.summary.skipped).toHaveLength(long.length)
    const cards = entriesOf(file).filter((e) => e.kind === 'card' && e.text.length <= MAX_CARD_TEXT)
    const linked = library.claims.flatMap((c) => c.evidence.map((id) => library.quotes.find((q) => q.id === id)))
    expect(linked.map((q) => q?.text)).toEqual(cards.map((c) => (c.kind === 'card' ? c.text : '')))
    // Tags up to a card tag's 300 characters are kept exactly (a longer one is cut there and kept whole in the note).
    // A card the file repeats under another tag is the same card, with the first tag.
    linked.forEach((q, i) => {
      if (linked.indexOf(q) !== i) return
      const tag = (cards[i] as VerbatimEntry).tag.replace(/\s+/g, ' ').trim()
      if (tag.length <= 300) expect(q?.tag).toBe(tag)
      else expect(q?.note).toContain(tag)
    })
    expect(library.claims).toHaveLength(result.summary.added.claims)
  })
})

describe.each(VERBATIM_FILES)('importing %s into the card library', (name) => {
  const fixture = sharedFile(`fixtures/real-world/docx/${name}`)
  it('keeps every analytic, tag and words, in the note of a card under the same heading where it has one', fixture.options, () => {
    const file = readVerbatim(new Uint8Array(readFileSync(fixture.path)), name)
    const { library, result } = importVerbatim(emptyLibrary(), file, name, 'cards', testEnv())
    expect(result.summary.skipped).toEqual([])
    const groups = [file.loose, ...file.headings.map((h) => h.entries)]
    let analytics = 0
    for (const group of groups) {
      const notes = group.flatMap((e) => (e.kind === 'card' ? library.quotes.filter((q) => q.text === e.text).map((q) => q.note) : []))
      for (const entry of group) {
        if (entry.kind !== 'analytic') continue
        const words = [`Analytic: ${entry.tag}`, entry.note].filter(Boolean).join('\n')
        expect(notes.length > 0 ? notes : library.quotes.map((q) => q.note), `the analytic "${entry.tag}"`).toContainEqual(expect.stringContaining(words))
        analytics++
      }
    }
    expect(analytics).toBe(file.counts.analytics)
  })
})

describe('a team file whose cards carry whole articles', () => {
  const fixture = sharedFile('fixtures/real-world/docx/cp-bifurcation-pic-vs-fed-workers.docx')
  it('keeps every card, the article-length ones too, each with its exact text', fixture.options, () => {
    const file = readVerbatim(new Uint8Array(readFileSync(fixture.path)), 'cp.docx')
    const texts = entriesOf(file).flatMap((e) => (e.kind === 'card' ? [e.text] : []))
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a))
    expect(longest.length).toBeGreaterThan(100_000)
    const { library, result } = importVerbatim(emptyLibrary(), file, 'cp.docx', 'motion', testEnv())
    expect(result.summary.skipped).toEqual([])
    expect(library.quotes.map((q) => q.text)).toContain(longest)
  })
})

describe('an ordinary Word document', () => {
  const fixture = sharedFile('fixtures/real-world/docx/alga-financial-assistance-grants-policy-brief.docx')
  it('is told apart from a Verbatim file', fixture.options, () => {
    const bytes = new Uint8Array(readFileSync(fixture.path))
    expect(() => readVerbatim(bytes, 'alga.docx')).toThrow(/"alga\.docx" has no Verbatim tags found/)
  })
})
