/**
 * What item shapes alone cannot show: ids repeated, references to items that are not in the
 * pack, claims that do not form a tree, cards whose text is not what their source says.
 */
import { isMarkedAlteration } from '../sources/alteration'
import { findBundledText } from '../sources/bundled'
import type { Sha256 } from '../documents/text-file'
import { PACK_ITEM_KINDS, PACK_LIMITS, type PackDocumentText, type PackFile, type PackSource } from './format'
import { packTextsProblem, packTextUnits } from './texts'
import { packLibraryIds } from './to-library'

export interface PackProblem {
  path: string
  reason: string
}

function unitText(source: PackSource | undefined, sourceId: string, unitId: string, texts: Map<string, PackDocumentText['units']>): string | undefined {
  const units = source ? (source.document ? texts.get(source.document.textHash) : source.units) : findBundledText(sourceId)?.units
  return units?.find((unit) => unit.id === unitId)?.text
}

function duplicateProblem(pack: PackFile): PackProblem | null {
  const libraryIds = packLibraryIds(pack)
  for (const kind of PACK_ITEM_KINDS) {
    const seen = new Set<string>()
    const seenInLibrary = new Set<string>()
    const items: ReadonlyArray<{ id: string; from?: { pack: string; id: string } | undefined }> = pack[kind]
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as (typeof items)[number]
      if (seen.has(item.id)) return { path: `${kind}[${i}].id`, reason: `the id "${item.id}" is used twice` }
      seen.add(item.id)
      // Two items passing on the same item of another pack would be one item in the library.
      const libraryId = libraryIds[kind](item.id)
      if (seenInLibrary.has(libraryId)) return { path: `${kind}[${i}].from`, reason: `another item already passes on "${item.from?.id ?? item.id}" of pack "${item.from?.pack ?? pack.meta.id}"` }
      seenInLibrary.add(libraryId)
    }
  }
  return null
}

function claimProblem(pack: PackFile): PackProblem | null {
  const motionIds = new Set(pack.motions.map((m) => m.id))
  const quoteIds = new Set(pack.quotes.map((q) => q.id))
  const claimsById = new Map(pack.claims.map((c) => [c.id, c]))
  for (const [i, claim] of pack.claims.entries()) {
    if (!motionIds.has(claim.motionId)) return { path: `claims[${i}].motionId`, reason: `no motion "${claim.motionId}" in the pack` }
    if (claim.parentId !== null) {
      const parent = claimsById.get(claim.parentId)
      if (!parent) return { path: `claims[${i}].parentId`, reason: `no claim "${claim.parentId}" in the pack` }
      if (parent.motionId !== claim.motionId) {
        return { path: `claims[${i}].parentId`, reason: `claim "${claim.parentId}" belongs to another motion` }
      }
    }
    const missing = claim.evidence.findIndex((id) => !quoteIds.has(id))
    if (missing >= 0) return { path: `claims[${i}].evidence[${missing}]`, reason: `no card "${claim.evidence[missing]}" in the pack` }
  }
  return depthProblem(pack.claims, claimsById)
}

/**
 * The first claim beneath itself or nested deeper than PACK_LIMITS.claimDepth. Each claim's
 * depth is found by walking up to a claim whose depth is known, then remembered, so every
 * claim is walked once however long the chains.
 */
function depthProblem(claims: PackFile['claims'], claimsById: Map<string, PackFile['claims'][number]>): PackProblem | null {
  const levelOf = new Map<string, number>()
  for (const [i, claim] of claims.entries()) {
    const walked: string[] = []
    const onWalk = new Set<string>()
    let cursor: typeof claim | undefined = claim
    while (cursor && !levelOf.has(cursor.id)) {
      if (onWalk.has(cursor.id)) return { path: `claims[${i}].parentId`, reason: `claim "${claim.id}" is beneath itself` }
      onWalk.add(cursor.id)
      walked.push(cursor.id)
      cursor = cursor.parentId === null ? undefined : claimsById.get(cursor.parentId)
    }
    // A top-level claim is on level 1, its responses on level 2, and so on.
    let level = cursor ? (levelOf.get(cursor.id) as number) : 0
    for (let k = walked.length - 1; k >= 0; k--) levelOf.set(walked[k] as string, ++level)
    const own = levelOf.get(claim.id) as number
    if (own > PACK_LIMITS.claimDepth) {
      return {
        path: `claims[${i}].parentId`,
        reason: `claim "${claim.id}" is on level ${own} of its map; a pack may nest claims at most ${PACK_LIMITS.claimDepth} levels deep`
      }
    }
  }
  return null
}

function quoteProblem(pack: PackFile): PackProblem | null {
  const sources = new Map(pack.sources.map((s) => [s.id, s]))
  const texts = packTextUnits(pack)
  for (const [i, quote] of pack.quotes.entries()) {
    const source = sources.get(quote.sourceId)
    if (!source && !findBundledText(quote.sourceId)) {
      return { path: `quotes[${i}].sourceId`, reason: `no source "${quote.sourceId}" in the pack or bundled with Casebook` }
    }
    const bad = quote.highlights.findIndex((h) => h.start >= h.end || h.end > quote.text.length)
    if (bad >= 0) return { path: `quotes[${i}].highlights[${bad}]`, reason: 'the marked range is outside the card text' }
    if ((quote.unitId === null) !== (quote.range === null)) {
      return { path: `quotes[${i}].range`, reason: 'a card cut from a text needs both its unit and its range' }
    }
    if (quote.unitId === null || quote.range === null) continue
    const text = unitText(source, quote.sourceId, quote.unitId, texts)
    if (text === undefined) return { path: `quotes[${i}].unitId`, reason: `the source has no part "${quote.unitId}"` }
    const { start, end } = quote.range
    if (start >= end || end > text.length) {
      return { path: `quotes[${i}].range`, reason: `${start}–${end} is outside "${quote.unitId}" (${text.length} characters)` }
    }
    const exact = text.slice(start, end)
    if (!quote.alteration && exact !== quote.text) {
      return { path: `quotes[${i}].text`, reason: `the text is not what "${quote.unitId}" says at ${start}–${end}` }
    }
    if (quote.alteration && !isMarkedAlteration(exact, quote.text)) {
      return { path: `quotes[${i}].text`, reason: `the alteration changes what "${quote.unitId}" says at ${start}–${end} without marking it (… or [ ])` }
    }
  }
  return null
}

function drillProblem(pack: PackFile): PackProblem | null {
  const motionIds = new Set(pack.motions.map((m) => m.id))
  for (const [i, drill] of pack.drills.entries()) {
    if (drill.motionId !== null && !motionIds.has(drill.motionId)) {
      return { path: `drills[${i}].motionId`, reason: `no motion "${drill.motionId}" in the pack` }
    }
  }
  return null
}

/** The first reference in the pack that does not resolve, or null when they all do; `sha256` checks the texts' hashes (./texts.ts). */
export function packReferenceProblem(pack: PackFile, sha256?: Sha256): PackProblem | null {
  return duplicateProblem(pack) ?? claimProblem(pack) ?? packTextsProblem(pack, sha256) ?? quoteProblem(pack) ?? drillProblem(pack)
}
