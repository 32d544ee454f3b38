import SearchableMap from 'minisearch/SearchableMap'

/**
 * An inverted index that ranks as MiniSearch's search does (BM25+, field boosts, prefix and
 * fuzzy weights, AND of the query's words) when MiniSearch splits words the same way (lower
 * case, stop words left out, so a field's length counts its distinct indexed words), built for
 * bulk loads. Equal scores come in the order documents were added.
 *
 * Why not the MiniSearch class itself: it walks its radix tree and sets a Map entry for every
 * word of every document, which for the Constitution plus 20,000 cards and claims (~840,000
 * words) took 1.3-2.4 s on a 2-core machine (`npm run bench`; the target is 1 s). Here the radix
 * tree (MiniSearch's SearchableMap, which does the prefix and fuzzy look-ups) holds each
 * distinct word once, and a word's postings are a flat array. A test checks the ranking against
 * MiniSearch configured the same way.
 */

/** Splits at line breaks, spaces and punctuation, as MiniSearch's default tokenizer does. */
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u

/** MiniSearch's defaults. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

export interface WordIndexOptions {
  /** One boost per field; documents give their fields in this order. */
  boosts: readonly number[]
  /** Words left out of the index and of queries. */
  stopWords: ReadonlySet<string>
  /** Whether the i-th of a query's words also matches the words it begins. */
  prefix: (word: string, i: number, words: readonly string[]) => boolean
  /** How many edits away a query word may be from an indexed word (0: none). */
  fuzzy: (word: string) => number
}

export interface Found {
  /** The document's number, as `add` returned it. */
  doc: number
  score: number
  /** The indexed words that matched (prefix and fuzzy matches included), for marking them. */
  terms: string[]
}

/** The words of a text as the index sees them: lower case, no stop words. */
export function wordsOf(text: string, stopWords: ReadonlySet<string>): string[] {
  return text
    .toLowerCase()
    .split(SEPARATORS)
    .filter((word) => word !== '' && !stopWords.has(word))
}

/** BM25+ as MiniSearch computes it. */
function bm25(termFrequency: number, matching: number, total: number, length: number, averageLength: number): number {
  const inverseFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
  return inverseFrequency * (BM25.d + (termFrequency * (BM25.k + 1)) / (termFrequency + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength)))
}

export class WordIndex {
  readonly #options: WordIndexOptions
  /** Word -> its number, twice: a Map for indexing (fast), the radix tree for prefix and fuzzy look-ups. */
  readonly #ids = new Map<string, number>()
  readonly #vocabulary = new SearchableMap<number>()
  /** Per word number, per field: [doc, frequency, doc, frequency, ...]. */
  readonly #postings: number[][][] = []
  /** Per document: its fields' texts (null once removed), and per field how many distinct words it has. */
  readonly #fields: Array<readonly string[] | null> = []
  readonly #lengths: number[][] = []
  readonly #totalLengths: number[]
  #live = 0

  constructor(options: WordIndexOptions) {
    this.#options = options
    this.#totalLengths = options.boosts.map(() => 0)
  }

  get size(): number {
    return this.#live
  }

