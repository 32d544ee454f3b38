/**
 * Skipping a unit test, saying why: the reason goes into the test's meta, which vitest's JSON
 * report keeps and `npm test` prints (scripts/test-outcomes.mjs).
 */
import type { TestOptions } from 'vitest'

declare module 'vitest' {
  interface TaskMeta {
    /** Why a test was skipped, for `npm test`'s summary. */
    skipReason?: string
  }
}

/** Test options that skip the test, with `reason`, unless `condition` holds. */
export function runOnlyIf(condition: boolean, reason: string, options: TestOptions = {}): TestOptions {
  return condition ? options : { ...options, skip: true, meta: { skipReason: reason } }
}
