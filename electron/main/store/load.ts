import { formatPath } from '../../../shared/errors'
import { LibrarySchema, type Library } from '../../../shared/model/library'
import { libraryProblem, withoutDanglingEvidence } from '../../../shared/operations/integrity'
import { migrate, NewerSchemaError, type Migrations } from './migrations'
import { salvagePractice } from './salvage'

export type LoadResult =
  /** `dropped`: practice items that could not be read and were left out, one line each. */
  | { ok: true; library: Library; migratedFrom: number | null; dropped: string[] }
  | { ok: false; reason: string }

/**
 * Turns the text of a store file into a library: parse, migrate, validate.
 * Practice items that do not read are left out (and listed) rather than failing the file.
 * Says why when it cannot; throws NewerSchemaError for a file from a newer Casebook,
 * which must be left alone rather than treated as damaged.
 */
export function parseLibrary(text: string, migrations?: Migrations): LoadResult {
  let raw: unknown
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'it does not hold a Casebook library object' }
  }
  let migrated: { data: Record<string, unknown>; from: number }
  try {
    migrated = migrate(raw as Record<string, unknown>, migrations)
  } catch (error) {
    if (error instanceof NewerSchemaError) throw error
    return { ok: false, reason: (error as Error).message }
  }
  // A bad practice record costs only itself, never the library around it.
  const salvaged = salvagePractice(migrated.data)
  const parsed = LibrarySchema.safeParse(salvaged.data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = formatPath(issue?.path ?? []) || 'the top level'
    return { ok: false, reason: `it does not match the expected shape at ${where}: ${issue?.message}` }
  }
  const problem = libraryProblem(parsed.data)
  if (problem) return { ok: false, reason: `its items do not fit together: ${problem}` }
  const version = parsed.data.schemaVersion
  return {
    ok: true,
    library: withoutDanglingEvidence(parsed.data),
    migratedFrom: migrated.from === version ? null : migrated.from,
    dropped: salvaged.dropped
  }
}
