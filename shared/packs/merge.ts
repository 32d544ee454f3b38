/**
 * Importing a pack into the library, first time or as an update. The rules:
 * - the pack's own items are added or updated in place; the user's own work is never changed,
 *   except that the user's claims left under an item the new version removed are kept and tagged;
 * - an unlocked pack item the user changed after importing is left alone;
 * - an item this pack passes on from another pack (`from`) that the library has already is
 *   kept as it is, so a pack made from a pack's motion never gives it twice;
 * - an item the new version removed goes, unless the user's work hangs on it (their claims
 *   beneath it, their claims citing its card): then it is kept as the user's own, tagged;
 * - an older version than the one installed is refused unless the user confirms;
 * - so is a pack by another author or organisation than the installed one: anyone can give a
 *   pack an installed pack's id, and its update would replace, remove and lock that pack's items.
 * One pure function computes both the preview and the import, so they cannot disagree.
 */
import { ApiError } from '../errors'
import type { Claim } from '../model/claim'
import type { Library } from '../model/library'
import { LOCAL_ORIGIN } from '../model/ids'
import type { PackRecord } from '../model/pack'
import type { OperationEnv } from '../operations/change'
import { libraryProblem } from '../operations/integrity'
import { PACK_ITEM_KINDS, type PackFile, type PackItemKind, type PackMeta } from './format'
import { packRecords } from './to-library'
import { describeAuthor, type PackAuthor } from './author'

// The page imports these from ./author, which holds no schema (no zod in the page).
export { describeAuthor, type PackAuthor }

/** Tags that flag what an update left behind, findable with "#" in the map's find bar. */
export const REMOVED_FROM_PACK_TAG = 'removed-from-pack'
export const UNDER_REMOVED_TAG = 'under-removed-pack-item'

export type PackImportStatus = 'new' | 'update' | 'reinstall' | 'older'

export interface KindCounts {
  added: number
  updated: number
  unchanged: number
  /** Items the user changed since importing: the pack's new version is not applied to them. */
  leftAlone: number
  /** Items another pack brought already (this pack passes them on): the library keeps its one copy. */
  inLibrary: number
  removed: number
  /** Removed from the pack but kept, because the user's work depends on them. */
  kept: number
}


export interface PackImportPlan {
  meta: PackMeta
  status: PackImportStatus
  installedVersion: string | null
  /** Set when the installed pack of this id was made by someone else: the user must confirm. */
  authorChange: { installed: PackAuthor; incoming: PackAuthor } | null
  counts: Record<PackItemKind, KindCounts>
  /** The user's claims beneath an item this version removed: kept and tagged. */
  flaggedUserClaims: number
  /** The pack's motions as they will be in the library, to open one after importing. */
  motionIds: string[]
}

/** Compares "1.2" with "1.10" as numbers, part by part; a missing part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (diff !== 0) return Math.sign(diff)
  }
  return 0
}


type Item = { id: string; origin: Library['claims'][number]['origin'] }

const IGNORED_KEYS = new Set(['createdAt', 'updatedAt', 'origin'])

/** Same fields apart from timestamps and origin; field by field, as this runs for every item of an update. */
function sameContent(a: object, b: object): boolean {
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x)
  if (keys.length !== Object.keys(y).length) return false
  for (const key of keys) {
    if (IGNORED_KEYS.has(key)) continue
    const u = x[key]
    const v = y[key]
    if (u === v) continue
    if (typeof u !== 'object' || typeof v !== 'object' || u === null || v === null || JSON.stringify(u) !== JSON.stringify(v)) return false
  }
  return true
}

function emptyCounts(): Record<PackItemKind, KindCounts> {
  const counts = {} as Record<PackItemKind, KindCounts>
  for (const kind of PACK_ITEM_KINDS) counts[kind] = { added: 0, updated: 0, unchanged: 0, leftAlone: 0, inLibrary: 0, removed: 0, kept: 0 }
  return counts
}

function withTag<T extends { tags: string[] }>(item: T, tag: string): T {
  return item.tags.includes(tag) ? item : { ...item, tags: [...item.tags, tag] }
}

