/**
 * The team's reference material beside the checkout (`../shared`): some unit tests compare
 * the app's data with it. A clone without it skips those tests, saying why (support/skip.ts).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestOptions } from 'vitest'
import { runOnlyIf } from './skip'

const SHARED_FOLDER = join(import.meta.dirname, '../../../shared')

/** A file of ../shared, and test options that skip a test needing it when it is absent. */
export function sharedFile(relative: string): { path: string; present: boolean; options: TestOptions } {
  const path = join(SHARED_FOLDER, relative)
  const present = existsSync(path)
  return { path, present, options: runOnlyIf(present, `../shared/${relative} is not beside this checkout`) }
}
