/**
 * Briefs of a generated 1,000-claim, 1,000-card motion (60 sources, cards of ~600 characters,
 * underlined and highlighted): assembling the document, then each format from it. Targets:
 * DOCX <= 2 s, HTML and Markdown <= 200 ms, PDF (headless Chromium) <= 5 s. Assembling is
 * timed apart: its first run formats the bibliography with citeproc, later runs reuse it. PDF is
 * timed twice: as printed (tagged, with bookmarks) and untagged, the faster choice.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, bench, describe } from 'vitest'
import { htmlToPdfWithChromium } from '../../electron/brief/pdf'
import { assembleBrief, briefCards } from '../../shared/brief/document'
import { renderDocx } from '../../shared/brief/docx'
import { renderHtml } from '../../shared/brief/html'
import { renderMarkdown } from '../../shared/brief/markdown'
import { BriefOptionsSchema } from '../../shared/brief/options'
import { generateBriefLibrary } from '../support/brief-library'
import { ms, quantile } from '../support/stats'

const CLAIMS = 1_000
const CARDS = 1_000
const library = generateBriefLibrary(CLAIMS, CARDS)
const options = BriefOptionsSchema.parse({ motionId: 'bench-motion', includeNotes: true, author: 'Bench', date: '2026-01-01' })

const coldStarted = performance.now()
const doc = assembleBrief(library, options)
const cold = performance.now() - coldStarted
const html = renderHtml(doc)
const dir = mkdtempSync(join(tmpdir(), 'casebook-brief-bench-'))

const samples = { assemble: [] as number[], markdown: [] as number[], html: [] as number[], docx: [] as number[], pdf: [] as number[], pdfUntagged: [] as number[] }
const sizes = { markdown: 0, html: html.length, docx: 0, pdf: 0, pdfUntagged: 0 }

function timed(list: number[], work: () => void): void {
  const started = performance.now()
  work()
  list.push(performance.now() - started)
}

describe(`brief of ${CLAIMS.toLocaleString('en')} claims and ${CARDS.toLocaleString('en')} cards`, () => {
  bench('assemble the document (bibliography reused)', () => timed(samples.assemble, () => assembleBrief(library, options)), {
    iterations: 10,
    warmupIterations: 1
  })
  bench('Markdown', () => timed(samples.markdown, () => (sizes.markdown = renderMarkdown(doc).length)), { iterations: 20, warmupIterations: 2 })
  bench('HTML', () => timed(samples.html, () => renderHtml(doc)), { iterations: 20, warmupIterations: 2 })
  bench(
    'DOCX',
    async () => {
      const started = performance.now()
      sizes.docx = (await renderDocx(doc)).byteLength
      samples.docx.push(performance.now() - started)
    },
    { iterations: 6, warmupIterations: 1 }
  )
  bench(
    'PDF (headless Chromium, from the HTML)',
    async () => {
      const file = join(dir, 'brief.pdf')
      const started = performance.now()
      await htmlToPdfWithChromium(renderHtml(doc), file)
      samples.pdf.push(performance.now() - started)
      sizes.pdf = statSync(file).size
    },
    { iterations: 3, warmupIterations: 0 }
  )
  bench(
    'PDF, untagged and without bookmarks',
    async () => {
      const file = join(dir, 'untagged.pdf')
      const started = performance.now()
      await htmlToPdfWithChromium(renderHtml(doc), file, { tagged: false })
      samples.pdfUntagged.push(performance.now() - started)
      sizes.pdfUntagged = statSync(file).size
    },
    { iterations: 3, warmupIterations: 0 }
  )
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  const line = (name: string, values: number[], target: number | null, size?: string) => {
    const median = quantile(values, 0.5)
    const verdict = target === null ? '' : `   (target <= ${target >= 1000 ? `${target / 1000} s` : `${target} ms`}: ${median <= target ? 'met' : 'NOT MET'})`
    return `  ${name.padEnd(24)} median ${ms(median)}, max ${ms(Math.max(...values))}${size ? `, ${size}` : ''}${verdict}`
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
  console.log(
    [
      '',
      `Brief benchmark (${CLAIMS.toLocaleString('en')} claims, ${briefCards(doc).length.toLocaleString('en')} cards, ${library.sources.length} sources)`,
      `  assemble, first run:     ${ms(cold)} (formats the bibliography with citeproc)`,
      line('assemble, again:', samples.assemble, null),
      line('Markdown:', samples.markdown, 200, `${kb(sizes.markdown)}`),
      line('HTML:', samples.html, 200, `${kb(sizes.html)}`),
      line('DOCX:', samples.docx, 2000, `${kb(sizes.docx)}`),
      line('PDF (Chromium):', samples.pdf, 5000, `${kb(sizes.pdf)}`),
      line('PDF, untagged:', samples.pdfUntagged, 5000, `${kb(sizes.pdfUntagged)}`),
      `  (load average while running: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${availableParallelism()} cores)`,
      ''
    ].join('\n')
  )
})
