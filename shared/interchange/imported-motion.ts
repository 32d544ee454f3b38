/**
 * What an interchange import (Kialo, Argdown) reads a file into, before anything is stored: a
 * motion and a tree of claims by key, plain text only. `toMotionMap` turns it into records that
 * MotionSchema and ClaimSchema accept, with fresh ids.
 */
import type { MotionMap } from '../contract'
import { newClaim, type Claim, type SeeAlsoRelation } from '../model/claim'
import { LOCAL_ORIGIN } from '../model/ids'
import { DEFAULT_SIDE_LABELS, type Motion } from '../model/motion'
import type { OperationEnv } from '../operations/change'
import { MAX_SEE_ALSO, withRelations } from '../operations/see-also'
import { clip, MAX_IMPORT_CLAIMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, oneLine, refuse } from './text'

export interface ImportedClaim {
  /** Unique within the import: Kialo's "1.2.3.", Argdown's "[Title]" or "<Title>". */
  key: string
  /** The claim this one answers; null for a contention on the motion itself. */
  parentKey: string | null
  /** Toward the parent: 'pro' supports it, 'con' attacks it (for a contention: for or against the motion). */
  stance: 'pro' | 'con'
  title: string
  body: string
  /** The file's tags for it (Argdown's #tags). */
  tags?: string[]
  /** An Argdown argument ("<Title>") rather than a statement. */
  kind?: 'argument'
  /** Keys of other claims this one points to outside the tree (Kialo's "-> See" links, Argdown relations a tree cannot hold). */
  seeAlso?: string[]
  /** Argdown: the relation each see-also link stands for, by the linked claim's key. */
  seeAlsoRelations?: Record<string, SeeAlsoRelation>
  /** Argdown: a tree the file never relates to the motion (see Claim.unrelated). */
  unrelated?: true
  /** Keys of the references (ImportedMotion.references) this claim cites. */
  cites?: string[]
}

/** A source the file lists (Kialo's "Sources:"), with the words it quotes from it, if any. */
export interface ImportedReference {
  key: string
  /** How the file names the source: a web address or a description. */
  title: string
  /** The web address, or "" when the file gives none. */
  url: string
  /** The quoted words, exactly as in the file; null when the file quotes none. */
  excerpt: string | null
}

/** An entry of the file that was not imported, and why (for the import's summary). */
export interface SkippedEntry {
  /** Where it is: "Line 12: claim 1.3.2." */
  entry: string
  reason: string
}

export interface ImportedMotion {
  title: string
  description: string
  /** Parents come before their children; siblings in the file's order. */
  claims: ImportedClaim[]
  /** The file's source list (Kialo's "Sources:", Argdown's links), as plain text. */
  sources: string[]
  /** What the import changed or left out, for the person importing to read. */
  warnings: string[]
  /** The sources to store, and the excerpts that become evidence cards. */
  references?: ImportedReference[]
  skipped?: SkippedEntry[]
}

/**
 * A title as ClaimSchema stores it (control characters as spaces, trimmed; nothing else
 * changed); one over 300 characters is cut, and the full text kept at the top of the body.
 */
function titleAndBody(title: string, body: string): { title: string; body: string } {
  const line = title.replace(/\p{Cc}+/gu, ' ').trim()
  const visible = line.replace(/[\p{Cf}\p{Z}]/gu, '')
  if (!visible) return { title: '(no text)', body }
  if (line.length <= MAX_TITLE_CHARS) return { title: line, body }
  return { title: clip(line, MAX_TITLE_CHARS), body: body ? `${title}\n\n${body}` : title }
}

/**
 * The checks every parser ends with: not too many claims, and a warning for each text that
 * `toMotionMap` will have to cut (a body over 20,000 characters).
 */