/** Siblings' order made 0..n-1 again, keeping their relative order; untouched siblings stay the same objects. */
function compactAllOrders(claims: Claim[]): Claim[] {
  const groups = new Map<string, Claim[]>()
  for (const claim of claims) {
    const key = `${claim.motionId}\u0000${claim.parentId ?? ''}`
    const group = groups.get(key)
    if (group) group.push(claim)
    else groups.set(key, [claim])
  }
  const fixed = new Map<string, number>()
  for (const group of groups.values()) {
    // Ties (a pack item and the user's at the same place): the pack's first, then by id, so the result is stable.
    const sorted = [...group].sort((a, b) => a.order - b.order || Number(b.origin.kind === 'pack') - Number(a.origin.kind === 'pack') || a.id.localeCompare(b.id))
    sorted.forEach((claim, index) => {
      if (claim.order !== index) fixed.set(claim.id, index)
    })
  }
  return fixed.size === 0 ? claims : claims.map((c) => (fixed.has(c.id) ? { ...c, order: fixed.get(c.id) as number } : c))
}

/**
 * The library after importing `pack`, and what the import does (for the preview). Throws a
 * 'conflict' ApiError for an older version unless `allowOlder`, and for a pack by another
 * author or organisation than the installed one unless `acceptNewAuthor`.
 */
