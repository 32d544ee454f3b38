/**
 * The page's size as built: the JavaScript the first screen loads (target: at most 350 KB
 * before compression), gzipped as a browser would fetch it, and each screen loaded later.
 * Reads the module list the build writes (`npm run bench` builds first).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, bench, describe } from 'vitest'
import { firstScreen, MODULE_LIST, readModuleList } from '../support/page-bundle'

const TARGET_BYTES = 350 * 1024
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const gzipped = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join('out', 'renderer', file))).length, 0)

describe('page: bundle size', () => {
  bench(
    'find the first screen’s chunks in the module list',
    () => {
      firstScreen(readModuleList())
    },
    { iterations: 20 }
  )
})

afterAll(() => {
  if (!existsSync(MODULE_LIST)) throw new Error(`${MODULE_LIST} is missing: run "npm run bench", which builds first`)
  const list = readModuleList()
  const first = firstScreen(list)
  const later = list.chunks.filter((chunk) => !first.files.includes(chunk.file)).sort((a, b) => b.bytes - a.bytes)
  const total = list.chunks.reduce((sum, chunk) => sum + chunk.bytes, 0)
  console.log(
    [
      '',
      'Page JavaScript (minified, before compression)',
      `  first screen  ${kb(first.bytes).padStart(9)}  (${kb(gzipped(first.files))} gzipped, ${first.files.length} files)   target <= ${kb(TARGET_BYTES)}: ${first.bytes <= TARGET_BYTES ? 'met' : 'NOT MET'}`,
      `  all screens   ${kb(total).padStart(9)}`,
      ...later.map((chunk) => `    later: ${chunk.file.replace(/^assets\//, '').padEnd(32)} ${kb(chunk.bytes).padStart(9)}`),
      ''
    ].join('\n')
  )
})
