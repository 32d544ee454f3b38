/**
 * Writing a pack from the library: the chosen motions with their claims, the cards those
 * claims cite, the sources of those cards (with the texts of imported documents, as far as
 * they fit: ./export-texts.ts), and the motions' drills. A student edition leaves out teacher
 * notes and model answers.
 */
import type { DocumentText } from '../documents/extracted'
import { ApiError } from '../errors'
import type { Library } from '../model/library'
import { fileNameFor } from '../model/text'
import { bundledSources, isBundled } from '../operations/sources'
import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  PackIdSchema,
  PackItemIdSchema,
  type PackClaim,
  type PackDrill,
  type PackFile,
  type PackItemKind,
  type PackMeta,
  type PackMotion,
  type PackQuote,
  type PackSource
} from './format'
import { chooseTexts, textsDoNotFit, withoutTexts, type LeftOutText } from './export-texts'
import { claimWithIds, packItemId } from './to-library'

export interface PackExportOptions {
  motionIds: string[]
  meta: Omit<PackMeta, 'edition'>
  /** Leave out claim notes (teacher notes) and drills' model answers, and strength ratings and claim tags unless kept. */
  student: boolean
  /** In a student edition, keep the claims' strength ratings (the teacher's private judgement) and tags. */
  studentKeepsRatingsAndTags?: boolean
  /** Sources whose cards no claim cites: those cards go in too (with their source). */
  unlinkedCardSourceIds?: string[]
  /** Kinds of item to lock: students may answer and duplicate them, not change them. */
  lock: Partial<Record<PackItemKind, boolean>>
  /** Send a document source whose text does not fit (or cannot be read) as citation only, rather than refuse the export. */
  leaveOutTextsThatDoNotFit?: boolean
}

/** A short stable id for a library id too long for a pack (FNV-1a, twice with different seeds). */
function shortId(id: string): string {
  const hash = (seed: number) => {
    let h = seed
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0
    return h.toString(16).padStart(8, '0')
  }
  return `x${hash(2166136261)}${hash(3339675911)}`
}

/** The pack's id for a library item: this pack's own items get their old id back, so a new version updates them. */
function packIdFor(packId: string, libraryId: string): string {
  const own = packItemId(packId, libraryId)
  if (own !== null) return own
  return PackItemIdSchema.safeParse(libraryId).success ? libraryId : shortId(libraryId)
}

/**
 * Another pack's item, as `from` names it: the library id `<pack id>__<item id>` says which
 * pack it came from (pack ids have no "_", so the first "__" ends it). Passing that on lets a
 * library that has the item already keep its one copy.
 */
function passedOn(packId: string, libraryId: string): { pack: string; id: string } | undefined {
  const at = libraryId.indexOf('__')
  if (at < 0) return undefined
  const pack = libraryId.slice(0, at)
  const id = libraryId.slice(at + 2)
  if (pack === packId || !PackIdSchema.safeParse(pack).success || !PackItemIdSchema.safeParse(id).success) return undefined
  return { pack, id }
}

const isLocked = (item: { origin: Library['claims'][number]['origin'] }) => item.origin.kind === 'pack' && item.origin.locked === true

/** Cards no claim cites: a pack made of motions would leave them out unless asked. */
export function unlinkedCards(library: Library): Library['quotes'] {
  const cited = new Set(library.claims.flatMap((c) => c.evidence))
  return library.quotes.filter((q) => !cited.has(q.id))
}

/** Per source, how many of its cards no claim cites: what the export form offers. */
export function unlinkedCardsBySource(library: Library): Array<{ sourceId: string; title: string; cards: number }> {
  const counts = new Map<string, number>()
  for (const quote of unlinkedCards(library)) counts.set(quote.sourceId, (counts.get(quote.sourceId) ?? 0) + 1)
  const titles = new Map([...bundledSources(), ...library.sources].map((s) => [s.id, s.title]))
  return [...counts].map(([sourceId, cards]) => ({ sourceId, title: titles.get(sourceId) ?? sourceId, cards })).sort((a, b) => a.title.localeCompare(b.title))
}

/** The library's items a pack of these motions holds: their claims, the cards they cite (and the unlinked ones chosen), those cards' sources, their drills. */
export function packSelection(library: Library, options: Pick<PackExportOptions, 'motionIds' | 'unlinkedCardSourceIds'>): Pick<Library, PackItemKind> {
  const chosen = new Set(options.motionIds)
  const motions = library.motions.filter((m) => chosen.has(m.id))
  const missing = options.motionIds.find((mid) => !motions.some((m) => m.id === mid))
  if (missing !== undefined) throw new ApiError('not_found', `No motion with id "${missing}"`, 'motionIds')
  if (motions.length === 0) throw new ApiError('invalid_input', 'Choose at least one motion for the pack', 'motionIds')
  const claims = library.claims.filter((c) => chosen.has(c.motionId))
  const quoteIds = new Set(claims.flatMap((c) => c.evidence))
  const unlinkedFrom = new Set(options.unlinkedCardSourceIds ?? [])
  if (unlinkedFrom.size > 0) for (const quote of unlinkedCards(library)) if (unlinkedFrom.has(quote.sourceId)) quoteIds.add(quote.id)
  const quotes = library.quotes.filter((q) => quoteIds.has(q.id))
  const sourceIds = new Set(quotes.map((q) => q.sourceId))
  const sources = library.sources.filter((s) => sourceIds.has(s.id) && !isBundled(s.id))
  const drills = library.drills.filter((d) => d.motionId !== null && chosen.has(d.motionId))
  return { motions, claims, quotes, sources, drills }
}

