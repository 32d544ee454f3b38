/**
 * What an import of another tool's file did, in one shape for the app's page, the handler's
 * answer and `casebook import --json`: what was added, what the library had already, which
 * entries of the file were left out and why, and the warnings to read.
 */
import { z } from 'zod'

const count = z.number().int().min(0)

export const ImportSummarySchema = z.object({
  format: z.enum(['kialo', 'argdown']),
  added: z.object({ motions: count, claims: count, sources: count, cards: count, seeAlsoLinks: count }),
  alreadyHad: z.object({ sources: count, cards: count }),
  skipped: z.array(z.object({ entry: z.string(), reason: z.string() })),
  warnings: z.array(z.string())
})
export type ImportSummary = z.infer<typeof ImportSummarySchema>

export interface ImportCounts {
  format: ImportSummary['format']
  claims: ReadonlyArray<{ seeAlso?: readonly string[] }>
  sources: number
  cards: number
  alreadyHad: ImportSummary['alreadyHad']
  skipped: ImportSummary['skipped']
  warnings: readonly string[]
}

/** The summary of one motion added with its claims, sources and cards. */
export function summarizeImport(counts: ImportCounts): ImportSummary {
  return {
    format: counts.format,
    added: {
      motions: 1,
      claims: counts.claims.length,
      sources: counts.sources,
      cards: counts.cards,
      seeAlsoLinks: counts.claims.reduce((sum, claim) => sum + (claim.seeAlso?.length ?? 0), 0)
    },
    alreadyHad: { ...counts.alreadyHad },
    skipped: counts.skipped.map((s) => ({ ...s })),
    warnings: [...counts.warnings]
  }
}
