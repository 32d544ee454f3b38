/**
 * A machine-made Argdown document of 7,000 nodes (statements and arguments, reconstructions,
 * tags, relations across the whole document, and a few syntax errors Argdown recovers from),
 * imported as the app does: read with Argdown on the parse worker, the tree built, the records
 * made, on a warm worker (every import after a session's first) and on a fresh one (the first,
 * which loads @argdown/core), cold and made ready while the user picks the file, as the app's
 * file picker asks (import.prepare); and the same on this thread, without a worker. Target: 2 s.
 */
import { availableParallelism, loadavg } from 'node:os'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { parseInWorker } from '../../electron/main/parse/run'
import { parseArgdown } from '../../shared/interchange/argdown-import'
import { toMotionMap } from '../../shared/interchange/imported-motion'
import { ms, quantile } from '../support/stats'
import { parseInFreshWorker } from './fresh-worker'

const BLOCKS = 1750 // four nodes each: a statement, an argument for it, an attack on it, a titled premise

function machineMade(blocks: number): string {
  const parts = ['[Thesis]: The thesis every block leads back to. #generated']
  for (let i = 0; i < blocks; i++) {
    const target = i === 0 ? 'Thesis' : `S${Math.floor((i - 1) / 3)}`
    parts.push(
      [
        `[S${i}]: Statement ${i} says something about the case. #topic${i % 10}`,
        `  +> [${target}]`,
        `  <+ <A${i}>: Argument ${i} gives a reason for statement ${i}.`,
        `  <- [S${i}b]: Statement ${i}b doubts statement ${i}. #doubt`,
        // Every 400th block carries HTML that Argdown reports as an error and reads past.
        ...(i % 400 === 399 ? [`  <- <b>bold</b> text in block ${i}`] : [])
      ].join('\n'),
      [`<A${i}>`, '', `(1) [P${i}]: Premise ${i} holds.`, `(2) If premise ${i} holds, so does statement ${i}.`, '----', `(3) [S${i}]`].join('\n')
    )
  }
  return `${parts.join('\n\n')}\n`
}

const input = machineMade(BLOCKS)
const env = () => {
  let next = 0
  return { now: () => '2026-01-01T00:00:00.000Z', newId: () => `id-${++next}` }
}
const samples: Record<string, number[]> = {}
let claims = 0
let warnings = 0
const OPTIONS = { iterations: 5, warmupIterations: 1 }
const WHAT = 'the Argdown document'

// An import before the ones measured, as a session's first: the app's worker is warm after it.
beforeAll(() => parseInWorker('argdown', input, { what: WHAT }), 60_000)

describe('Argdown import', () => {
  const nodes = `${(BLOCKS * 4).toLocaleString('en-US')}-node machine-made document`
  bench(
    `${nodes}: worker read + records`,
    async () => {
      const started = performance.now()
      const imported = await parseInWorker('argdown', input, { what: WHAT })
      toMotionMap(imported, env())
      ;(samples.warm ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
  bench(
    `${nodes}: first import, a fresh worker`,
    async () => {
      const started = performance.now()
      toMotionMap(await parseInFreshWorker('argdown', input, WHAT), env())
      ;(samples.fresh ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
  bench(
    `${nodes}: first import, a fresh worker made ready while the file is chosen`,
    async () => {
      let started = 0
      const imported = await parseInFreshWorker('argdown', input, WHAT, { prepared: 'argdown', onReady: () => (started = performance.now()) })
      toMotionMap(imported, env())
      ;(samples.prepared ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
  bench(
    `${nodes}: the same on this thread (no worker)`,
    () => {
      const started = performance.now()
      const imported = parseArgdown(input)
      const map = toMotionMap(imported, env())
      ;(samples.inProcess ??= []).push(performance.now() - started)
      claims = map.claims.length
      warnings = imported.warnings.length
    },
    OPTIONS
  )
})

afterAll(() => {
  const line = (label: string, key: string) => {
    const median = quantile(samples[key] ?? [], 0.5)
    return `  ${label.padEnd(62)} median ${ms(median).padStart(10)}   (target <= 2000 ms: ${median <= 2000 ? 'met' : 'NOT MET'})`
  }
  console.log(
    [
      '',
      `Argdown import (load average ${loadavg().map((load) => load.toFixed(2)).join(' ')} on ${availableParallelism()} processors)`,
      line(`${(BLOCKS * 4).toLocaleString('en-US')} nodes (${claims} claims, ${warnings} warnings), worker read + records`, 'warm'),
      line('  first import of a session (a fresh worker, loading Argdown)', 'fresh'),
      line('  the same, the worker made ready while the file is chosen', 'prepared'),
      line('  parse + records on this thread (no worker)', 'inProcess'),
      ''
    ].join('\n')
  )
})