/**
 * The pack, and the document sources whose text it does not carry. `texts` holds the texts of
 * the pack's document sources by hash (the caller reads them from the data folder); one that
 * does not fit, or is not there, refuses the export unless `leaveOutTextsThatDoNotFit`.
 */
export function exportPackWithTexts(library: Library, options: PackExportOptions, texts: ReadonlyMap<string, DocumentText> = new Map()): { pack: PackFile; leftOut: LeftOutText[] } {
  const pack = exportPack(library, options)
  const documentSources = packSelection(library, options).sources.filter((s) => s.document !== undefined)
  if (documentSources.length === 0) return { pack, leftOut: [] }
  const { carried, leftOut } = chooseTexts(documentSources, texts, new TextEncoder().encode(packText(pack)).length)
  if (leftOut.length > 0 && !options.leaveOutTextsThatDoNotFit) throw textsDoNotFit(leftOut)
  const packId = options.meta.id
  const trimmed = withoutTexts(pack, new Set(leftOut.map((t) => packIdFor(packId, t.sourceId))))
  return { pack: carried.length > 0 ? { ...trimmed, version: PACK_FORMAT_VERSION, texts: carried } : trimmed, leftOut }
}

/**
 * The pack's items, without texts: a document source keeps its document (its text is added by
 * exportPackWithTexts), and the file format version is 1, which every Casebook reads.
 */
export function exportPack(library: Library, options: PackExportOptions): PackFile {
  const packId = options.meta.id
  const id = (libraryId: string) => packIdFor(packId, libraryId)
  const lock = (kind: PackItemKind, item: Parameters<typeof isLocked>[0]) => Boolean(options.lock[kind]) || isLocked(item)
  const from = (libraryId: string) => {
    const origin = passedOn(packId, libraryId)
    return origin ? { from: origin } : {}
  }
  const { motions, claims, quotes, sources, drills } = packSelection(library, options)
  const hidePrivate = options.student && !options.studentKeepsRatingsAndTags

  return {
    format: PACK_FORMAT,
    version: 1,
    meta: { ...options.meta, edition: options.student ? 'student' : 'teacher' },
    motions: motions.map(
      (m): PackMotion => ({
        id: id(m.id),
        ...from(m.id),
        title: m.title,
        format: m.format,
        sideLabels: m.sideLabels,
        description: m.description,
        locked: lock('motions', m)
      })
    ),
    claims: claims.map(
      (c): PackClaim => ({
        ...claimWithIds(c, id),
        ...from(c.id),
        ...(hidePrivate ? { strength: null, tags: [] } : {}),
        notes: options.student ? '' : c.notes,
        locked: lock('claims', c)
      })
    ),
    sources: sources.map((source): PackSource => {
      const { id: sourceId, origin: _origin, createdAt: _c, updatedAt: _u, document, ...fields } = source
      // The unit count is the text's, so the pack does not say it twice.
      const withDocument = document ? (({ unitCount: _n, ...rest }) => ({ document: rest }))(document) : {}
      return { ...fields, ...withDocument, id: id(sourceId), ...from(sourceId), locked: lock('sources', source) }
    }),
    quotes: quotes.map(
      ({ id: quoteId, sourceId, origin, createdAt: _c, updatedAt: _u, ...fields }): PackQuote => ({
        ...fields,
        id: id(quoteId),
        ...from(quoteId),
        sourceId: isBundled(sourceId) ? sourceId : id(sourceId),
        locked: lock('quotes', { origin })
      })
    ),
    drills: drills.map(
      (d): PackDrill => ({
        id: id(d.id),
        ...from(d.id),
        motionId: d.motionId === null ? null : id(d.motionId),
        title: d.title,
        prompt: d.prompt,
        modelAnswer: options.student ? '' : d.modelAnswer,
        locked: lock('drills', d)
      })
    ),
    texts: []
  }
}

/** The pack file's text, as it is saved. */
export const packText = (pack: PackFile): string => `${JSON.stringify(pack, null, 2)}\n`

/**
 * The pack as the file the user saves (its name says a student edition is one), and the
 * titles of the sources that go as citation only because their text was left out.
 */
export function packExportFile(
  library: Library,
  options: PackExportOptions,
  texts: ReadonlyMap<string, DocumentText> = new Map()
): { fileName: string; mimeType: string; text: string; textsLeftOut: string[] } {
  const { pack, leftOut } = exportPackWithTexts(library, options, texts)
  const name = options.student ? `${pack.meta.title} (student edition)` : pack.meta.title
  return { fileName: fileNameFor(name, 'casebook'), mimeType: 'application/json', text: packText(pack), textsLeftOut: leftOut.map((t) => t.title) }
}
