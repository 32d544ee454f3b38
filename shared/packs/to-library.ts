/**
 * A pack's items as library records: ids put in the pack's own namespace (so two packs never
 * clash), origin recorded, defaults filled in. Timestamps come from the record it replaces.
 */
import type { Claim } from '../model/claim'
import type { Origin } from '../model/ids'
import { DEFAULT_SIDE_LABELS, type Motion } from '../model/motion'
import type { Drill } from '../model/practice'
import type { Quote, Source } from '../model/source'
import { findBundledText } from '../sources/bundled'
import type { PackClaim, PackDrill, PackFile, PackMotion, PackQuote, PackSource } from './format'

const SEPARATOR = '__'

/** The library id of a pack's item: `<pack id>__<item id>`. */
export function packLibraryId(packId: string, itemId: string): string {
  return `${packId}${SEPARATOR}${itemId}`
}

/** The pack's own id of a library item it owns, or null when the item is not this pack's. */
export function packItemId(packId: string, libraryId: string): string | null {
  const prefix = packId + SEPARATOR
  return libraryId.startsWith(prefix) ? libraryId.slice(prefix.length) : null
}

interface Stamp {
  createdAt: string
  updatedAt: string
}

export interface PackRecords {
  motions: Motion[]
  claims: Claim[]
  sources: Source[]
  quotes: Quote[]
  drills: Drill[]
}

/**
 * A claim's own fields, with every id in them (its own, its motion's, its parent's, its cards')
 * renamed: pack ids to library ids on import, and back on export.
 */
export function claimWithIds(c: PackClaim | Claim, id: (id: string) => string, ids: Pick<KindIds, 'motions' | 'claims' | 'quotes'> = { motions: id, claims: id, quotes: id }): Omit<PackClaim, 'notes' | 'locked' | 'from'> {
  return {
    id: id(c.id),
    motionId: ids.motions(c.motionId),
    parentId: c.parentId === null ? null : ids.claims(c.parentId),
    stance: c.stance,
    title: c.title,
    body: c.body,
    order: c.order,
    evidence: c.evidence.map(ids.quotes),
    tags: c.tags,
    strength: c.strength
  }
}

type KindIds = Record<'motions' | 'claims' | 'sources' | 'quotes' | 'drills', (packItemId: string) => string>

/**
 * The library id of each of the pack's items, kind by kind: `<pack id>__<item id>`, or for an
 * item passed on from another pack, that pack's id for it (so it is the same item).
 */
export function packLibraryIds(pack: PackFile): KindIds {
  const packId = pack.meta.id
  const idsOf = (items: ReadonlyArray<{ id: string; from?: { pack: string; id: string } | undefined }>) => {
    const passedOn = new Map<string, string>()
    for (const item of items) if (item.from) passedOn.set(item.id, packLibraryId(item.from.pack, item.from.id))
    return (itemId: string) => passedOn.get(itemId) ?? packLibraryId(packId, itemId)
  }
  return { motions: idsOf(pack.motions), claims: idsOf(pack.claims), sources: idsOf(pack.sources), quotes: idsOf(pack.quotes), drills: idsOf(pack.drills) }
}

/** Every item of the pack as the library would hold it; `stamp` gives each its timestamps. */
export function packRecords(pack: PackFile, stamp: (kind: 'motions' | 'claims' | 'sources' | 'quotes', libraryId: string) => Stamp): PackRecords {
  const packId = pack.meta.id
  const ids = packLibraryIds(pack)
  const origin = (item: { locked: boolean }): Origin =>
    item.locked
      ? { kind: 'pack', packId, packVersion: pack.meta.version, locked: true }
      : { kind: 'pack', packId, packVersion: pack.meta.version }

  const unitCounts = new Map(pack.texts.map((text) => [text.hash, text.units.length]))

  // Fields are copied one by one rather than with object rest, which is slow for 10,000 items.
  const motion = (m: PackMotion): Motion => ({
    id: ids.motions(m.id),
    title: m.title,
    format: m.format,
    sideLabels: m.sideLabels ?? DEFAULT_SIDE_LABELS[m.format],
    description: m.description,
    origin: origin(m),
    archived: false,
    ...stamp('motions', ids.motions(m.id))
  })
  const claim = (c: PackClaim): Claim => ({
    ...claimWithIds(c, ids.claims, ids),
    notes: c.notes,
    origin: origin(c),
    ...stamp('claims', ids.claims(c.id))
  })
  const source = (s: PackSource): Source => ({
    id: ids.sources(s.id),
    kind: s.kind,
    title: s.title,
    authors: s.authors,
    publisher: s.publisher,
    container: s.container,
    date: s.date,
    url: s.url,
    accessed: s.accessed,
    reporterCitation: s.reporterCitation,
    qualifications: s.qualifications,
    ...(s.units ? { units: s.units } : {}),
    ...(s.document ? { document: { ...s.document, unitCount: unitCounts.get(s.document.textHash) ?? 0 } } : {}),
    origin: origin(s),
    ...stamp('sources', ids.sources(s.id))
  })
  const packSourceIds = new Set(pack.sources.map((s) => s.id))
  const quote = (q: PackQuote): Quote => ({
    id: ids.quotes(q.id),
    // A card from a text bundled with Casebook keeps pointing at that text.
    sourceId: !packSourceIds.has(q.sourceId) && findBundledText(q.sourceId) ? q.sourceId : ids.sources(q.sourceId),
    unitId: q.unitId,
    range: q.range,
    text: q.text,
    pinpoint: q.pinpoint,
    speaker: q.speaker,
    tag: q.tag,
    ...(q.cite === undefined ? {} : { cite: q.cite }),
    highlights: q.highlights,
    note: q.note,
    alteration: q.alteration,
    paraphrase: q.paraphrase,
    origin: origin(q),
    ...stamp('quotes', ids.quotes(q.id))
  })
  const drill = (d: PackDrill): Drill => ({
    id: ids.drills(d.id),
    motionId: d.motionId === null ? null : ids.motions(d.motionId),
    title: d.title,
    prompt: d.prompt,
    modelAnswer: d.modelAnswer,
    origin: origin(d)
  })
  return {
    motions: pack.motions.map(motion),
    claims: pack.claims.map(claim),
    sources: pack.sources.map(source),
    quotes: pack.quotes.map(quote),
    drills: pack.drills.map(drill)
  }
}
