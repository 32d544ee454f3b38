/**
 * A brief exported as a Word file and read back gives the same cards: tags, cites, text and
 * reading marks (property tests over random cards), read both by Casebook's Verbatim reader
 * (shared/verbatim/read.ts, as `Import Verbatim file` reads a team's files) and by a minimal
 * walk over the XML (tests/unit/brief/verbatim-walk.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assembleBrief, briefCards } from '../../../shared/brief/document'
import { renderDocx } from '../../../shared/brief/docx'
import { citeText } from '../../../shared/brief/cite'
import { BriefOptionsSchema } from '../../../shared/brief/options'
import { markedRuns, type TextRun } from '../../../shared/brief/runs'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { MARK_KINDS, SourceFieldsSchema, type Quote } from '../../../shared/model/source'
import { addClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import { createQuote, linkEvidence, updateQuote } from '../../../shared/operations/quotes'
import { createSource } from '../../../shared/operations/sources'
import { readVerbatim, type VerbatimCard } from '../../../shared/verbatim/read'
import { testEnv } from '../shared/fixtures'
import { docxParts, walkCards } from './verbatim-walk'

const CHARS = ['a', 'B', 'z', ' ', ' ', '\n', '\t', 'é', '“', '”', '’', '<', '>', '&', '§', '日', '🏛', '—', '"', "'"]
const textArb = (min: number, lines: boolean) =>
  fc.array(fc.constantFrom(...CHARS.filter((c) => lines || (c !== '\n' && c !== '\t'))), { minLength: min, maxLength: 40 }).map((cs) => cs.join(''))

interface CardSpec {
  tag: string
  text: string
  marks: Array<{ start: number; end: number; kind: (typeof MARK_KINDS)[number]; color?: string }>
  cite: string | null
}

// Card text neither starts nor ends with an empty line: a reader of Verbatim files takes those for spacing, not text.
const cardArb: fc.Arbitrary<CardSpec> = textArb(1, true)
  .filter((text) => text.trim() !== '' && !/^\s*\n|\n\s*$/.test(text))
  .chain((text) =>
    fc.record({
      // Verbatim has no card without a tag (the Tag is what makes it a card): every generated card has one.
      tag: textArb(1, false).filter((tag) => tag.trim() !== ''),
      text: fc.constant(text),
      marks: fc.array(
        fc
          .record({
            a: fc.nat(text.length),
            b: fc.nat(text.length),
            kind: fc.constantFrom(...MARK_KINDS),
            color: fc.option(fc.constantFrom('yellow', 'cyan', 'green', 'magenta', 'darkBlue'), { nil: undefined })
          })
          .filter(({ a, b }) => a !== b)
          .map(({ a, b, kind, color }) => ({ start: Math.min(a, b), end: Math.max(a, b), kind, ...(kind === 'highlight' && color ? { color } : {}) })),
        { maxLength: 6 }
      ),
      // A card's own cite line; each has a year, as the Verbatim reader needs to tell an unmarked card from an analytic.
      cite: fc.option(fc.constantFrom('Smith 19 (prof. at Yale, “T”, 2019)', 'Campaign leaflet, 2019', 'Ng & Li 2024 [report]'), { nil: null })
    })
  )

function libraryOf(cards: CardSpec[]): { library: Library; motionId: string } {
  const env = testEnv()
  let library = emptyLibrary()
  const apply = <T>(change: { library: Library; result: T }): T => {
    library = change.library
    return change.result
  }
  const motion = apply(createMotion(library, { title: 'Round trip', format: 'policy' }, env))
  const claim = apply(addClaim(library, { motionId: motion.id, parentId: null, stance: 'pro', title: 'Contention', body: '' }, env))
  const source = apply(
    createSource(library, SourceFieldsSchema.parse({ kind: 'article', title: 'On things', authors: [{ given: 'Ann', family: 'Smith' }], date: '2024-05-01' }), env)
  )
  for (const spec of cards) {
    const quote = apply(createQuote(library, { sourceId: source.id, text: spec.text, tag: spec.tag, pinpoint: 'p. 4' }, env))
    apply(updateQuote(library, { quoteId: quote.id, highlights: spec.marks }, env))
    if (spec.cite) library = { ...library, quotes: library.quotes.map((q): Quote => (q.id === quote.id ? { ...q, cite: spec.cite as string } : q)) }
    apply(linkEvidence(library, { claimId: claim.id, quoteId: quote.id, linked: true }, env))
  }
  return { library, motionId: motion.id }
}

/** Each character's marks, as "u", "e", "s" and "h:colour"; line breaks (paragraph ends in Word) carry none. */
function marksByChar(text: string, runs: ReadonlyArray<Pick<TextRun, 'text' | 'underline' | 'highlight' | 'emphasis' | 'shrunk' | 'color'>>): string[] {
  const out: string[] = []
  for (const run of runs) {
    const marks = [run.underline ? 'u' : '', run.emphasis ? 'e' : '', run.shrunk ? 's' : '', run.highlight ? `h:${run.color ?? 'yellow'}` : ''].filter(Boolean).join(' ')
    for (const ch of run.text) out.push(ch === '\n' ? '' : marks)
  }
  expect(out.length).toBe([...text].length)
  return out
}

