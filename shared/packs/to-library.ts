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
export function packRecords(pack: PackFile, stamp: (libraryId: string) => Stamp): PackRecords {
  const packId = pack.meta.id
  const id = (itemId: string) => packLibraryId(packId, itemId)
  const origin = (item: { locked: boolean }): Origin =>
    item.locked
      ? { kind: 'pack', packId, packVersion: pack.meta.version, locked: true }
      : { kind: 'pack', packId, packVersion: pack.meta.version }

  const motion = ({ id: itemId, locked, sideLabels, ...m }: PackMotion): Motion => ({
    ...m,
    id: id(itemId),
    sideLabels: sideLabels ?? DEFAULT_SIDE_LABELS[m.format],
    origin: origin({ locked }),
    archived: false,
    ...stamp(id(itemId))
  })
  const claim = ({ id: itemId, locked, ...c }: PackClaim): Claim => ({
    ...c,
    id: id(itemId),
    motionId: id(c.motionId),
    parentId: c.parentId === null ? null : id(c.parentId),
    evidence: c.evidence.map(id),
    origin: origin({ locked }),
    ...stamp(id(itemId))
  })
  const source = ({ id: itemId, locked, ...s }: PackSource): Source => ({
    ...s,
    id: id(itemId),
    origin: origin({ locked }),
    ...stamp(id(itemId))
  })
  const packSourceIds = new Set(pack.sources.map((s) => s.id))
  const quote = ({ id: itemId, locked, ...q }: PackQuote): Quote => ({
    ...q,
    id: id(itemId),
    // A card from a text bundled with Casebook keeps pointing at that text.
    sourceId: !packSourceIds.has(q.sourceId) && findBundledText(q.sourceId) ? q.sourceId : id(q.sourceId),
    origin: origin({ locked }),
    ...stamp(id(itemId))
  })
  const drill = ({ id: itemId, locked, ...d }: PackDrill): Drill => ({
    ...d,
    id: id(itemId),
    motionId: d.motionId === null ? null : id(d.motionId),
    origin: origin({ locked })
  })
  return {
    motions: pack.motions.map(motion),
    claims: pack.claims.map(claim),
    sources: pack.sources.map(source),
    quotes: pack.quotes.map(quote),
    drills: pack.drills.map(drill)
  }
}