export function mergePack(
  library: Library,
  pack: PackFile,
  env: OperationEnv,
  options: { allowOlder?: boolean; acceptNewAuthor?: boolean } = {}
): { library: Library; plan: PackImportPlan } {
  const packId = pack.meta.id
  const installed = library.packs.find((p) => p.id === packId) ?? null
  const order = installed ? compareVersions(pack.meta.version, installed.version) : 1
  const status: PackImportStatus = !installed ? 'new' : order > 0 ? 'update' : order === 0 ? 'reinstall' : 'older'
  if (status === 'older' && !options.allowOlder) {
    throw new ApiError(
      'conflict',
      `This is version ${pack.meta.version} of “${pack.meta.title}”, older than the version ${installed?.version} you have. Import it anyway to go back to it.`,
      'meta.version'
    )
  }
  const incomingAuthor = { author: pack.meta.author, organisation: pack.meta.organisation }
  const differs = (a: string, b: string) => a.trim() !== b.trim()
  const authorChange =
    installed && (differs(installed.author, incomingAuthor.author) || differs(installed.organisation, incomingAuthor.organisation))
      ? { installed: { author: installed.author, organisation: installed.organisation }, incoming: incomingAuthor }
      : null
  if (authorChange && !options.acceptNewAuthor) {
    throw new ApiError(
      'conflict',
      `This pack has the id of your “${installed?.title}”, made by ${describeAuthor(authorChange.installed)}, but it was made by ${describeAuthor(authorChange.incoming)}. Anyone can give a pack that id, and importing it would replace, remove and lock that pack’s items: import it only if you trust who sent it.`,
      'meta.author'
    )
  }
  const now = env.now()
  const counts = emptyCounts()
  const ownedByPack = (item: Item) => item.origin.kind === 'pack' && item.origin.packId === packId
  const changedByUser = (item: Item & { updatedAt?: string }) =>
    installed !== null && item.origin.kind === 'pack' && !item.origin.locked && (item.updatedAt ?? '') > installed.importedAt

  // One map per kind: a pack may use the same id for, say, a motion and a drill.
  const existingByKind = new Map(PACK_ITEM_KINDS.map((kind) => [kind, new Map((library[kind] as Array<Item & { createdAt?: string; updatedAt?: string }>).map((item) => [item.id, item]))]))
  const incoming = packRecords(pack, (kind, id) => {
    const existing = existingByKind.get(kind)?.get(id)
    return { createdAt: existing?.createdAt ?? now, updatedAt: now }
  })

  // Which of the library's items each incoming one adds, updates, or must leave alone.
  const next: Pick<Library, PackItemKind> = { motions: [], claims: [], sources: [], quotes: [], drills: [] }
  const incomingIds = new Map(PACK_ITEM_KINDS.map((kind) => [kind, new Set<string>()]))
  for (const kind of PACK_ITEM_KINDS) {
    const replacements = new Map<string, unknown>()
    const additions: unknown[] = []
    for (const record of incoming[kind] as Item[]) {
      incomingIds.get(kind)?.add(record.id)
      const existing = existingByKind.get(kind)?.get(record.id)
      if (!existing) {
        counts[kind].added += 1
        additions.push(record)
      } else if (!ownedByPack(existing)) {
        counts[kind].inLibrary += 1
      } else if (changedByUser(existing)) {
        counts[kind].leftAlone += 1
      } else if (sameContent(existing, record)) {
        counts[kind].unchanged += 1
        replacements.set(record.id, { ...record, createdAt: existing.createdAt, updatedAt: existing.updatedAt })
      } else {
        counts[kind].updated += 1
        replacements.set(record.id, record)
      }
    }
    const current = library[kind] as Item[]
    ;(next[kind] as unknown[]) = [...current.map((item) => replacements.get(item.id) ?? item), ...additions]
  }

  // Items this version no longer has: dropped unless the user's work depends on them.
  const removedFrom = (kind: PackItemKind) => (item: Item) => ownedByPack(item) && !incomingIds.get(kind)?.has(item.id)
  const removed = removedFrom('claims')
  const claimsById = new Map(next.claims.map((c) => [c.id, c]))
  const keepClaims = new Set<string>()
  const flagged = new Set<string>()
  for (const claim of next.claims) {
    if (removed(claim)) continue
    // Walk up from each claim that stays: removed ancestors are what it hangs on.
    let cursor = claim.parentId === null ? undefined : claimsById.get(claim.parentId)
    if (cursor && removed(cursor) && claim.origin.kind === 'local') flagged.add(claim.id)
    while (cursor && removed(cursor) && !keepClaims.has(cursor.id)) {
      keepClaims.add(cursor.id)
      cursor = cursor.parentId === null ? undefined : claimsById.get(cursor.parentId)
    }
  }
  const claims = next.claims.flatMap((claim): Claim[] => {
    if (flagged.has(claim.id)) return [withTag(claim, UNDER_REMOVED_TAG)]
    if (!removed(claim)) return [claim]
    if (!keepClaims.has(claim.id)) return (counts.claims.removed += 1), []
    counts.claims.kept += 1
    return [{ ...withTag(claim, REMOVED_FROM_PACK_TAG), origin: LOCAL_ORIGIN, updatedAt: now }]
  })
  const keep = <T extends Item & { updatedAt?: string }>(kind: PackItemKind, items: T[], needed: (item: T) => boolean): T[] =>
    items.flatMap((item) => {
      if (!removedFrom(kind)(item)) return [item]
      if (!needed(item)) return (counts[kind].removed += 1), []
      counts[kind].kept += 1
      return [{ ...item, origin: LOCAL_ORIGIN, ...(item.updatedAt ? { updatedAt: now } : {}) }]
    })
  const citedQuotes = new Set(claims.flatMap((c) => c.evidence))
  const quotes = keep('quotes', next.quotes, (q) => citedQuotes.has(q.id))
  const quotedSources = new Set(quotes.map((q) => q.sourceId))
  const sources = keep('sources', next.sources, (s) => quotedSources.has(s.id))
  const motionsWithClaims = new Set(claims.map((c) => c.motionId))
  const motions = keep('motions', next.motions, (m) => motionsWithClaims.has(m.id))
  // The user's own drills for a motion this version removed stay, for any motion.
  const motionIds = new Set(motions.map((m) => m.id))
  const drills = keep('drills', next.drills, () => false).map((d) => (d.motionId !== null && !motionIds.has(d.motionId) ? { ...d, motionId: null } : d))

  const record: PackRecord = {
    id: packId,
    title: pack.meta.title,
    author: pack.meta.author,
    organisation: pack.meta.organisation,
    version: pack.meta.version,
    license: pack.meta.license,
    description: pack.meta.description,
    debateFormat: pack.meta.debateFormat,
    level: pack.meta.level,
    edition: pack.meta.edition,
    importedAt: now
  }
  const merged: Library = {
    ...library,
    motions,
    claims: compactAllOrders(claims),
    sources,
    quotes,
    drills,
    packs: installed ? library.packs.map((p) => (p.id === packId ? record : p)) : [...library.packs, record]
  }
  const problem = libraryProblem(merged)
  if (problem) throw new ApiError('conflict', `This pack cannot be merged with your library: ${problem}`, '')
  return {
    library: merged,
    plan: {
      meta: pack.meta,
      status,
      installedVersion: installed?.version ?? null,
      authorChange,
      counts,
      flaggedUserClaims: flagged.size,
      motionIds: incoming.motions.map((m) => m.id).filter((id) => motions.some((m) => m.id === id))
    }
  }
}
