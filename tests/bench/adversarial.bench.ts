/**
 * Imports under attack: the inputs that froze the app before issue 17 (a Kialo line of spaces
 * ending in U+2029, a megabyte of spaces around a citation marker, 20,000 links to links, a pack of 20,000 claims in
 * one chain, 100 KB of "[" for Argdown), with the time each now takes, and how long a call to
 * the app waits while the slowest of them is being read. Targets: each at most 1 s, except the
 * Argdown file, which runs on the parse worker until its time limit and must not delay a call.
 */
import { afterAll, bench, describe } from 'vitest'
import { parseInWorker } from '../../electron/main/parse/run'
import { newClaim } from '../../shared/model/claim'
import { parseKialo } from '../../shared/interchange/kialo'
import { treeProblem } from '../../shared/operations/tree'
import type { PackFileInput } from '../../shared/packs/format'
import { readPack } from '../../shared/packs/read'
import { ms, quantile } from '../support/stats'

const MEGABYTE = 1024 * 1024
const kialo = (...lines: string[]) => ['Discussion Title: Cars', '', '1. Ban cars', ...lines].join('\n')

const inputs = {
  kialo3k: kialo(`1.1.${' '.repeat(3000)}\u2029`),
  kialoLine: kialo(`1.1. Pro:${' '.repeat(MEGABYTE)}\u2029`),
  kialoMarker: kialo(`1.1. Pro: a${' '.repeat(MEGABYTE)}b [1]`),
  kialoLinks: kialo('1.1. Pro: Cars pollute.', ...Array.from({ length: 19_999 }, (_, i) => `1.${i + 2}. Con: -> See 1.${i + 1}.`)),
  chainPack: JSON.stringify(chainPack(20_000)),
  chainClaims: chainClaims(20_000),
  argdown: '['.repeat(100_000)
}

function chainPack(length: number): PackFileInput {
  const claims = Array.from({ length }, (_, i) => ({ id: `c${i}`, motionId: 'm1', parentId: i === 0 ? null : `c${i - 1}`, stance: 'pro' as const, title: `Claim ${i}` }))
  return { format: 'casebook-pack', version: 1, meta: { id: 'chain', title: 'Chain', version: '1' }, motions: [{ id: 'm1', title: 'Chain' }], claims }
}

function chainClaims(length: number) {
  const now = '2026-01-01T00:00:00.000Z'
  return Array.from({ length }, (_, i) =>
    newClaim({ id: `c${i}`, motionId: 'm1', parentId: i === 0 ? null : `c${i - 1}`, stance: 'pro', title: `Claim ${i}`, body: '', order: 0 }, now)
  )
}

const samples: Record<string, number[]> = {}
function timed(name: string, run: () => unknown): void {
  const started = performance.now()
  try {
    run()
  } catch {
    // Refusing is an outcome too; the time is what is measured.
  }
  ;(samples[name] ??= []).push(performance.now() - started)
}

const OPTIONS = { iterations: 5, warmupIterations: 1 }
const ARGDOWN_LIMIT_MS = 3000

describe('imports under attack', () => {
  bench('Kialo: 3 KB line "1.1." + spaces + U+2029', () => timed('kialo3k', () => parseKialo(inputs.kialo3k)), OPTIONS)
  bench('Kialo: 1 MB line "1.1. Pro:" + spaces + U+2029', () => timed('kialoLine', () => parseKialo(inputs.kialoLine)), OPTIONS)
  bench('Kialo: claim of 1 MB of spaces before a marker', () => timed('kialoMarker', () => parseKialo(inputs.kialoMarker)), OPTIONS)
  bench('Kialo: 20,000 links to links', () => timed('kialoLinks', () => parseKialo(inputs.kialoLinks)), OPTIONS)
  bench('pack: 20,000 claims in one chain (refused by depth)', () => timed('chainPack', () => readPack(inputs.chainPack)), OPTIONS)
  bench('library: tree check of a 20,000-claim chain', () => timed('chainClaims', () => treeProblem(inputs.chainClaims)), OPTIONS)
  bench(
    'Argdown: 100 KB of "[" on the parse worker, and a call meanwhile',
    async () => {
      const started = performance.now()
      const reading = parseInWorker('argdown', inputs.argdown, { what: 'the Argdown file', timeoutMs: ARGDOWN_LIMIT_MS }).catch(() => null)
      // What a call to the app waits for while the file is read: one turn of the event loop after a second.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const asked = performance.now()
      await new Promise((resolve) => setImmediate(resolve))
      ;(samples.callWait ??= []).push(performance.now() - asked)
      await reading
      ;(samples.argdown ??= []).push(performance.now() - started)
    },
    { iterations: 2, warmupIterations: 0 }
  )
})

afterAll(() => {
  const line = (label: string, key: string, target = 1000) => {
    const median = quantile(samples[key] ?? [], 0.5)
    return `  ${label.padEnd(52)} median ${ms(median).padStart(10)}   (target <= ${target} ms: ${median <= target ? 'met' : 'NOT MET'})`
  }
  console.log(
    [
      '',
      'Imports under attack (each froze the app before issue 17)',
      line('Kialo, 3 KB line of spaces + U+2029 (was 57.6 s)', 'kialo3k'),
      line('Kialo, 1 MB line of spaces + U+2029', 'kialoLine'),
      line('Kialo, 1 MB of spaces before a citation marker', 'kialoMarker'),
      line('Kialo, 20,000 "-> See" links to links (was > 200 s)', 'kialoLinks'),
      line('pack, 20,000 claims in one chain (was 2 min 16 s)', 'chainPack'),
      line('library tree check, 20,000-claim chain (was 12 s)', 'chainClaims'),
      `  ${'Argdown, 100 KB of "[" (stopped at its limit)'.padEnd(52)} median ${ms(quantile(samples.argdown ?? [], 0.5)).padStart(10)}   (limit ${ARGDOWN_LIMIT_MS} ms in this bench, 30 s in the app)`,
      line('a call to the app while that file is read', 'callWait', 50),
      ''
    ].join('\n')
  )
})
