import type { ImportedMotion } from '../interchange/imported-motion'
import { toMotionMap } from '../interchange/imported-motion'
import { importSummary, type ImportSummary } from '../interchange/import-summary'
import type { Library } from '../model/library'
import type { Motion } from '../model/motion'
import type { Change, OperationEnv } from './change'

/**
 * Adds a motion read from another tool's file: the user's own, with the file's warnings passed
 * on and a summary of what was added and left out.
 */
export function addImportedMotion(
  library: Library,
  imported: ImportedMotion,
  env: OperationEnv,
  format: ImportSummary['format']
): Change<{ motion: Motion; claimCount: number; warnings: string[]; summary: ImportSummary }> {
  const { motion, claims } = toMotionMap(imported, env)
  return {
    library: { ...library, motions: [...library.motions, motion], claims: [...library.claims, ...claims] },
    result: { motion, claimCount: claims.length, warnings: imported.warnings, summary: importSummary(format, imported, { motion, claims }) }
  }
}
