/**
 * Mending a library whose items do not fit together (a hand-edited file, a bad sync, an old
 * bug), so that opening it costs the user nothing that can be kept: every repair is named.
 * What cannot be mended (a card of a source that is not there) is set aside and named too;
 * the caller keeps the file as it was beside the library.
 */
import { DEFAULT_SIDE_LABELS } from '../model/formats'
import type { Claim } from '../model/claim'
import { withAdded, type Library } from '../model/library'
import { LOCAL_ORIGIN, type Id } from '../model/ids'
import type { Motion } from '../model/motion'
import type { OperationEnv } from './change'
import { libraryProblem } from './integrity'
import { seeAlsoResolve, withoutDanglingSeeAlso } from './see-also'
import { isBundled } from './sources'
import { compactOrder } from './tree'

export interface Repaired {
  library: Library
  /** One line per repair, naming the item and what was done. */
  repairs: string[]
}

const ID_COLLECTIONS = ['motions', 'claims', 'sources', 'quotes', 'packs', 'drills', 'practice', 'customFormats', 'flowSheets'] as const
type IdCollection = (typeof ID_COLLECTIONS)[number]

const NOUNS: Record<IdCollection, string> = {
  motions: 'Motion',
  claims: 'Claim',
  sources: 'Source',
  quotes: 'Card',
  packs: 'Pack',
  drills: 'Drill',
  practice: 'Practice record',
  customFormats: 'Timing format',
  flowSheets: 'Flow sheet'
}

/** An item's name as the user knows it: its title or tag, else its id. */
function label(item: { id: Id }): string {
  const named = item as { title?: unknown; tag?: unknown; name?: unknown }
  const text = [named.title, named.tag, named.name].find((t): t is string => typeof t === 'string' && t.trim() !== '')
  return text ? `"${text}"` : `(id "${item.id}")`
}

/** The library with every problem libraryProblem can find mended, and what was done. Unchanged (same object) when nothing was wrong. */
export function repairLibrary(library: Library, env: OperationEnv): Repaired {
  const quoteIds = new Set(library.quotes.map((q) => q.id))
  const linksResolve = library.claims.every((c) => c.evidence.every((id) => quoteIds.has(id))) && seeAlsoResolve(library.claims)
  if (linksResolve && libraryProblem(library) === null) return { library, repairs: [] }
  const repairs: string[] = []
  let out: Library = { ...library }
  for (const key of ID_COLLECTIONS) out = { ...out, [key]: uniqueIds(key, out[key] as ReadonlyArray<{ id: Id }>, env, repairs) }
  out = withAdded(out, { motions: motionsForStrayClaims(out, env.now(), repairs) })
  out = { ...out, claims: mendTrees(out.motions, out.claims, repairs) }
  out = withoutStrayCards(out, repairs)
  // Last, once claims that cannot stay are gone and repeated ids renamed.
  const seeAlso = withoutDanglingSeeAlso(out.claims)
  repairs.push(...seeAlso.repairs)
  out = { ...out, claims: seeAlso.claims }
  return { library: out, repairs }
}

/** A second item with an id already used: an exact copy is dropped, anything else gets a new id. */
function uniqueIds<T extends { id: Id }>(key: IdCollection, items: readonly T[], env: OperationEnv, repairs: string[]): T[] {
  // Every text seen under each id as it was in the file, so a copy of a renumbered item is still a copy.
  const seen = new Map<Id, Set<string>>()
  const out: T[] = []
  for (const item of items) {
    const text = JSON.stringify(item)
    const earlier = seen.get(item.id)
    if (earlier === undefined) {
      seen.set(item.id, new Set([text]))
      out.push(item)
    } else if (earlier.has(text)) {
      repairs.push(`${NOUNS[key]} ${label(item)} was in the file twice; the second copy was removed`)
    } else {
      const id = env.newId()
      earlier.add(text)
      seen.set(id, new Set())
      out.push({ ...item, id })
      repairs.push(`${NOUNS[key]} ${label(item)} had the same id ("${item.id}") as an earlier one, so it was given a new id ("${id}")`)
    }
  }
  return out
}

