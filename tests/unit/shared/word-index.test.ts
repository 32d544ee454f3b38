import fc from 'fast-check'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { SEARCH_OPTIONS } from '../../../shared/search/library-search'
import { WordIndex, wordsOf } from '../../../shared/search/word-index'

// Words that share beginnings and lie one edit apart, so prefix and fuzzy matching have work to do.
const VOCABULARY = ['union', 'unions', 'unit', 'united', 'onion', 'perpetual', 'perpetuity', 'secede', 'secession', 'state', 'states', 'statue', 'Éire', '§3', 'tax', 'taxes', 'the', 'of']
const SEPARATORS = [' ', ', ', '\n', ' — ', '. ', '; ', ' (', ') ']

const wordArb = fc.constantFrom(...VOCABULARY).chain((word) => fc.constantFrom(word, word.toUpperCase(), word[0]?.toUpperCase() + word.slice(1)))
const textArb = fc.array(fc.tuple(wordArb, fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((parts) => parts.flat().join(''))
const docArb = fc.tuple(textArb, textArb, textArb)
/** A query word: a word as indexed, its beginning, or a typo of it. */
const queryWordArb = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.constantFrom(...VOCABULARY).map((w) => w.slice(0, 3)),
  fc.tuple(fc.constantFrom(...VOCABULARY), fc.nat()).map(([w, n]) => w.slice(0, n % w.length) + 'x' + w.slice((n % w.length) + 1))
)
const queryArb = fc.array(queryWordArb, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '))

/** MiniSearch set up to index and rank as the WordIndex promises to. */
function miniSearchOf(docs: ReadonlyArray<readonly string[]>, ids: readonly number[]) {
  const mini = new MiniSearch<{ id: number; f0: string; f1: string; f2: string }>({
    fields: ['f0', 'f1', 'f2'],
    tokenize: (text) => wordsOf(text, SEARCH_OPTIONS.stopWords),
    processTerm: (word) => word,
    searchOptions: {
      boost: { f0: SEARCH_OPTIONS.boosts[0] as number, f1: SEARCH_OPTIONS.boosts[1] as number, f2: SEARCH_OPTIONS.boosts[2] as number },
      prefix: SEARCH_OPTIONS.prefix,
      fuzzy: (word) => (SEARCH_OPTIONS.fuzzy(word) > 0 ? 0.2 : false),
      maxFuzzy: 1,
      combineWith: 'AND'
    }
  })
  mini.addAll(docs.map(([f0 = '', f1 = '', f2 = ''], i) => ({ id: ids[i] as number, f0, f1, f2 })))
  return mini
}

function expectSameRanking(index: WordIndex, mini: MiniSearch, query: string) {
  const ours = index.search(query, 10_000)
  const theirs = mini.search(query)
  expect(ours.map((f) => f.doc).sort((a, b) => a - b)).toEqual(theirs.map((r) => r.id as number).sort((a, b) => a - b))
  const byId = new Map(theirs.map((r) => [r.id as number, r]))
  for (const found of ours) {
    const their = byId.get(found.doc)
    expect(Math.abs(found.score - (their?.score ?? NaN))).toBeLessThan(1e-9 * Math.max(1, found.score))
    expect([...found.terms].sort()).toEqual([...(their?.terms ?? [])].sort())
  }
  for (let i = 1; i < ours.length; i++) expect((ours[i - 1] as { score: number }).score).toBeGreaterThanOrEqual((ours[i] as { score: number }).score)
}

describe('word index', () => {
  it('finds and ranks exactly what MiniSearch with the same settings finds', () => {
    fc.assert(
      fc.property(fc.array(docArb, { minLength: 1, maxLength: 25 }), fc.array(queryArb, { minLength: 1, maxLength: 5 }), (docs, queries) => {
        const index = new WordIndex(SEARCH_OPTIONS)
        const ids = docs.map((fields) => index.add(fields))
        const mini = miniSearchOf(docs, ids)
        for (const query of queries) expectSameRanking(index, mini, query)
      }),
      { numRuns: 300 }
    )
  })

  it('after documents are removed and added, ranks as an index built afresh from what is left', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 20 }),
        fc.array(fc.oneof(fc.record({ remove: fc.nat() }), fc.record({ add: docArb })), { maxLength: 20 }),
        fc.array(queryArb, { minLength: 1, maxLength: 4 }),
        (initial, changes, queries) => {
          const index = new WordIndex(SEARCH_OPTIONS)
          const live = new Map<number, readonly string[]>()
          for (const fields of initial) live.set(index.add(fields), fields)
          for (const change of changes) {
            if ('add' in change) live.set(index.add(change.add), change.add)
            else {
              const doc = [...live.keys()][change.remove % Math.max(1, live.size)]
              if (doc !== undefined) {
                index.remove(doc)
                live.delete(doc)
              }
            }
          }
          expect(index.size).toBe(live.size)
          const mini = miniSearchOf([...live.values()], [...live.keys()])
          for (const query of queries) expectSameRanking(index, mini, query)
        }
      ),
      { numRuns: 200 }
    )
  })

  it('keeps to the limit, best first, and finds nothing for stop words alone or an empty query', () => {
    const index = new WordIndex(SEARCH_OPTIONS)
    for (let i = 0; i < 50; i++) index.add([i % 2 ? 'Union' : 'other', 'the union is perpetual '.repeat(1 + (i % 5)), ''])
    const found = index.search('union', 5)
    expect(found).toHaveLength(5)
    expect(found.every((f) => f.doc % 2 === 1)).toBe(true)
    expect(index.search('the of', 10)).toEqual([])
    expect(index.search('  ', 10)).toEqual([])
  })

  it('forgets a removed document and a word no document has any more', () => {
    const index = new WordIndex(SEARCH_OPTIONS)
    const kept = index.add(['Union', '', ''])
    const gone = index.add(['Secession', '', ''])
    index.remove(gone)
    index.remove(gone)
    expect(index.size).toBe(1)
    expect(index.search('secession', 10)).toEqual([])
    expect(index.search('sec', 10)).toEqual([])
    expect(index.fieldsOf(gone)).toBeNull()
    expect(index.search('union', 10).map((f) => f.doc)).toEqual([kept])
  })
})
