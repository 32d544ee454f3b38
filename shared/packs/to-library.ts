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

/** Every item of the pack as the library would hold it; `stamp` gives each its timestamps. */
/**
 * A claim's own fields, with every id in them (its own, its motion's, its parent's, its cards')
 * renamed: pack ids to library ids on import, and back on export.
 */
export function claimWithIds(c: PackClaim | Claim, id: (id: string) => string): Omit<PackClaim, 'notes' | 'locked'> {
  return {
    id: id(c.id),
    motionId: id(c.motionId),
    parentId: c.parentId === null ? null : id(c.parentId),
    stance: c.stance,
    title: c.title,
    body: c.body,
    order: c.order,
    evidence: c.evidence.map(id),
    tags: c.tags,
    strength: c.strength
  }
}

export function packRecords(pack: PackFile, stamp: (kind: 'motions' | 'claims' | 'sources' | 'quotes', libraryId: string) => Stamp): PackRecords {
  const packId = pack.meta.id
  const id = (itemId: string) => packLibraryId(packId, itemId)
  const origin = (item: { locked: boolean }): Origin =>
    item.locked
      ? { kind: 'pack', packId, packVersion: pack.meta.version, locked: true }
      : { kind: 'pack', packId, packVersion: pack.meta.version }

  // Fields are copied one by one rather than with object rest, which is slow for 10,000 items.
  const motion = (m: PackMotion): Motion => ({
    id: id(m.id),
    title: m.title,
    format: m.format,
    sideLabels: m.sideLabels ?? DEFAULT_SIDE_LABELS[m.format],
    description: m.description,
    origin: origin(m),
    archived: false,
    ...stamp('motions', id(m.id))
  })
  const claim = (c: PackClaim): Claim => ({
    ...claimWithIds(c, id),
    notes: c.notes,
    origin: origin(c),
    ...stamp('claims', id(c.id))
  })
  const source = (s: PackSource): Source => ({
    id: id(s.id),
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
    origin: origin(s),
    ...stamp('sources', id(s.id))
  })
  const packSourceIds = new Set(pack.sources.map((s) => s.id))
  const quote = (q: PackQuote): Quote => ({
    id: id(q.id),
    // A card from a text bundled with Casebook keeps pointing at that text.
    sourceId: !packSourceIds.has(q.sourceId) && findBundledText(q.sourceId) ? q.sourceId : id(q.sourceId),
    unitId: q.unitId,
    range: q.range,
    text: q.text,
    pinpoint: q.pinpoint,
    speaker: q.speaker,
    tag: q.tag,
    highlights: q.highlights,
    note: q.note,
    alteration: q.alteration,
    paraphrase: q.paraphrase,
    origin: origin(q),
    ...stamp('quotes', id(q.id))
  })
  const drill = (d: PackDrill): Drill => ({
    id: id(d.id),
    motionId: d.motionId === null ? null : id(d.motionId),
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