/** The walked card's marks as runs, so both sides compare the same way. */
function walkedRuns(text: string, marks: ReturnType<typeof walkCards>[number]['marks']): TextRun[] {
  return markedRuns(text, marks)
}

/**
 * Runs as Verbatim can tell them apart: Emphasis is an underlined style, so stressed words are
 * read aloud (underlined) too; and small text is "shrunk" only where it is not underlined (an
 * underlined word printed small is still read aloud).
 */
function asVerbatimReads(runs: TextRun[]): TextRun[] {
  return runs.map(({ shrunk, ...run }) => {
    const read = { ...run, underline: run.underline || run.emphasis === true }
    return shrunk && !read.underline ? { ...read, shrunk } : read
  })
}

function verbatimCards(bytes: Uint8Array): VerbatimCard[] {
  const file = readVerbatim(bytes, 'brief.docx')
  return [...file.loose, ...file.headings.flatMap((h) => h.entries)].filter((e): e is VerbatimCard => e.kind === 'card')
}

describe('Word brief round trip', () => {
  it('gives back the same cards, tags, cites, text and marks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cardArb, { minLength: 1, maxLength: 5 }), async (specs) => {
        const { library, motionId } = libraryOf(specs)
        const brief = assembleBrief(library, BriefOptionsSchema.parse({ motionId, side: 'pro' }))
        const walked = walkCards(docxParts(await renderDocx(brief))['word/document.xml']!)
        const quotes = briefCards(brief).map((card) => library.quotes.find((q) => q.id === card.id) as Quote)
        expect(walked.map((c) => c.tag)).toEqual(quotes.map((q) => q.tag))
        expect(walked.map((c) => c.text)).toEqual(quotes.map((q) => q.text))
        expect(walked.map((c) => c.cite)).toEqual(briefCards(brief).map((c) => citeText(c.cite)))
        for (const [i, quote] of quotes.entries()) {
          expect(marksByChar(walked[i]!.text, walkedRuns(walked[i]!.text, walked[i]!.marks))).toEqual(marksByChar(quote.text, markedRuns(quote.text, quote.highlights)))
        }
      }),
      { numRuns: 20 }
    )
  }, 120_000)

  it('reads back through Casebook’s Verbatim reader with the same cards, tags, cites, text and marks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cardArb, { minLength: 1, maxLength: 5 }), async (specs) => {
        const { library, motionId } = libraryOf(specs)
        const brief = assembleBrief(library, BriefOptionsSchema.parse({ motionId, side: 'pro' }))
        const read = verbatimCards(await renderDocx(brief))
        const quotes = briefCards(brief).map((card) => library.quotes.find((q) => q.id === card.id) as Quote)
        expect(read.map((c) => c.tag)).toEqual(quotes.map((q) => q.tag))
        expect(read.map((c) => c.cite)).toEqual(briefCards(brief).map((c) => citeText(c.cite)))
        expect(read.map((c) => c.text)).toEqual(quotes.map((q) => q.text))
        for (const [i, quote] of quotes.entries()) {
          const card = read[i]!
          expect(marksByChar(card.text, markedRuns(card.text, card.marks))).toEqual(marksByChar(quote.text, asVerbatimReads(markedRuns(quote.text, quote.highlights))))
        }
      }),
      { numRuns: 20 }
    )
  }, 120_000)
})
