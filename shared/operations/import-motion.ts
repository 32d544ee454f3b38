import { importedEvidence } from '../interchange/imported-evidence'
import type { ImportedMotion } from '../interchange/imported-motion'
import { toMotionMap } from '../interchange/imported-motion'
import { importSummary, type ImportSummary } from '../interchange/import-summary'
import { withAdded, type Library } from '../model/library'
import type { Motion } from '../model/motion'
import type { Change, OperationEnv } from './change'

/**
 * Adds a motion read from another tool's file: the user's own, with the sources it lists and
 * the cards it quotes, and a summary of what was added, left out and warned about.
 */
export function addImportedMotion(
  library: Library,
  imported: ImportedMotion,
  env: OperationEnv,
  format: ImportSummary['format']
): Change<{ motion: Motion; claimCount: number; warnings: string[]; summary: ImportSummary }> {
  const { motion, claims: mapped } = toMotionMap(imported, env)
  const evidence = importedEvidence(library, imported, mapped, env)
  const claims = evidence.claims
  const warnings = imported.warnings
  const summary = importSummary(format, imported, { motion, claims }, {
    sources: evidence.sources.length,
    cards: evidence.quotes.length,
    alreadyHad: evidence.alreadyHad,
    skipped: evidence.skipped
  })
  return {
    library: withAdded(library, { motions: [motion], claims, sources: evidence.sources, quotes: evidence.quotes }),
    result: { motion, claimCount: claims.length, warnings, summary }
  }
}
