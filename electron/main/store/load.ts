import { readFileSync, statSync } from 'node:fs'
import { constants } from 'node:buffer'
import { formatPath } from '../../../shared/errors'
import { LibrarySchema, type Library } from '../../../shared/model/library'
import { systemEnv, type OperationEnv } from '../../../shared/operations/change'
import { repairLibrary } from '../../../shared/operations/repair'
import { migrate, NewerSchemaError, type Migrations } from './migrations'
import { salvageItems } from './salvage'

export type LoadResult =
  /** `repairs`: items that could not be read and were set aside, and items mended, one line each. */
  | { ok: true; library: Library; migratedFrom: number | null; repairs: string[] }
  | { ok: false; reason: string }

/**
 * Turns the text of a store file into a library: parse, migrate, validate, repair.
 * Items that do not read are set aside, and items that do not fit together mended (each one
 * listed), rather than failing the file. Says why when it cannot; throws NewerSchemaError for
 * a file from a newer Casebook, which must be left alone rather than treated as damaged.
 */
export function parseLibrary(text: string, migrations?: Migrations, env: OperationEnv = systemEnv): LoadResult {
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
  // A bad item costs only itself, never the library around it.
  const salvaged = salvageItems(migrated.data)
  const parsed = LibrarySchema.safeParse(salvaged.data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = formatPath(issue?.path ?? []) || 'the top level'
    return { ok: false, reason: `it does not match the expected shape at ${where}: ${issue?.message}` }
  }
  const repaired = repairLibrary(parsed.data, env)
  const version = parsed.data.schemaVersion
  return {
    ok: true,
    library: repaired.library,
    migratedFrom: migrated.from === version ? null : migrated.from,
    repairs: [...salvaged.dropped, ...repaired.repairs]
  }
}

/** The largest library file that can be read: the longest string JavaScript can hold. */
export const MAX_LIBRARY_BYTES = constants.MAX_STRING_LENGTH

/**
 * The text of a library file, or why it cannot be one: a folder in its place, or a file
 * too large to read (checked before reading, so a huge file costs no memory).
 */
export function readStoreText(file: string, maxBytes = MAX_LIBRARY_BYTES): { ok: true; text: string } | { ok: false; reason: string } {
  const stat = statSync(file)
  if (stat.isDirectory()) return { ok: false, reason: 'it is a folder, not a file' }
  if (!stat.isFile()) return { ok: false, reason: 'it is not a regular file' }
  if (stat.size > maxBytes) {
    return { ok: false, reason: `it is ${megabytes(stat.size)}, more than the ${megabytes(maxBytes)} a library file can be` }
  }
  return { ok: true, text: readFileSync(file, 'utf8') }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`
}
