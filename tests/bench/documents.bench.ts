/**
 * Importing PDFs as the app does: a generated 120-page report (45 lines of text a page in
 * Helvetica, a running footer with the page number, a word split at a line end on every page),
 * read on the parse worker as the app does (a warm worker, the one every import after the first
 * of a session gets), on a fresh worker (the first import), on a fresh worker made ready while
 * the user chose the file (import.prepare, as the app's file choosers ask), and on this thread, and the real
 * 82-page GAO report from ../shared when it is there, for a per-page rate on a typeset file.
 * Target: 120 pages in at most 3 s.
 * Processor time is printed beside wall time: on a shared machine the wall time says more about
 * the other work running than about the import.
 */
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { parseInWorker } from '../../electron/main/parse/run'
import { extractPdf } from '../../shared/documents/pdf'
import { sharedFile } from '../support/shared-folder'
import { ms, quantile } from '../support/stats'
import { tinyPdf, type TinyLine } from '../support/tiny-pdf'
import { parseInFreshWorker } from './fresh-worker'

const PAGES = 120
const LINES_A_PAGE = 45

function reportPage(page: number): TinyLine[] {
  const lines: TinyLine[] = []
  for (let row = 0; row < LINES_A_PAGE; row++) {
    const text =
      row === 20
        ? `consumption of petroleum products rose in period ${page}, and pre-`
        : row === 21
          ? `bankruptcy filings by suppliers followed in ${page + 1990}, the report says.`
          : `Line ${row} of page ${page}: the department projects that alternative fuels could displace`
    // A paragraph starts every ninth line, indented.
    lines.push({ text, x: row % 9 === 0 ? 84 : 72, y: 740 - row * 14.5, size: 11 })
  }
  lines.push({ text: `Page ${page}   GAO-07-283 Peak Oil Production`, x: 216, y: 30, size: 8 })
  return lines
}

const generated = tinyPdf(Array.from({ length: PAGES }, (_, index) => reportPage(index + 1)))
const gao = sharedFile('fixtures/real-world/pdf/gao-07-283-crude-oil-peak-production.pdf')
const gaoBytes = gao.present ? new Uint8Array(readFileSync(gao.path)) : undefined

const samples: Record<string, number[]> = {}
const OPTIONS = { iterations: 3, warmupIterations: 1 }
/** Wall time, and processor time of this process (the worker's included): what an import costs when the machine is shared. */
function measure(key: string): () => void {
  const started = performance.now()
  const cpu = process.cpuUsage()
  return () => {
    ;(samples[key] ??= []).push(performance.now() - started)
    const used = process.cpuUsage(cpu)
    ;(samples[`${key}Cpu`] ??= []).push((used.user + used.system) / 1000)
  }
}

const readReport = () => parseInWorker('document', { bytes: generated, fileName: 'report.pdf' }, { what: 'the PDF' })
// An import before the ones measured, as a session's first: the app's worker is warm after it.
beforeAll(readReport, 60_000)

describe('PDF import', () => {
  bench(
    `${PAGES}-page generated report: worker read (text, units, metadata)`,
    async () => {
      const done = measure('worker')
      await readReport()
      done()
    },
    OPTIONS
  )
  bench(
    `${PAGES}-page generated report: first import, a fresh worker`,
    async () => {
      const done = measure('fresh')
      await parseInFreshWorker('document', { bytes: generated, fileName: 'report.pdf' }, 'the PDF')
      done()
    },
    OPTIONS
  )
  bench(
    `${PAGES}-page generated report: first import, the reader made ready while the file was chosen`,
    async () => {
      let done = () => undefined as void
      await parseInFreshWorker('document', { bytes: generated, fileName: 'report.pdf' }, 'the PDF', {
        prepared: 'document',
        onReady: () => (done = measure('prepared'))
      })
      done()
    },
    OPTIONS
  )
  bench(
    `${PAGES}-page generated report: on this thread (pdf.js loaded)`,
    async () => {
      const done = measure('inProcess')
      await extractPdf(generated, 'report.pdf')
      done()
    },
    OPTIONS
  )
  bench(
    '82-page GAO report (../shared): on this thread',
    async () => {
      if (!gaoBytes) return
      const done = measure('gao')
      await extractPdf(gaoBytes, 'gao-07-283.pdf')
      done()
    },
    OPTIONS
  )
})

afterAll(() => {
  const median = (key: string) => quantile(samples[key] ?? [], 0.5)
  const line = (label: string, key: string, pages: number, target?: number) => {
    const value = median(key)
    const verdict = target === undefined ? '' : `   (target <= ${target} ms: ${value <= target ? 'met' : 'NOT MET'})`
    return `  ${label.padEnd(56)} median ${ms(value).padStart(10)}   ${ms(value / pages).padStart(9)} a page${verdict}`
  }
  console.log(
    [
      '',
      `PDF import (load average ${loadavg().map((load) => load.toFixed(2)).join(' ')} on ${availableParallelism()} processors)`,
      line(`${PAGES}-page report (${Math.round(generated.length / 1024)} KB), worker read`, 'worker', PAGES, 3000),
      line('  the same, processor time', 'workerCpu', PAGES, 3000),
      line('  first import of a session (a fresh worker)', 'fresh', PAGES, 3000),
      line('  the same, processor time', 'freshCpu', PAGES),
      line('  first import, reader readied while the file is chosen', 'prepared', PAGES, 3000),
      line('  the same, processor time', 'preparedCpu', PAGES),
      line('  on this thread (pdf.js loaded)', 'inProcess', PAGES, 3000),
      line('  on this thread, processor time', 'inProcessCpu', PAGES, 3000),
      ...(gaoBytes
        ? [line(`82-page GAO report (${Math.round(gaoBytes.length / 1024)} KB), this thread`, 'gao', 82), line('  the same, processor time', 'gaoCpu', 82)]
        : ['  82-page GAO report: ../shared is not beside this checkout']),
      ''
    ].join('\n')
  )
})