  /** Indexes a document's fields (in the boosts' order) and returns its number. */
  add(fields: readonly string[]): number {
    const doc = this.#fields.length
    this.#fields.push(fields)
    this.#lengths.push(
      fields.map((text, field) => {
        const counts = this.#count(text)
        for (const [word, frequency] of counts) this.#postingsOf(word, true)[field]?.push(doc, frequency)
        this.#totalLengths[field] = (this.#totalLengths[field] as number) + counts.size
        return counts.size
      })
    )
    this.#live++
    return doc
  }

  /** Takes a document out; its number is not reused. */
  remove(doc: number): void {
    const fields = this.#fields[doc]
    if (!fields) return
    fields.forEach((text, field) => {
      const counts = this.#count(text)
      for (const word of counts.keys()) {
        const lists = this.#postingsOf(word, false)
        const list = lists?.[field]
        if (!lists || !list) continue
        for (let i = 0; i < list.length; i += 2) {
          if (list[i] === doc) {
            list.splice(i, 2)
            break
          }
        }
        if (lists.every((l) => l.length === 0)) {
          this.#ids.delete(word)
          this.#vocabulary.delete(word)
        }
      }
      this.#totalLengths[field] = (this.#totalLengths[field] as number) - counts.size
    })
    this.#fields[doc] = null
    this.#lengths[doc] = []
    this.#live--
  }

  /** The fields a document was added with. */
  fieldsOf(doc: number): readonly string[] | null {
    return this.#fields[doc] ?? null
  }

  /** Documents matching every word of the query, best first, at most `limit`. */
  search(query: string, limit: number): Found[] {
    const words = wordsOf(query, this.#options.stopWords)
    if (words.length === 0) return []
    const docs = this.#fields.length
    const score = new Float64Array(docs)
    // How many of the query's words a document has matched so far: AND means it must keep up.
    const matched = new Int32Array(docs)
    const complete: number[] = []
    const expansions = words.map((word, i) => this.#expand(word, i, words))
    expansions.forEach((expansion, i) => {
      for (const { id, weight } of expansion) {
        const lists = this.#postings[id] as number[][]
        lists.forEach((list, field) => {
          const boost = (this.#options.boosts[field] as number) * weight
          const matching = list.length / 2
          const average = (this.#totalLengths[field] as number) / this.#live
          for (let p = 0; p < list.length; p += 2) {
            const doc = list[p] as number
            if ((matched[doc] as number) < i) continue
            if (matched[doc] === i) {
              matched[doc] = i + 1
              if (i === words.length - 1) complete.push(doc)
            }
            score[doc] = (score[doc] as number) + boost * bm25(list[p + 1] as number, matching, this.#live, this.#lengths[doc]?.[field] as number, average)
          }
        })
      }
    })
    // MiniSearch multiplies by the number of distinct query words matched: with AND, all of them.
    const quality = new Set(words).size
    complete.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b)
    const expanded = new Set(expansions.flatMap((expansion) => expansion.map((e) => e.word)))
    return complete.slice(0, limit).map((doc) => ({ doc, score: (score[doc] as number) * quality, terms: this.#termsIn(doc, expanded) }))
  }

  /** The indexed words a query word stands for, with MiniSearch's weights; the same word once. */
  #expand(word: string, i: number, words: readonly string[]): Array<{ id: number; word: string; weight: number }> {
    const found = new Map<string, { id: number; word: string; weight: number }>()
    const exact = this.#ids.get(word)
    if (exact !== undefined) found.set(word, { id: exact, word, weight: 1 })
    if (this.#options.prefix(word, i, words)) {
      for (const [longer, id] of this.#vocabulary.atPrefix(word)) {
        const distance = longer.length - word.length
        if (distance > 0) found.set(longer, { id, word: longer, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance) })
      }
    }
    const edits = this.#options.fuzzy(word)
    if (edits > 0) {
      for (const [near, [id, distance]] of this.#vocabulary.fuzzyGet(word, edits)) {
        if (distance > 0 && !found.has(near)) found.set(near, { id, word: near, weight: (FUZZY_WEIGHT * near.length) / (near.length + distance) })
      }
    }
    return [...found.values()]
  }

  /** Which of the matched words a document contains, in the order it has them. */
  #termsIn(doc: number, expanded: ReadonlySet<string>): string[] {
    const terms = new Set<string>()
    for (const text of this.#fields[doc] ?? []) for (const word of wordsOf(text, this.#options.stopWords)) if (expanded.has(word)) terms.add(word)
    return [...terms]
  }

  /** Each distinct word of a text and how often it occurs. */
  #count(text: string): Map<string, number> {
    const counts = new Map<string, number>()
    for (const word of wordsOf(text, this.#options.stopWords)) counts.set(word, (counts.get(word) ?? 0) + 1)
    return counts
  }

  #postingsOf(word: string, create: true): number[][]
  #postingsOf(word: string, create: false): number[][] | undefined
  #postingsOf(word: string, create: boolean): number[][] | undefined {
    let id = this.#ids.get(word)
    if (id === undefined) {
      if (!create) return undefined
      id = this.#postings.length
      this.#postings.push(this.#options.boosts.map(() => []))
      this.#ids.set(word, id)
      this.#vocabulary.set(word, id)
    }
    return this.#postings[id]
  }
}
