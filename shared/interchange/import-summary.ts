/**
 * What an import of a Kialo or Argdown file did, for the command line (`--json`) and the app
 * alike: what was added, what was left out and why, and the file's warnings. Plain data, made
 * by one pure function from the file as read and the records stored.
 */
import { z } from 'zod'
import type { Claim } from '../model/claim'
import type { Motion } from '../model/motion'
import type { ImportedMotion } from './imported-motion'

export const ImportSummarySchema = z.object({
  format: z.enum(['kialo', 'argdown']),
  motion: z.object({ id: z.string(), title: z.string() }),
  added: z.object({
    motions: z.number().int(),
    claims: z.number().int(),
    /** Claims that are Argdown arguments (the rest are statements). */
    arguments: z.number().int(),
    /** Claims answering the motion directly. */
    contentions: z.number().int(),
    tags: z.number().int(),
    seeAlsoLinks: z.number().int()
  }),
  /** Parts of the file that are not in the library, each with why. */
  skipped: z.array(z.object({ what: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
  /** Argdown: the relations its own map draws, and where each went. */
  relations: z
    .object({ drawn: z.number().int(), inTree: z.number().int(), seeAlso: z.number().int(), repeated: z.number().int() })
    .optional()
})
export type ImportSummary = z.infer<typeof ImportSummarySchema>

/** The relations a graph import (Argdown) reports, as parseArgdown gives them. */
interface GraphReport {
  drawn: number
  inTree: number
  leftOut: Array<{ from: string; to: string }>
  repeated: number
}

export function importSummary(
  format: ImportSummary['format'],
  imported: ImportedMotion & { relations?: GraphReport },
  stored: { motion: Motion; claims: readonly Claim[] }
): ImportSummary {
  const { claims } = stored
  const keys = new Set(imported.claims.map((c) => c.key))
  const seeAlsoLinks = claims.reduce((sum, c) => sum + (c.seeAlso?.length ?? 0), 0)
  const skipped: ImportSummary['skipped'] = []
  const report = imported.relations
  if (report) {
    // A left-out relation that touches the motion (not a claim) cannot be a see-also link.
    for (const edge of report.leftOut) {
      if (keys.has(edge.from) && keys.has(edge.to)) continue
      skipped.push({ what: `the relation ${edge.from} → ${edge.to}`, reason: 'it joins a claim to the motion a second time; a see-also link can only point at a claim' })
    }
  }
  return {
    format,
    motion: { id: stored.motion.id, title: stored.motion.title },
    added: {
      motions: 1,
      claims: claims.length,
      arguments: claims.filter((c) => c.kind === 'argument').length,
      contentions: claims.filter((c) => c.parentId === null).length,
      tags: claims.reduce((sum, c) => sum + c.tags.length, 0),
      seeAlsoLinks
    },
    skipped,
    warnings: imported.warnings,
    ...(report ? { relations: { drawn: report.drawn, inTree: report.inTree, seeAlso: report.leftOut.length - skipped.length, repeated: report.repeated } } : {})
  }
}
