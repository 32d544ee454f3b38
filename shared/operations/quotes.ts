import type { ParsedInputOf } from '../contract'
import { ApiError } from '../errors'
import type { Claim } from '../model/claim'
import { LOCAL_ORIGIN } from '../model/ids'
import { withAdded, type Library } from '../model/library'
import type { Quote, Source, SourceUnit } from '../model/source'
import { oneLine, plainText } from '../model/text'
import { isMarkedAlteration, markAlteration } from '../sources/alteration'
import { findUnit as findBundledUnit } from '../sources/bundled'
import { replaceById, type Change, type OperationEnv } from './change'
import { findClaim } from './claims'
import { findSource, isBundled, unlinkQuotes } from './sources'

export function findQuote(library: Library, quoteId: string, path = 'quoteId'): Quote {
  const quote = library.quotes.find((q) => q.id === quoteId)
  if (!quote) throw new ApiError('not_found', `No card with id "${quoteId}"`, path)
  return quote
}

/**
 * An imported document's units, which live in their own file: the handler reads them from the
 * store and passes this lookup in, so the operations stay pure. Undefined when the text could not be read.
 */
export type DocumentUnits = (source: Source) => readonly SourceUnit[] | undefined

const NO_DOCUMENT_TEXTS: DocumentUnits = () => undefined

/** The lookup over texts already read, by source id. */
export function documentUnitsFrom(texts: ReadonlyMap<string, readonly SourceUnit[]>): DocumentUnits {
  return (source) => texts.get(source.id)
}

function textMissing(source: Source): ApiError {
  return new ApiError('not_found', `The text of “${source.title}” cannot be read, so no card can be cut from it or checked against it`, 'sourceId')
}

/** The unit of a source: bundled texts carry theirs in data/, a document its text file, a user's source its own units. */
function findUnit(source: Source, unitId: string, documents: DocumentUnits): SourceUnit | undefined {
  if (source.document) {
    const units = documents(source)
    if (!units) throw textMissing(source)
    return units.find((u) => u.id === unitId)
  }
  return findBundledUnit(source.id, unitId) ?? source.units?.find((u) => u.id === unitId)
}

/** The text a card cut from a unit must hold, or an error naming what is out of place. */
function sourceText(
  source: Source,
  unitId: string,
  range: { start: number; end: number },
  documents: DocumentUnits
): { unit: SourceUnit; text: string } {
  const unit = findUnit(source, unitId, documents)
  if (!unit) throw new ApiError('not_found', `“${source.title}” has no part "${unitId}"`, 'unitId')
  const { start, end } = range
  if (start >= end || end > unit.text.length) {
    throw new ApiError(
      'invalid_input',
      `The range ${start}–${end} is outside ${unit.label} (its text has ${unit.text.length} characters)`,
      'range'
    )
  }
  return { unit, text: unit.text.slice(start, end) }
}

/**
 * Cuts a card. From a bundled text, the card's text is exactly the unit's text at the range
 * (given text must equal it); from any other source it is the text the user pasted, as plain text.
 */
export function createQuote(
  library: Library,
  input: ParsedInputOf<'quote.create'>,
  env: OperationEnv,
  documents: DocumentUnits = NO_DOCUMENT_TEXTS
): Change<Quote> {
  const source = findSource(library, input.sourceId)
  let text = plainText(input.text ?? '')
  let pinpoint = input.pinpoint ?? ''
  if (input.unitId !== undefined || input.range !== undefined) {
    if (input.unitId === undefined || input.range === undefined) {
      throw new ApiError('invalid_input', 'A card cut from a text needs both its part and its range', input.unitId === undefined ? 'unitId' : 'range')
    }
    const cut = sourceText(source, input.unitId, input.range, documents)
    if (input.text !== undefined && input.text !== cut.text) {
      throw new ApiError('invalid_input', `The card's text is not what ${cut.unit.label} says at that range`, 'text')
    }
    text = cut.text
    // The pinpoint of a cut card is where it was cut: nothing else can be checked.
    pinpoint = cut.unit.label
  } else if (isBundled(source.id)) {
    throw new ApiError('invalid_input', `A card from “${source.title}” is cut from its text: give the part and the range`, 'unitId')
  } else if (!text.trim()) {
    throw new ApiError('invalid_input', 'A card needs the quoted text', 'text')
  }
  const now = env.now()
  const quote: Quote = {
    id: env.newId(),
    sourceId: source.id,
    unitId: input.unitId ?? null,
    range: input.range ?? null,
    text,
    pinpoint: oneLine(pinpoint),
    speaker: oneLine(input.speaker ?? ''),
    tag: oneLine(input.tag ?? ''),
    highlights: [],
    note: plainText(input.note ?? ''),
    alteration: false,
    paraphrase: false,
    origin: LOCAL_ORIGIN,
    createdAt: now,
    updatedAt: now
  }
  return { library: withAdded(library, { quotes: [quote] }), result: quote }
}

/**
 * Edits a card. The text of a card cut from a text may differ from the source only as a
 * marked alteration: words left out are shown as "…", words added or changed in [brackets]
 * (what the user did not mark is marked for them); otherwise the edit is refused.
 */
