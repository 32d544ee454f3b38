/**
 * The command line's start-up, side by side with Node's own: `casebook --help` and `casebook
 * list motions` (on a library holding the starter pack) against a bare `node -e 0`, run in turn
 * in each round so that a busy machine slows all three alike. Target: each within 3× of Node.
 * Runs the built CLI (`npm run bench` builds it first).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { ms, quantile } from '../support/stats'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(ROOT, 'bin', 'casebook.js')
const STARTER_PACK = join(ROOT, 'data', 'packs', 'california-secession.casebook')
const TARGET_RATIO = 3

let dataDir = ''
const RUNS = {
  'node -e 0': ['-e', '0'],
  'casebook --help': [CLI, '--help'],
  'casebook list motions': [CLI, 'list', 'motions', '--data', '']
} as const
type Run = keyof typeof RUNS
const samples: Record<Run, number[]> = { 'node -e 0': [], 'casebook --help': [], 'casebook list motions': [] }
/** Each round's time over that round's `node -e 0`. */
const ratios: Record<Exclude<Run, 'node -e 0'>, number[]> = { 'casebook --help': [], 'casebook list motions': [] }

function time(run: Run): number {
  const args = RUNS[run].map((arg) => (arg === '' ? dataDir : arg))
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CASEBOOK_DATA: dataDir } })
  const elapsed = performance.now() - started
  if (result.status !== 0) throw new Error(`${run} failed: ${result.stderr.toString()}`)
  return elapsed
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out', 'main', 'cli.js'))) throw new Error('The CLI is not built: run "npm run bench", which builds it first')
  dataDir = mkdtempSync(join(tmpdir(), 'casebook-cli-bench-'))
  const imported = spawnSync(process.execPath, [CLI, 'pack', 'import', STARTER_PACK, '--data', dataDir])
  if (imported.status !== 0) throw new Error(`could not import the starter pack: ${imported.stderr.toString()}`)
})

describe('cli: start-up', () => {
  bench(
    'node -e 0, casebook --help, casebook list motions (one round)',
    () => {
      const node = time('node -e 0')
      samples['node -e 0'].push(node)
      for (const run of ['casebook --help', 'casebook list motions'] as const) {
        const elapsed = time(run)
        samples[run].push(elapsed)
        ratios[run].push(elapsed / node)
      }
    },
    { iterations: 15, warmupIterations: 2 }
  )
})

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  const node = quantile(samples['node -e 0'], 0.5)
  const line = (run: Exclude<Run, 'node -e 0'>) => {
    const ratio = quantile(ratios[run], 0.5)
    return `  ${run.padEnd(22)} median ${ms(quantile(samples[run], 0.5))}   ${ratio.toFixed(1)}× node   (target <= ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT MET'})`
  }
  console.log(
    ['', 'CLI start-up, side by side (median of rounds; ratio: median of each round’s time over its node -e 0)', `  ${'node -e 0'.padEnd(22)} median ${ms(node)}   1.0×`, line('casebook --help'), line('casebook list motions'), ''].join('\n')
  )
})
