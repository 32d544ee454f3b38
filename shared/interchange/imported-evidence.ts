/**
 * The sources an import lists as the library's sources, and each quoted excerpt as an evidence
 * card linked to the claims that cite it. A source the library already has (the same web
 * address) is used again rather than added twice, and so is a card with the same words.
 */
import type { Claim } from '../model/claim'
import { LOCAL_ORIGIN } from '../model/ids'
import type { Library } from '../model/library'
import type { Quote, Source } from '../model/source'
import type { OperationEnv } from '../operations/change'
import { isBundled } from '../operations/sources'
import type { ImportedMotion, ImportedReference, SkippedEntry } from './imported-motion'
import { clip, oneLine } from './text'

const MAX_SOURCE_TITLE = 500
const MAX_URL = 2000
const MAX_CARD_TEXT = 100_000
const MAX_EVIDENCE = 500

export interface ImportedEvidence {
  /** Sources new to the library. */
  sources: Source[]
  /** Cards new to the library. */
  quotes: Quote[]
  /** The claims given, with the cards they cite as evidence. */
  claims: Claim[]
  alreadyHad: { sources: number; cards: number }
  skipped: SkippedEntry[]
}

function newSource(reference: ImportedReference, id: string, now: string): Source {
  const title = clip(oneLine(reference.title), MAX_SOURCE_TITLE) || '(untitled source)'
  return {
    id,
    // Kialo's sources are web pages it links to; nothing in the file says more.
    kind: 'web',
    title,
    authors: [],
    publisher: '',
    container: '',
    date: '',
    url: reference.url.length <= MAX_URL ? reference.url : '',
    accessed: '',
    reporterCitation: '',
    qualifications: '',
    origin: LOCAL_ORIGIN,
    createdAt: now,
    updatedAt: now
  }
}

/**
 * `claims` are `imported.claims` as stored, in the same order (as toMotionMap makes them).
 * A card's tag is the first citing claim's title; its text is the excerpt exactly.
 */
export function importedEvidence(library: Library, imported: ImportedMotion, claims: readonly Claim[], env: OperationEnv): ImportedEvidence {
  const now = env.now()
  const references = imported.references ?? []
  const byUrl = new Map<string, Source>()
  for (const source of library.sources) if (source.url && !isBundled(source.id) && !byUrl.has(source.url)) byUrl.set(source.url, source)
  const cardsByText = new Map<string, Quote>()
  for (const quote of library.quotes) cardsByText.set(`${quote.sourceId}\n${quote.text}`, quote)

  const citedBy = new Map<string, Claim>()
  imported.claims.forEach((item, index) => {
    for (const key of item.cites ?? []) if (!citedBy.has(key)) citedBy.set(key, claims[index])
  })

  const added: Source[] = []
  const quotes: Quote[] = []
  const skipped: SkippedEntry[] = []
  const alreadyHad = { sources: 0, cards: 0 }
  const sourceFor = new Map<string, string>()
  const seenSources = new Map<string, string>()
  const cardFor = new Map<string, string>()
  for (const reference of references) {
    const identity = reference.url || oneLine(reference.title)
    let sourceId = seenSources.get(identity)
    if (sourceId === undefined) {
      const existing = reference.url ? byUrl.get(reference.url) : undefined
      if (existing) {
        sourceId = existing.id
        alreadyHad.sources++
      } else {
        const source = newSource(reference, env.newId(), now)
        added.push(source)
        sourceId = source.id
      }
      seenSources.set(identity, sourceId)
    }
    sourceFor.set(reference.key, sourceId)
    if (reference.excerpt === null || !reference.excerpt.trim()) continue
    if (reference.excerpt.length > MAX_CARD_TEXT) {
      // A quotation is kept whole or not at all.
      skipped.push({ entry: `Source [${reference.key}]`, reason: `its excerpt is longer than ${MAX_CARD_TEXT.toLocaleString('en-US')} characters, so no card was made.` })
      continue
    }
    const textKey = `${sourceId}\n${reference.excerpt}`
    let card = cardsByText.get(textKey)
    if (card && !quotes.includes(card)) alreadyHad.cards++
    if (!card) {
      card = {
        id: env.newId(),
        sourceId,
        unitId: null,
        range: null,
        text: reference.excerpt,
        pinpoint: '',
        speaker: '',
        tag: clip(citedBy.get(reference.key)?.title ?? '', 300),
        highlights: [],
        note: '',
        alteration: false,
        paraphrase: false,
        origin: LOCAL_ORIGIN,
        createdAt: now,
        updatedAt: now
      }
      quotes.push(card)
      cardsByText.set(textKey, card)
    }
    cardFor.set(reference.key, card.id)
  }

  const withEvidence = claims.map((claim, index) => {
    const cards = (imported.claims[index]?.cites ?? []).flatMap((key) => cardFor.get(key) ?? [])
    const evidence = [...new Set([...claim.evidence, ...cards])].slice(0, MAX_EVIDENCE)
    return evidence.length === claim.evidence.length ? claim : { ...claim, evidence }
  })
  return { sources: added, quotes, claims: withEvidence, alreadyHad, skipped }
}
