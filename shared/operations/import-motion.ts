import type { ImportedMotion } from '../interchange/imported-motion'
import { toMotionMap } from '../interchange/imported-motion'
import type { Library } from '../model/library'
import type { Motion } from '../model/motion'
import type { Change, OperationEnv } from './change'

/** Adds a motion read from another tool's file: the user's own, with the file's warnings passed on. */
export function addImportedMotion(
  library: Library,
  imported: ImportedMotion,
  env: OperationEnv
): Change<{ motion: Motion; claimCount: number; warnings: string[] }> {
  const { motion, claims } = toMotionMap(imported, env)
  return {
    library: { ...library, motions: [...library.motions, motion], claims: [...library.claims, ...claims] },
    result: { motion, claimCount: claims.length, warnings: imported.warnings }
  }
}
