/**
 * What an import of another tool's file did, in one shape for the app's page, the handler's
 * answer and `casebook import --json`: what was added, what the library had already, which
 * entries of the file were left out and why, the warnings to read, and for Argdown where each
 * of its relations went. Plain data, made by one pure function from the file as read and the
 * records stored.
 */
import { z } from 'zod'
import { SeeAlsoRelationSchema, type Claim, type SeeAlsoRelation } from '../model/claim'
import type { Motion } from '../model/motion'
import type { ImportedMotion } from './imported-motion'

const count = z.number().int().min(0)

export const ImportSummarySchema = z.object({
  format: z.enum(['kialo', 'argdown', 'verbatim']),
  /** The motion made; null for an import into the card library only (a Verbatim file's cards). */
  motion: z.object({ id: z.string(), title: z.string() }).nullable(),
  added: z.object({
    motions: count,
    claims: count,
    /** Claims that are Argdown arguments (the rest are statements). */
    arguments: count,
    /** Claims answering the motion directly. */
    contentions: count,
    tags: count,
    sources: count,
    cards: count,
    seeAlsoLinks: count
  }),
  /** Sources and cards the file lists that the library held already: reused, not added twice. */
  alreadyHad: z.object({ sources: count, cards: count }),
  /** Parts of the file that are not in the library, each with where it is and why. */
  skipped: z.array(z.object({ entry: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
  /** Argdown: the relations its own map draws, and where each went. */
  relations: z
    .object({
      drawn: count,
      inTree: count,
      seeAlso: count,
      repeated: count,
      /** Every relation left out of the tree, by Argdown's names ("[Title]", "<Title>"); the warnings name the first 20. */
      leftOut: z.array(z.object({ from: z.string(), to: z.string(), relation: SeeAlsoRelationSchema, reason: z.enum(['second parent', 'cycle']) })).optional()
    })
    .optional()
})
export type ImportSummary = z.infer<typeof ImportSummarySchema>

/** The relations a graph import (Argdown) reports, as parseArgdown gives them. */
interface GraphReport {
  drawn: number
  inTree: number
  leftOut: Array<{ from: string; to: string; relation: SeeAlsoRelation; reason: 'second parent' | 'cycle' }>
  repeated: number
}

/** The sources and cards an import added beside its claims (Kialo's Sources list). */
export interface ImportedEvidenceCounts {
  sources: number
  cards: number
  alreadyHad: ImportSummary['alreadyHad']
  skipped: ImportSummary['skipped']
}

const NO_EVIDENCE: ImportedEvidenceCounts = { sources: 0, cards: 0, alreadyHad: { sources: 0, cards: 0 }, skipped: [] }

export function importSummary(
  format: ImportSummary['format'],
  imported: ImportedMotion & { relations?: GraphReport },
  stored: { motion: Motion | null; claims: readonly Claim[] },
  evidence: ImportedEvidenceCounts = NO_EVIDENCE
): ImportSummary {
  const { claims } = stored
  const keys = new Set(imported.claims.map((c) => c.key))
  const skipped: ImportSummary['skipped'] = [...(imported.skipped ?? []), ...evidence.skipped]
  const report = imported.relations
  let relationsSkipped = 0
  if (report) {
    // A left-out relation that touches the motion (not a claim) cannot be a see-also link.
    for (const edge of report.leftOut) {
      if (keys.has(edge.from) && keys.has(edge.to)) continue
      relationsSkipped++
      skipped.push({ entry: `the relation ${edge.from} → ${edge.to}`, reason: 'it joins a claim to the motion a second time; a see-also link can only point at a claim' })
    }
  }
  return {
    format,
    motion: stored.motion ? { id: stored.motion.id, title: stored.motion.title } : null,
    added: {
      motions: stored.motion ? 1 : 0,
      claims: claims.length,
      arguments: claims.filter((c) => c.kind === 'argument').length,
      contentions: claims.filter((c) => c.parentId === null).length,
      tags: claims.reduce((sum, c) => sum + c.tags.length, 0),
      sources: evidence.sources,
      cards: evidence.cards,
      seeAlsoLinks: claims.reduce((sum, c) => sum + (c.seeAlso?.length ?? 0), 0)
    },
    alreadyHad: { ...evidence.alreadyHad },
    skipped,
    warnings: [...imported.warnings],
    ...(report
      ? {
          relations: {
            drawn: report.drawn,
            inTree: report.inTree,
            seeAlso: report.leftOut.length - relationsSkipped,
            repeated: report.repeated,
            leftOut: report.leftOut.map(({ from, to, relation, reason }) => ({ from, to, relation, reason }))
          }
        }
      : {})
  }
}
