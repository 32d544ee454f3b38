/**
 * Importing a large Kialo export as the app does: a generated 2,800-entry discussion in the
 * current layout (indented headers, Windows line ends, "[n]" markers with a Sources list and
 * quoted excerpts, Markdown links, "-> See" links), read on the parse worker, then added to a
 * library with its sources, cards and see-also links, on a warm worker (every import after a
 * session's first) and on a fresh one (the first). Target: at most 2 s. Also a line made
 * to slow the Markdown reading down (a megabyte of "[a](").
 */
import { availableParallelism, loadavg } from 'node:os'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { parseInWorker } from '../../electron/main/parse/run'
import { parseKialo } from '../../shared/interchange/kialo'
import { emptyLibrary } from '../../shared/model/library'
import { addImportedMotion } from '../../shared/operations/import-motion'
import { ms, quantile } from '../support/stats'
import { parseInFreshWorker } from './fresh-worker'

const ENTRIES = 2_800

/** A discussion of `count` entries, four answers a claim, breadth first, in Kialo's current export layout. */
function currentExport(count: number): string {
  const numbers: string[] = []
  const queue = ['1.']
  while (numbers.length < count) {
    const parent = queue.shift() as string
    for (let k = 1; k <= 4 && numbers.length < count; k++) {
      numbers.push(`${parent}${k}.`)
      queue.push(`${parent}${k}.`)
    }
  }
  // Kialo writes depth first.
  numbers.sort((a, b) => {
    const x = a.split('.').map(Number)
    const y = b.split('.').map(Number)
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i]
    return x.length - y.length
  })
  const lines = ['Discussion Name:', 'Should the generated discussion be imported quickly?', '', '1. Thesis:', 'Generated discussions import quickly.', '']
  const sources: string[] = []
  numbers.forEach((number, index) => {
    const indent = '  '.repeat(number.split('.').length - 2)
    const depth = number.split('.').length - 2
    lines.push(`${indent}${number} ${index % 3 === 0 ? 'Con' : 'Pro'}:`)
    if (index % 50 === 49 && depth > 1) {
      lines.push(`${indent}-> See ${numbers[index - 20]}`)
    } else {
      let text = `Entry ${index} says something a debater would argue, e.g. about costs, with a reason or two behind it.`
      if (index % 3 === 0) {
        sources.push(`[${sources.length + 1}] https://example.org/source-${index}`, `"A quoted passage from source ${index}, exactly as Kialo keeps it."`)
        text += ` Evidence follows [${sources.length / 2}].`
      }
      if (index % 5 === 0) text += ` See the [report \\(2020\\)](https://example.org/report_\\(${index}\\)).`
      lines.push(`${indent}${text}`)
    }
    lines.push('')
  })
  return [...lines, 'Sources:', ...sources].join('\r\n')
}

const inputs = {
  large: currentExport(ENTRIES),
  brackets: ['Discussion Title: Links', '', '1. Thesis', `1.1. Pro: ${'[a]('.repeat(256 * 1024)}`].join('\n')
}
const env = { now: () => '2026-01-01T00:00:00.000Z', newId: (() => { let id = 0; return () => `id-${++id}` })() }

const samples: Record<string, number[]> = {}
const OPTIONS = { iterations: 5, warmupIterations: 1 }

// An import before the ones measured, as a session's first: the app's worker is warm after it.
beforeAll(() => parseInWorker('kialo', inputs.large, { what: 'the Kialo export' }), 60_000)

describe('Kialo import', () => {
  bench(
    `${ENTRIES.toLocaleString('en-US')}-entry export: worker read + adding to the library`,
    async () => {
      const started = performance.now()
      const cpu = process.cpuUsage()
      const imported = await parseInWorker('kialo', inputs.large, { what: 'the Kialo export' })
      addImportedMotion(emptyLibrary(), imported, env, 'kialo')
      ;(samples.large ??= []).push(performance.now() - started)
      // Processor time of this process (the worker's included): what the import costs when the machine is shared.
      const used = process.cpuUsage(cpu)
      ;(samples.largeCpu ??= []).push((used.user + used.system) / 1000)
    },
    OPTIONS
  )
  bench(
    `${ENTRIES.toLocaleString('en-US')}-entry export: first import, a fresh worker`,
    async () => {
      const started = performance.now()
      addImportedMotion(emptyLibrary(), await parseInFreshWorker('kialo', inputs.large, 'the Kialo export'), env, 'kialo')
      ;(samples.fresh ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
  bench(
    `${ENTRIES.toLocaleString('en-US')}-entry export: the same on this thread (no worker start)`,
    () => {
      const started = performance.now()
      addImportedMotion(emptyLibrary(), parseKialo(inputs.large), env, 'kialo')
      ;(samples.inProcess ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
  bench(
    'a 1 MB line of "[a](" (Markdown links that never close)',
    () => {
      const started = performance.now()
      parseKialo(inputs.brackets)
      ;(samples.brackets ??= []).push(performance.now() - started)
    },
    OPTIONS
  )
})

afterAll(() => {
  const line = (label: string, key: string, target: number) => {
    const median = quantile(samples[key] ?? [], 0.5)
    return `  ${label.padEnd(62)} median ${ms(median).padStart(10)}   (target <= ${target} ms: ${median <= target ? 'met' : 'NOT MET'})`
  }
  const sizeKb = Math.round(inputs.large.length / 1024)
  console.log(
    [
      '',
      `Kialo import (load average ${loadavg().map((load) => load.toFixed(2)).join(' ')} on ${availableParallelism()} processors)`,
      line(`${ENTRIES.toLocaleString('en-US')}-entry export (${sizeKb} KB), worker read + library add`, 'large', 2000),
      line('  the same, processor time', 'largeCpu', 2000),
      line('  first import of a session (a fresh worker)', 'fresh', 2000),
      line('  parse + add on this thread (no worker start)', 'inProcess', 2000),
      line('1 MB line of "[a](" (links that never close)', 'brackets', 1000),
      ''
    ].join('\n')
  )
})
