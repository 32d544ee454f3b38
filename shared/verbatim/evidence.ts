/**
 * A Verbatim file's cards as library records: one source per distinct cite (its authors and
 * title, or the line itself when it could not be read), reusing a library source with the same
 * URL or the same title and first author; each card's text and marks exactly as in the file,
 * and its cite line exactly as written (its head's "Smith 19" says more than the source's date,
 * which holds only a four-digit year the line gives). Pure.
 */
import { clip, oneLine } from '../interchange/text'
import type { SkippedEntry } from '../interchange/imported-motion'
import { LOCAL_ORIGIN } from '../model/ids'
import type { Library } from '../model/library'
import { MAX_CARD_MARKS, MAX_CARD_TEXT, MAX_CITE_LINE, type Quote, type Source } from '../model/source'
import type { OperationEnv } from '../operations/change'
import { isBundled } from '../operations/sources'
import { parseCite } from './cite'
import type { VerbatimCard, VerbatimFile } from './read'

const MAX_NOTE = 20_000

export interface VerbatimEvidence {
  /** Sources new to the library. */
  sources: Source[]
  /** One per card of the file that could be kept, in file order; null where it was skipped. */
  quotes: Array<Quote | null>
  /** Cards already in the library (same source, words and marks): used again. */
  alreadyHad: { sources: number; cards: number }
  /** Distinct sources the cites were read into (new and reused). */
  sourceCount: number
  unparsedCites: number
  skipped: SkippedEntry[]
  warnings: string[]
}

export function allCards(file: VerbatimFile): VerbatimCard[] {
  return [...file.loose, ...file.headings.flatMap((h) => h.entries)].filter((e): e is VerbatimCard => e.kind === 'card')
}

const key = (text: string): string => oneLine(text).toLowerCase()

/** A card is the same card when its source, words and marks are: the same words marked otherwise are another cut. */
const cardKey = (sourceId: string, text: string, marks: ReadonlyArray<{ start: number; end: number; kind: string; color?: string }>): string =>
  `${sourceId}\n${text}\n${marks.map((m) => `${m.kind}:${m.start}-${m.end}:${m.color ?? ''}`).join(',')}`

/** `notes` gives each card's note (the file's headings, for the card library). */
export function verbatimEvidence(library: Library, file: VerbatimFile, fileName: string, env: OperationEnv, notes: (card: VerbatimCard) => string): VerbatimEvidence {
  const now = env.now()
  const own = library.sources.filter((s) => !isBundled(s.id))
  const byUrl = new Map(own.filter((s) => s.url).map((s) => [s.url, s]))
  const byTitle = new Map(own.map((s) => [`${key(s.title)}|${key(s.authors[0]?.family ?? s.authors[0]?.literal ?? '')}`, s]))
  const cardsByText = new Map(library.quotes.map((q) => [cardKey(q.sourceId, q.text, q.highlights), q]))
  const sourceByCite = new Map<string, Source>()
  const reused = new Set<string>()
  const sources: Source[] = []
  const quotes: Array<Quote | null> = []
  const skipped: SkippedEntry[] = []
  const warnings: string[] = []
  const alreadyHad = { sources: 0, cards: 0 }
  let unparsedCites = 0

  const sourceFor = (card: VerbatimCard): Source => {
    const cite = parseCite(card.cite)
    const authorKey = key(cite.authors[0]?.family ?? cite.authors[0]?.literal ?? '')
    const identity = card.cite === '' ? '' : cite.complete ? `${key(cite.title)}|${authorKey}` : key(card.cite)
    const known = sourceByCite.get(identity)
    if (known) return known
    // A source must have a title: the cite's, else its head ("Smith 19"), else the line; a card with no cite at all is filed under the file it came from.
    const title = cite.title || cite.head || oneLine(card.cite) || `Cards without a cite in ${fileName}`
    const existing = (cite.url ? byUrl.get(cite.url) : undefined) ?? byTitle.get(`${key(clip(title, 500))}|${authorKey}`)
    let source: Source
    if (existing) {
      source = existing
      if (!reused.has(existing.id)) alreadyHad.sources++
      reused.add(existing.id)
    } else {
      source = {
        id: env.newId(),
        kind: cite.kind,
        title: clip(title, 500),
        authors: cite.authors.slice(0, 100),
        publisher: '',
        container: clip(cite.container, 300),
        date: cite.date.slice(0, 40),
        url: cite.url.length <= 2000 ? cite.url : '',
        accessed: '',
        reporterCitation: '',
        qualifications: clip(cite.qualifications, 500),
        origin: LOCAL_ORIGIN,
        createdAt: now,
        updatedAt: now
      }
      sources.push(source)
    }
    sourceByCite.set(identity, source)
    return source
  }

  for (const card of allCards(file)) {
    const where = `The card "${clip(oneLine(card.tag), 80)}"`
    if (card.text.length > MAX_CARD_TEXT) {
      // A quotation is kept whole or not at all.
      skipped.push({ entry: where, reason: `its text is longer than ${MAX_CARD_TEXT.toLocaleString('en-US')} characters, so it was not imported` })
      quotes.push(null)
      continue
    }
    const source = sourceFor(card)
    const citeWhole = card.cite === '' || parseCite(card.cite).complete
    if (!citeWhole) unparsedCites++
    const existing = cardsByText.get(cardKey(source.id, card.text, card.marks))
    if (existing) {
      // A card the file repeats (same source, words and marks) is one card; one the library had is counted as such.
      if (!quotes.includes(existing)) alreadyHad.cards++
      quotes.push(existing)
      continue
    }
    let marks = card.marks
    if (marks.length > MAX_CARD_MARKS) {
      // Only a hostile file gets here. Shrunk text is what no other mark covers: the first to go.
      marks = marks.filter((m) => m.kind !== 'shrunk').slice(0, MAX_CARD_MARKS)
      warnings.push(`${where} has more marks than ${MAX_CARD_MARKS.toLocaleString('en-US')}: ${card.marks.length - marks.length} were left off`)
    }
    const tag = oneLine(card.tag)
    const note = [tag.length > 300 ? tag : '', notes(card), card.note].filter(Boolean).join('\n')
    const quote: Quote = {
      id: env.newId(),
      sourceId: source.id,
      unitId: null,
      range: null,
      text: card.text,
      pinpoint: '',
      speaker: '',
      tag: clip(tag, 300),
      // "" when the file gave none, so no brief prints the source it is filed under as its cite.
      // The reader takes no cite line longer than a card keeps, so this clip never cuts a real one.
      cite: clip(card.cite, MAX_CITE_LINE),
      highlights: marks.map((m) => ({ ...m })),
      note: clip(note, MAX_NOTE),
      alteration: false,
      paraphrase: false,
      origin: LOCAL_ORIGIN,
      createdAt: now,
      updatedAt: now
    }
    cardsByText.set(cardKey(source.id, card.text, card.marks), quote)
    quotes.push(quote)
  }
  return { sources, quotes, alreadyHad, sourceCount: sourceByCite.size, unparsedCites, skipped, warnings }
}
