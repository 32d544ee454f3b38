/**
 * The team's reference material beside the checkout (`../shared`): some unit tests compare
 * the app's data with it. A clone without it skips those tests, saying why: the reason goes
 * into the test's meta, which vitest's JSON report keeps and `npm test` prints.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestOptions } from 'vitest'

declare module 'vitest' {
  interface TaskMeta {
    /** Why a test was skipped, for `npm test`'s summary (scripts/test-outcomes.mjs). */
    skipReason?: string
  }
}

const SHARED_FOLDER = join(import.meta.dirname, '../../../shared')

/** A file of ../shared, and test options that skip a test needing it when it is absent. */
export function sharedFile(relative: string): { path: string; present: boolean; options: TestOptions } {
  const path = join(SHARED_FOLDER, relative)
  const present = existsSync(path)
  const reason = `../shared/${relative} is not beside this checkout`
  return { path, present, options: present ? {} : { skip: true, meta: { skipReason: reason } } }
}