export function finishImport(imported: ImportedMotion, what: string): ImportedMotion {
  if (imported.claims.length > MAX_IMPORT_CLAIMS) {
    refuse(
      `The ${what} file has ${imported.claims.length.toLocaleString('en-US')} claims; at most ` +
        `${MAX_IMPORT_CLAIMS.toLocaleString('en-US')} can be imported as one motion.`
    )
  }
  const warnings = [...imported.warnings]
  const long = imported.claims.filter((c) => titleAndBody(c.title, c.body).body.length > MAX_TEXT_CHARS)
  const most = MAX_TEXT_CHARS.toLocaleString('en-US')
  for (const claim of long.slice(0, 5)) {
    warnings.push(`"${clip(oneLine(claim.title), 60)}" is longer than ${most} characters; the rest is cut.`)
  }
  if (long.length > 5) warnings.push(`${long.length - 5} more claims were cut the same way.`)
  if (titleAndBody(imported.title, imported.description).body.length > MAX_TEXT_CHARS) {
    warnings.push(`The motion's description is longer than ${most} characters; the rest is cut.`)
  }
  return { ...imported, warnings }
}

/**
 * The import as a new motion (format "other", local origin) and its claims. Order is contiguous
 * among siblings in the order given. Throws ApiError('invalid_input') for keys that are repeated,
 * parents that are missing or come later, which `parseKialo` and `parseArgdown` never produce.
 */
export function toMotionMap(imported: ImportedMotion, env: OperationEnv): MotionMap {
  const now = env.now()
  const motionText = titleAndBody(imported.title, imported.description)
  const motion: Motion = {
    id: env.newId(),
    title: motionText.title,
    format: 'other',
    sideLabels: DEFAULT_SIDE_LABELS.other,
    description: clip(motionText.body, MAX_TEXT_CHARS),
    origin: LOCAL_ORIGIN,
    archived: false,
    createdAt: now,
    updatedAt: now
  }
  const ids = new Map<string, string>()
  const nextOrder = new Map<string | null, number>()
  const claims: Claim[] = imported.claims.map((item, index) => {
    if (ids.has(item.key)) refuse(`Claim key "${item.key}" is used twice`, `claims[${index}].key`)
    // A parent must come first: that rules out cycles without walking the tree.
    const parentId = item.parentKey === null ? null : ids.get(item.parentKey)
    if (parentId === undefined) {
      const path = `claims[${index}].parentKey`
      refuse(`Claim "${item.key}" names parent "${item.parentKey}", which does not come before it`, path)
    }
    const id = env.newId()
    ids.set(item.key, id)
    const order = nextOrder.get(parentId) ?? 0
    nextOrder.set(parentId, order + 1)
    const text = titleAndBody(item.title, item.body)
    const claim = newClaim(
      { id, motionId: motion.id, parentId, stance: item.stance === 'con' ? 'con' : 'pro', title: text.title, body: clip(text.body, MAX_TEXT_CHARS), order },
      now
    )
    if (item.tags?.length) claim.tags = item.tags
    if (item.kind === 'argument') claim.kind = 'argument'
    if (item.unrelated && parentId === null) claim.unrelated = true
    return claim
  })
  return { motion, claims: withSeeAlso(imported.claims, claims, ids) }
}

/** Each claim's see-also keys as ids, once all ids are known (a link may point forward); keys not imported are dropped. */
function withSeeAlso(items: readonly ImportedClaim[], claims: Claim[], ids: ReadonlyMap<string, string>): Claim[] {
  return claims.map((claim, index) => {
    const keys = items[index].seeAlso ?? []
    const seeAlso = [...new Set(keys.flatMap((key) => ids.get(key) ?? []))].filter((id) => id !== claim.id).slice(0, MAX_SEE_ALSO)
    if (seeAlso.length === 0) return claim
    const relations = items[index].seeAlsoRelations ?? {}
    const byId: NonNullable<Claim['seeAlsoRelations']> = {}
    for (const key of keys) {
      const id = ids.get(key)
      if (id !== undefined && seeAlso.includes(id) && Object.hasOwn(relations, key)) byId[id] = relations[key]
    }
    return { ...claim, seeAlso, ...withRelations(Object.keys(byId).length > 0 ? byId : undefined) }
  })
}
