/**
 * The reader over a long imported document: a 300 KB text in 3,000 paragraphs under 60 headings
 * (a 120-page report). Targets, so a keystroke in Find stays under a frame: a search p95 <= 16 ms;
 * the contents and one unit's marks, built on opening and on each step, p95 <= 16 ms together.
 */
import { afterAll, bench, describe } from 'vitest'
import { readerContents } from '../../shared/sources/contents'
import { findInUnits } from '../../shared/sources/find-in-text'
import { segmentsOf } from '../../shared/sources/text-segments'
import { ms, quantile } from '../support/stats'
import { BUNDLED_TEXTS } from '../../shared/sources/bundled'

// Real sentences (the Constitution's clauses) repeated to the size of a long report.
const sentences = BUNDLED_TEXTS.flatMap((text) => text.units.map((unit) => unit.text))
const units = Array.from({ length: 3000 }, (_, i) => ({
  id: `para-${i + 1}`,
  label: `¶ ${i + 1}`,
  heading: `Part ${Math.floor(i / 50) + 1}`,
  text: (sentences[i % sentences.length] ?? '').slice(0, 100)
}))
const size = units.reduce((sum, u) => sum + u.text.length, 0)
const queries = ['congress', 'the united states', 'z', 'state shall', 'habeas corpus', 'the']
const samples = { search: [] as number[], open: [] as number[] }

describe(`reader: ${units.length} paragraphs, ${Math.round(size / 1024)} KB`, () => {
  bench(
    'find as the user types',
    () => {
      const started = performance.now()
      findInUnits(units, queries[samples.search.length % queries.length] as string)
      samples.search.push(performance.now() - started)
    },
    { iterations: 120, warmupIterations: 5 }
  )
  bench(
    'contents, and the marks of a unit with matches',
    () => {
      const started = performance.now()
      readerContents(units, 'markdown')
      const unit = units[7] as (typeof units)[number]
      segmentsOf(unit.text, findInUnits([unit], 'the').map((m) => ({ ...m, kind: 'match' as const })))
      samples.open.push(performance.now() - started)
    },
    { iterations: 120, warmupIterations: 5 }
  )
})

afterAll(() => {
  const search = quantile(samples.search, 0.95)
  const open = quantile(samples.open, 0.95)
  console.log(
    [
      '',
      `Reader benchmark (${units.length} paragraphs, ${Math.round(size / 1024)} KB)`,
      `  find:             median ${ms(quantile(samples.search, 0.5))}, p95 ${ms(search)}   (target p95 <= 16 ms: ${search <= 16 ? 'met' : 'NOT MET'})`,
      `  contents + marks: median ${ms(quantile(samples.open, 0.5))}, p95 ${ms(open)}   (target p95 <= 16 ms: ${open <= 16 ? 'met' : 'NOT MET'})`,
      ''
    ].join('\n')
  )
})