export function updateQuote(
  library: Library,
  input: ParsedInputOf<'quote.update'>,
  env: OperationEnv,
  documents: DocumentUnits = NO_DOCUMENT_TEXTS
): Change<Quote> {
  const current = findQuote(library, input.quoteId)
  let text = input.text === undefined ? current.text : plainText(input.text)
  let alteration = input.alteration ?? current.alteration
  const source = current.unitId !== null && current.range !== null ? findSource(library, current.sourceId) : null
  // A document whose text file is missing still lets its cards be tagged and marked; only their text waits for it.
  const textUnknown = source?.document !== undefined && documents(source) === undefined
  if (textUnknown && (text !== current.text || alteration !== current.alteration) && source) throw textMissing(source)
  if (source && !textUnknown && current.unitId !== null && current.range !== null) {
    const exact = sourceText(source, current.unitId, current.range, documents).text
    if (text === exact) alteration = false
    else if (!alteration) {
      throw new ApiError(
        'conflict',
        'This card was cut from its source’s text, so its text must stay exactly as the source. Save the change as a marked alteration instead: words left out show as “…”, words added or changed in [brackets].',
        'text'
      )
    } else if (input.text !== undefined && text.trim()) {
      text = markAlteration(exact, text)
      if (!isMarkedAlteration(exact, text)) {
        throw new ApiError('invalid_input', 'An altered card must keep some of its source’s own words; for new words, paste a card of your own', 'text')
      }
    }
  }
  if (!text.trim()) throw new ApiError('invalid_input', 'A card needs the quoted text', 'text')
  // New words make old marks point at the wrong words: a text change without new marks clears them.
  const highlights = input.highlights ?? (text === current.text ? current.highlights : [])
  const outside = highlights.findIndex((h) => h.start >= h.end || h.end > text.length)
  if (outside >= 0) throw new ApiError('invalid_input', 'A marked range falls outside the card text', `highlights[${outside}]`)
  const quote: Quote = {
    ...current,
    text,
    alteration,
    tag: oneLine(input.tag ?? current.tag),
    pinpoint: current.unitId !== null ? current.pinpoint : oneLine(input.pinpoint ?? current.pinpoint),
    speaker: oneLine(input.speaker ?? current.speaker),
    note: plainText(input.note ?? current.note),
    highlights,
    updatedAt: env.now()
  }
  return { library: { ...library, quotes: replaceById(library.quotes, quote) }, result: quote }
}

/** Deletes a card and takes it off every claim it backed. */
export function deleteQuote(library: Library, input: ParsedInputOf<'quote.delete'>): Change<{ quoteId: string }> {
  const quote = findQuote(library, input.quoteId)
  const gone = new Set([quote.id])
  return {
    library: { ...library, quotes: library.quotes.filter((q) => q.id !== quote.id), claims: unlinkQuotes(library.claims, gone) },
    result: { quoteId: quote.id }
  }
}

/** Links a card to a claim as evidence (once), or unlinks it. */
export function linkEvidence(library: Library, input: ParsedInputOf<'claim.link'>, env: OperationEnv): Change<Claim> {
  const claim = findClaim(library, input.claimId)
  findQuote(library, input.quoteId)
  const has = claim.evidence.includes(input.quoteId)
  if (has === input.linked) return { library, result: claim }
  const evidence = input.linked ? [...claim.evidence, input.quoteId] : claim.evidence.filter((id) => id !== input.quoteId)
  const next: Claim = { ...claim, evidence, updatedAt: env.now() }
  return { library: { ...library, claims: replaceById(library.claims, next) }, result: next }
}

export interface QuoteProblem {
  quoteId: string
  /** The card's source id, and whether that source is gone (then there is nothing to open). */
  sourceId: string
  sourceMissing: boolean
  tag: string
  source: string
  pinpoint: string
  problem: string
}

/**
 * Every card whose text no longer matches its source. A marked alteration matches when every
 * unmarked word is still the source's, in order (a pasted card has no source text to check).
 */
export function checkQuotes(library: Library, documents: DocumentUnits = NO_DOCUMENT_TEXTS): QuoteProblem[] {
  const problems: QuoteProblem[] = []
  for (const quote of library.quotes) {
    const report = (source: string, problem: string, sourceMissing = false) =>
      problems.push({ quoteId: quote.id, sourceId: quote.sourceId, sourceMissing, tag: quote.tag, source, pinpoint: quote.pinpoint, problem })
    let source: Source
    try {
      source = findSource(library, quote.sourceId)
    } catch {
      report(quote.sourceId, 'its source is missing', true)
      continue
    }
    if (quote.unitId === null || quote.range === null) continue
    if (source.document && !documents(source)) {
      report(source.title, 'the text of its source is missing or damaged, so it cannot be checked')
      continue
    }
    const unit = findUnit(source, quote.unitId, documents)
    if (!unit) {
      report(source.title, `the source has no part "${quote.unitId}"`)
      continue
    }
    const exact = unit.text.slice(quote.range.start, quote.range.end)
    if (quote.alteration && !isMarkedAlteration(exact, quote.text)) {
      report(source.title, `it changes ${unit.label} at ${quote.range.start}–${quote.range.end} without marking it (… for words left out, [ ] for words added or changed)`)
    } else if (!quote.alteration && exact !== quote.text) {
      report(source.title, `its text differs from ${unit.label} at ${quote.range.start}–${quote.range.end}`)
    }
  }
  return problems
}

/** Every card, newest first. */
export function listQuotes(library: Library): Quote[] {
  return [...library.quotes].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}
