import type { ParsedInputOf } from '../contract'
import { ApiError } from '../errors'
import { LOCAL_ORIGIN } from '../model/ids'
import { withAdded, type Library } from '../model/library'
import type { Source } from '../model/source'
import { BUNDLED_TEXTS, type BundledText } from '../sources/bundled'
import { replaceById, type Change, type OperationEnv } from './change'
import { originsAfterEdit } from './document-import'

export interface SourceSummary {
  source: Source
  bundled: boolean
  /** How many cards quote it, and how many claims rely on those cards. */
  quoteCount: number
  claimCount: number
}

/** Bundled texts have no history of their own; they carry this fixed date. */
const BUNDLED_AT = '2026-01-01T00:00:00.000Z'

function asSource({ provenance: _provenance, note: _note, ...text }: BundledText): Source {
  return { ...text, origin: LOCAL_ORIGIN, createdAt: BUNDLED_AT, updatedAt: BUNDLED_AT }
}

const BUNDLED_SOURCES: readonly Source[] = BUNDLED_TEXTS.map(asSource)

/** The bundled texts as sources: read-only, always there, never in the store file. */
export function bundledSources(): readonly Source[] {
  return BUNDLED_SOURCES
}

export function findSource(library: Library, sourceId: string, path = 'sourceId'): Source {
  const source = library.sources.find((s) => s.id === sourceId) ?? bundledSources().find((s) => s.id === sourceId)
  if (!source) throw new ApiError('not_found', `No source with id "${sourceId}"`, path)
  return source
}

export function isBundled(sourceId: string): boolean {
  return BUNDLED_TEXTS.some((text) => text.id === sourceId)
}

/** Every source (bundled first, then the user's by title), with what uses it. */
export function listSources(library: Library, input: ParsedInputOf<'source.list'>): SourceSummary[] {
  const quotesBySource = new Map<string, string[]>()
  for (const quote of library.quotes) {
    const list = quotesBySource.get(quote.sourceId)
    if (list) list.push(quote.id)
    else quotesBySource.set(quote.sourceId, [quote.id])
  }
  const claimsByQuote = new Map<string, Set<string>>()
  for (const claim of library.claims) {
    for (const quoteId of claim.evidence) claimsByQuote.set(quoteId, (claimsByQuote.get(quoteId) ?? new Set()).add(claim.id))
  }
  const summarise = (source: Source): SourceSummary => {
    const quotes = quotesBySource.get(source.id) ?? []
    const claims = new Set(quotes.flatMap((q) => [...(claimsByQuote.get(q) ?? [])]))
    return { source, bundled: isBundled(source.id), quoteCount: quotes.length, claimCount: claims.size }
  }
  const own = [...library.sources].sort((a, b) => a.title.localeCompare(b.title))
  return [...bundledSources(), ...own].filter((s) => !input.kind || s.kind === input.kind).map(summarise)
}

export function createSource(library: Library, input: ParsedInputOf<'source.create'>, env: OperationEnv): Change<Source> {
  const now = env.now()
  const source: Source = { ...input, id: env.newId(), origin: LOCAL_ORIGIN, createdAt: now, updatedAt: now }
  return { library: withAdded(library, { sources: [source] }), result: source }
}

export function updateSource(library: Library, input: ParsedInputOf<'source.update'>, env: OperationEnv): Change<Source> {
  if (isBundled(input.sourceId)) throw new ApiError('conflict', 'Bundled texts cannot be changed', 'sourceId')
  const current = findSource(library, input.sourceId)
  const { sourceId: _id, ...fields } = input
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
  const source: Source = { ...originsAfterEdit(current, given), ...given, updatedAt: env.now() }
  return { library: { ...library, sources: replaceById(library.sources, source) }, result: source }
}

/**
 * Deletes a source. While cards quote it, it is refused (naming how many) unless the caller
 * says to delete those cards too: a card is never left without its source.
 */
export function deleteSource(
  library: Library,
  input: ParsedInputOf<'source.delete'>
): Change<{ sourceId: string; deletedQuoteIds: string[] }> {
  if (isBundled(input.sourceId)) throw new ApiError('conflict', 'Bundled texts cannot be deleted', 'sourceId')
  const source = findSource(library, input.sourceId)
  const quoteIds = new Set(library.quotes.filter((q) => q.sourceId === source.id).map((q) => q.id))
  if (quoteIds.size > 0 && !input.deleteQuotes) {
    const n = quoteIds.size
    const claims = library.claims.filter((c) => c.evidence.some((id) => quoteIds.has(id))).length
    const relying = claims === 0 ? '' : ` ${claims} ${claims === 1 ? 'claim relies' : 'claims rely'} on ${n === 1 ? 'it' : 'them'} and would lose ${n === 1 ? 'that evidence' : 'those cards'}.`
    throw new ApiError(
      'conflict',
      `${n} ${n === 1 ? 'card quotes' : 'cards quote'} “${source.title}”.${relying} Delete ${n === 1 ? 'it' : 'them'} with the source, or keep the source.`,
      'sourceId'
    )
  }
  return {
    library: {
      ...library,
      sources: library.sources.filter((s) => s.id !== source.id),
      quotes: library.quotes.filter((q) => !quoteIds.has(q.id)),
      claims: unlinkQuotes(library.claims, quoteIds)
    },
    result: { sourceId: source.id, deletedQuoteIds: [...quoteIds] }
  }
}

/** Claims without the given cards in their evidence; untouched claims stay the same objects. */
export function unlinkQuotes<T extends { evidence: string[] }>(claims: T[], quoteIds: ReadonlySet<string>): T[] {
  return claims.map((c) => (c.evidence.some((id) => quoteIds.has(id)) ? { ...c, evidence: c.evidence.filter((id) => !quoteIds.has(id)) } : c))
}

/** A source with its cards, and the claims that cite them (each claim once per card it cites). */
export function getSourceDetail(library: Library, sourceId: string) {
  const source = findSource(library, sourceId)
  const quotes = library.quotes.filter((q) => q.sourceId === sourceId)
  const ids = new Set(quotes.map((q) => q.id))
  const usedBy = library.claims.flatMap((c) =>
    c.evidence.filter((id) => ids.has(id)).map((quoteId) => ({ claimId: c.id, motionId: c.motionId, title: c.title, quoteId }))
  )
  return { source, bundled: isBundled(sourceId), quotes, usedBy }
}
