/**
 * Search over the Constitution plus 10,000 cards and 10,000 claims: building the index from
 * cold, and the time of a query. Targets: build <= 1 s; query p95 <= 10 ms.
 */
import { afterAll, bench, describe } from 'vitest'
import type { Quote } from '../../shared/model/source'
import { LibrarySearch } from '../../shared/search/library-search'
import { generateLibrary } from '../support/generate'
import { ms, quantile } from '../support/stats'

// Varied text, as a real library has: a few debate words, then thousands of rarer ones
// (made of syllables), drawn so that a few words are common and most are rare, as in prose.
const DEBATE_WORDS = (
  'union secede economy amendment consent states warrant perpetual congress ballot federal governor guard court ' +
  'constitution treaty revenue tax water energy army border trade currency debt pension voters poll sovereignty ' +
  'referendum commission independence nation republic flag precedent revolution war peace migration climate'
).split(' ')
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'qu', 'est', 'li', 'bran', 'dol', 'fi', 'gar', 'hen', 'ix', 'jun']
const VOCABULARY = [...DEBATE_WORDS]
for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of SYLLABLES) VOCABULARY.push(a + b + c)
let seed = 42
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const pick = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 3)] as string
const sentence = (n: number) => Array.from({ length: n }, pick).join(' ')
const library = generateLibrary(10_000)
library.claims = library.claims.map((c) => ({ ...c, title: sentence(8), body: sentence(25) }))
library.quotes = Array.from({ length: 10_000 }, (_, i): Quote => ({
  id: `quote-${i}`,
  sourceId: 'us-const',
  unitId: null,
  range: null,
  text: sentence(40),
  pinpoint: `p. ${i % 300}`,
  speaker: '',
  tag: sentence(6),
  highlights: [],
  note: '',
  alteration: false,
  origin: { kind: 'local' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}))
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