/** A motion for each motion id claims name but the library lacks, so those claims have a home again. */
function motionsForStrayClaims(library: Library, now: string, repairs: string[]): Motion[] {
  const motionIds = new Set(library.motions.map((m) => m.id))
  const stray = new Map<Id, number>()
  for (const claim of library.claims) if (!motionIds.has(claim.motionId)) stray.set(claim.motionId, (stray.get(claim.motionId) ?? 0) + 1)
  return [...stray].map(([id, count]) => {
    repairs.push(
      `${count === 1 ? 'One claim belongs' : `${count} claims belong`} to a motion that is not there ("${id}"); ` +
        `a motion called "Recovered claims" now holds ${count === 1 ? 'it' : 'them'}`
    )
    return {
      id,
      title: 'Recovered claims',
      format: 'other',
      sideLabels: DEFAULT_SIDE_LABELS.other,
      description: 'Made when Casebook repaired your library: these claims belonged to a motion that was missing.',
      origin: LOCAL_ORIGIN,
      archived: false,
      createdAt: now,
      updatedAt: now
    }
  })
}

/**
 * Each motion's claims as a tree again: a claim answering a claim that is not there (or is in
 * another motion, or is beneath it) becomes a contention of its motion; orders are renumbered.
 */
function mendTrees(motions: readonly Motion[], claims: readonly Claim[], repairs: string[]): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const parentOf = new Map(claims.map((c) => [c.id, c.parentId]))
  const detached = new Set<Id>()
  for (const claim of claims) {
    const parent = claim.parentId === null ? undefined : byId.get(claim.parentId)
    if (claim.parentId !== null && (!parent || parent.motionId !== claim.motionId)) {
      parentOf.set(claim.id, null)
      detached.add(claim.id)
      repairs.push(`Claim "${claim.title}" answered a claim that is not there; it is now a contention of its motion`)
    }
  }
  // A walk up longer than the number of claims has gone round a cycle: cut it at the claim it started from.
  for (const claim of claims) {
    let cursor: Id | null = claim.id
    for (let steps = 0; cursor !== null; steps++) {
      if (steps > claims.length) {
        parentOf.set(claim.id, null)
        detached.add(claim.id)
        repairs.push(`Claim "${claim.title}" was beneath itself; it is now a contention of its motion`)
        break
      }
      cursor = parentOf.get(cursor) ?? null
    }
  }
  let out = claims.map((c) => (detached.has(c.id) ? { ...c, parentId: null, order: Number.MAX_SAFE_INTEGER } : c))
  const before = out
  for (const motion of motions) {
    const parents = new Set(out.filter((c) => c.motionId === motion.id).map((c) => c.parentId))
    out = compactOrder(out, motion.id, parents)
  }
  if (out !== before && detached.size === 0) repairs.push('The order of some responses had gaps or repeats; they were renumbered, keeping their sequence')
  return out
}

/** Cards of a source that is not there cannot be mended: they are set aside, with links to cards that are gone. */
function withoutStrayCards(library: Library, repairs: string[]): Library {
  const sourceIds = new Set(library.sources.map((s) => s.id))
  const quotes = library.quotes.filter((q) => {
    if (sourceIds.has(q.sourceId) || isBundled(q.sourceId)) return true
    repairs.push(`Card ${label(q)} quotes a source that is not there ("${q.sourceId}"); it was set aside`)
    return false
  })
  const quoteIds = new Set(quotes.map((q) => q.id))
  const claims = library.claims.map((claim) => {
    const kept = claim.evidence.filter((id) => quoteIds.has(id))
    if (kept.length === claim.evidence.length) return claim
    const gone = claim.evidence.length - kept.length
    repairs.push(`Claim "${claim.title}" linked to ${gone === 1 ? 'a card' : `${gone} cards`} not in the library; the ${gone === 1 ? 'link was' : 'links were'} removed`)
    return { ...claim, evidence: kept }
  })
  return { ...library, quotes, claims }
}
