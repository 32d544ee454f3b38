/**
 * Search over the Constitution plus 10,000 cards and 10,000 claims: building the index from
 * cold, and the time of a query. Targets: build <= 1 s; query p95 <= 10 ms.
 */
import { afterAll, bench, describe } from 'vitest'
import { LibrarySearch } from '../../shared/search/library-search'
import { ms, quantile } from '../support/stats'

import { library } from './search-data'

const queries = ['union', 'secde', 'new states admitted', 'perpetual union', 'federal debt', 'amendment congress', 'full faith', 'econ', 'ballot consent', 'referendum turn']

const samples = { build: [] as number[], query: [] as number[], byQuery: new Map<string, number[]>() }
let index: LibrarySearch | null = null

describe('search: the Constitution, 10,000 cards and 10,000 claims', () => {
  bench(
    'build the index from cold',
    () => {
      const started = performance.now()
      const fresh = new LibrarySearch()
      fresh.sync(library)
      samples.build.push(performance.now() - started)
      index = fresh
    },
    { iterations: 4, warmupIterations: 1 }
  )

  bench(
    'one query',
    () => {
      if (!index) {
        index = new LibrarySearch()
        index.sync(library)
      }
      const query = queries[samples.query.length % queries.length] as string
      const started = performance.now()
      index.query(query, 30)
      const took = performance.now() - started
      samples.query.push(took)
      samples.byQuery.set(query, [...(samples.byQuery.get(query) ?? []), took])
    },
    { iterations: 300, warmupIterations: 10 }
  )
})

afterAll(() => {
  const build = quantile(samples.build, 0.5)
  const p95 = quantile(samples.query, 0.95)
  console.log(
    [
      '',
      'Search benchmark (Constitution + 10,000 cards + 10,000 claims)',
      `  build from cold: median ${ms(build)}   (target <= 1 s: ${build <= 1000 ? 'met' : 'NOT MET'})`,
      `  query:           median ${ms(quantile(samples.query, 0.5))}, p95 ${ms(p95)}   (target p95 <= 10 ms: ${p95 <= 10 ? 'met' : 'NOT MET'})`,
      '  by query (median):',
      ...[...samples.byQuery].map(([query, times]) => `    ${JSON.stringify(query).padEnd(24)} ${ms(quantile(times, 0.5))}`),
      ''
    ].join('\n')
  )
})
