import type { Library } from '../model/library'
import type { Origin } from '../model/ids'

export interface PackCounts {
  motions: number
  claims: number
  quotes: number
  drills: number
}

/** How many of a pack's items the library holds, kind by kind. */
export function packCounts(library: Library, packId: string): PackCounts {
  const owned = (item: { origin: Origin }) => item.origin.kind === 'pack' && item.origin.packId === packId
  return {
    motions: library.motions.filter(owned).length,
    claims: library.claims.filter(owned).length,
    quotes: library.quotes.filter(owned).length,
    drills: library.drills.filter(owned).length
  }
}

/** The packs installed, each with its counts. */
export function listPacks(library: Library): Array<Library['packs'][number] & { counts: PackCounts }> {
  return library.packs.map((pack) => ({ ...pack, counts: packCounts(library, pack.id) }))
}
