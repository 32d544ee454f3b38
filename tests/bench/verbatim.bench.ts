/**
 * Reading a team's Verbatim file as the app does: a generated 400-card file (Pocket, Hat, a
 * Block every ten cards; each card a Tag, a cite in the Cite style and card text in Underline,
 * Emphasis, highlight and shrunk runs), read on the parse worker, then imported into a new
 * motion with its sources and cards, on a warm worker (every import after a session's first) and
 * on a fresh one (the first). Target: at most 2 s.
 */
import { availableParallelism, loadavg } from 'node:os'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { parseInWorker } from '../../electron/main/parse/run'
import { emptyLibrary } from '../../shared/model/library'
import { importVerbatim } from '../../shared/verbatim/import'
import { readVerbatim } from '../../shared/verbatim/read'
import { manyCards, verbatimDocx } from '../support/verbatim-docx'
import { ms, quantile } from '../support/stats'
import { parseInFreshWorker } from './fresh-worker'

const CARDS = 400
let bytes: Uint8Array = new Uint8Array()
beforeAll(async () => {
  bytes = await verbatimDocx(manyCards(CARDS))
  // An import before the ones measured, as a session's first: the app's worker is warm after it.
  await parseInWorker('verbatim', { bytes, fileName: 'bench.docx' }, { what: 'the Verbatim file' })
}, 60_000)
const env = { now: () => '2026-01-01T00:00:00.000Z', newId: (() => { let id = 0; return () => `id-${++id}` })() }
const samples: Record<string, number[]> = {}
const OPTIONS = { iterations: 5, warmupIterations: 1 }

describe('Verbatim import', () => {
  bench(
    `${CARDS}-card file: worker read + import into a new motion`,
    async () => {
      const started = performance.now()
      const file = await parseInWorker('verbatim', { bytes, fileName: 'bench.docx' }, { what: 'the Verbatim file' })
      importVerbatim(emptyLibrary(), file, 'bench.docx', 'motion', env)
      ;(samples.worker ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
  bench(
    `${CARDS}-card file: first import, a fresh worker`,
    async () => {
      const started = performance.now()
      const file = await parseInFreshWorker('verbatim', { bytes, fileName: 'bench.docx' }, 'the Verbatim file')
      importVerbatim(emptyLibrary(), file, 'bench.docx', 'motion', env)
      ;(samples.fresh ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
  bench(
    `${CARDS}-card file: read on this thread (no worker start)`,
    () => {
      const started = performance.now()
      readVerbatim(bytes, 'bench.docx')
      ;(samples.read ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
})

afterAll(() => {
  const line = (label: string, key: string, target: number) => {
    const median = quantile(samples[key] ?? [], 0.5)
    return `  ${label.padEnd(62)} median ${ms(median).padStart(10)}   (target <= ${target} ms: ${median <= target ? 'met' : 'NOT MET'})`
  }
  console.log(
    [
      '',
      `Verbatim import (load average ${loadavg().map((load) => load.toFixed(2)).join(' ')} on ${availableParallelism()} processors)`,
      line(`${CARDS}-card file (${Math.round(bytes.length / 1024)} KB), worker read + import`, 'worker', 2000),
      line('  first import of a session (a fresh worker)', 'fresh', 2000),
      line('  read on this thread', 'read', 2000),
      ''
    ].join('\n')
  )
})
