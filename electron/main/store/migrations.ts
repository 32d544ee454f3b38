import { SCHEMA_VERSION } from '../../../shared/model/library'

/**
 * Steps that lift a store file from one schema version to the next: MIGRATIONS[n] turns
 * version n into n + 1. Version 1 is the first, so there are none yet; when the schema
 * changes, bump SCHEMA_VERSION and add the step here with a test on a real old file.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>
export type Migrations = Readonly<Record<number, Migration>>

export const MIGRATIONS: Migrations = {}

export class NewerSchemaError extends Error {}

/** Runs the steps from the file's version up to the current one; returns the result and the starting version. */
export function migrate(
  data: Record<string, unknown>,
  migrations: Migrations = MIGRATIONS,
  target = SCHEMA_VERSION
): { data: Record<string, unknown>; from: number } {
  const from = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0
  if (from > target) {
    throw new NewerSchemaError(
      `it was written by a newer Casebook (schema ${from}; this one reads up to ${target})`
    )
  }
  let current = data
  for (let version = from; version < target; version++) {
    const step = migrations[version]
    if (!step) throw new Error(`no migration from schema version ${version}`)
    current = { ...step(current), schemaVersion: version + 1 }
  }
  return { data: current, from }
}
