import type { Library } from '../model/library'
import type { Source, SourceUnit } from '../model/source'
import { BUNDLED_TEXTS } from '../sources/bundled'
import { WordIndex, type WordIndexOptions } from './word-index'

export type SearchKind = 'claim' | 'quote' | 'source' | 'unit'

/** What a hit points at; the searchable text itself lives in the index. */
interface SearchDoc {
  kind: SearchKind
  /** The item found: a claim, card, source or (for a unit) its source. */
  refId: string
  motionId: string | null
  /** The source a card or unit is from. */
  sourceId: string | null
  unitId: string | null
}

/** Fields in index order: a title (a claim's title, a card's tag), the text, and tags. */
type Fields = [title: string, text: string, tags: string]

export interface SearchHit {
  kind: SearchKind
  refId: string
  title: string
  motionId: string | null
  sourceId: string | null
  unitId: string | null
  /** A short piece of the text around the first match, split so the page can mark the matches. */
  snippet: Array<{ text: string; match: boolean }>
  score: number
}

/** Words too common to help find anything; leaving them out keeps the index small and queries quick. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(' ')
)

/**
 * Titles and tags weigh more; only the word being typed is a prefix (from its third letter),
 * and only words of five letters or more match fuzzily, one edit away: expanding short words
 * makes a query over 20,000 items slow and noisy.
 */
export const SEARCH_OPTIONS: WordIndexOptions = {
  boosts: [3, 1, 2],
  stopWords: STOP_WORDS,
  prefix: (word, i, words) => i === words.length - 1 && word.length >= 3,
  fuzzy: (word) => (word.length >= 5 ? 1 : 0)
}

type Indexed = Library['claims'][number] | Library['quotes'][number] | Library['sources'][number]

/**
 * One search over the bundled texts, the user's sources and cards, and every claim. Built once;
 * after that each sync re-indexes only the items whose object changed, which operations make
 * cheap to tell.
 */
export class LibrarySearch {
  #index = new WordIndex(SEARCH_OPTIONS)
  /** Per document number, what it points at. */
  #docs: SearchDoc[] = []
  /** Per item key, the object last indexed and its document number. */
  #seen = new Map<string, { item: Indexed; doc: number }>()
  #library: Library | null = null
  /** Per imported document's source, the source last indexed (its title names each unit) and its units' document numbers. */
  #texts = new Map<string, { source: Source; docs: number[] }>()

  constructor() {
    for (const text of BUNDLED_TEXTS) {
      for (const unit of text.units) {
        this.#add([`${text.title}, ${unit.label}`, unit.text, ''], { kind: 'unit', refId: text.id, motionId: null, sourceId: text.id, unitId: unit.id })
      }
    }
  }

  /** The document sources whose text the index does not hold yet: the caller reads those and passes them to sync. */
  textsToRead(library: Library): Source[] {
    return library.sources.filter((s) => s.document && this.#texts.get(s.id)?.source !== s)
  }

  /**
   * Brings the index up to date with the library. `documentUnits` gives imported documents'
   * units by source id (read from their own files); a text not given is indexed on a later sync.
   */
  sync(library: Library, documentUnits: ReadonlyMap<string, readonly SourceUnit[]> = new Map()): void {
    if (library === this.#library && documentUnits.size === 0) return
    this.#syncTexts(library, documentUnits)
    if (library === this.#library) return
    this.#library = library
    const present = new Set<string>()
    const visit = (key: string, item: Indexed, fields: () => Fields, doc: SearchDoc) => {
      present.add(key)
      const before = this.#seen.get(key)
      if (before?.item === item) return
      if (before) this.#remove(before.doc)
      this.#seen.set(key, { item, doc: this.#add(fields(), doc) })
    }
    for (const c of library.claims) {
      visit(`claim:${c.id}`, c, () => [c.title, `${c.body}\n${c.notes}`, c.tags.join(' ')], { kind: 'claim', refId: c.id, motionId: c.motionId, sourceId: null, unitId: null })
    }
    for (const q of library.quotes) {
      visit(`quote:${q.id}`, q, () => [q.tag, q.text, `${q.pinpoint} ${q.speaker}`], { kind: 'quote', refId: q.id, motionId: null, sourceId: q.sourceId, unitId: q.unitId })
    }
    for (const s of library.sources) {
      const names = () => s.authors.map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`).join(' ')
      visit(`source:${s.id}`, s, () => [s.title, `${names()} ${s.publisher} ${s.container} ${s.qualifications}`, s.kind], { kind: 'source', refId: s.id, motionId: null, sourceId: s.id, unitId: null })
    }
    for (const [key, { doc }] of this.#seen) {
      if (!present.has(key)) {
        this.#remove(doc)
        this.#seen.delete(key)
      }
    }
  }

  /** Each unit of an imported document as a unit hit, as the bundled texts' are: a result opens the reader there. */
  #syncTexts(library: Library, documentUnits: ReadonlyMap<string, readonly SourceUnit[]>): void {
    const present = new Set<string>()
    for (const source of library.sources) {
      if (!source.document) continue
      present.add(source.id)
      const before = this.#texts.get(source.id)
      if (before?.source === source) continue
      const units = documentUnits.get(source.id)
      if (!units) continue
      before?.docs.forEach((doc) => this.#remove(doc))
      const docs = units.map((unit) =>
        this.#add([`${source.title}, ${unit.label}`, unit.text, ''], { kind: 'unit', refId: source.id, motionId: null, sourceId: source.id, unitId: unit.id })
      )
      this.#texts.set(source.id, { source, docs })
    }
    for (const [sourceId, { docs }] of this.#texts) {
      if (present.has(sourceId)) continue
      docs.forEach((doc) => this.#remove(doc))
      this.#texts.delete(sourceId)
    }
  }

  query(text: string, limit = 30): SearchHit[] {
    if (!text.trim()) return []
    return this.#index.search(text, limit).map(({ doc, score, terms }) => {
      const [title, body] = this.#index.fieldsOf(doc) as Fields
      return { ...(this.#docs[doc] as SearchDoc), title, snippet: snippet(pickSnippetText(body, title, terms), terms), score }
    })
  }

  #add(fields: Fields, doc: SearchDoc): number {
    const number = this.#index.add(fields)
    this.#docs[number] = doc
    return number
  }

  #remove(number: number): void {
    this.#index.remove(number)
    delete this.#docs[number]
  }
}

/** The text when a term matches in it, else the title (a tag or a clause's name). */
function pickSnippetText(text: string, title: string, terms: readonly string[]): string {
  const lower = text.toLowerCase()
  return terms.some((t) => lower.includes(t.toLowerCase())) ? text : title
}

/** About 160 characters around the first matched term, with every matched term marked. */
export function snippet(text: string, terms: readonly string[]): Array<{ text: string; match: boolean }> {
  const flat = text.replace(/\s+/g, ' ').trim()
  const lower = flat.toLowerCase()
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0)
  const first = hits.length > 0 ? Math.min(...hits) : 0
  const start = Math.max(0, first - 60)
  const window = flat.slice(start, start + 160)
  const escaped = terms.filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (escaped.length === 0) return [{ text: window, match: false }]
  // Whole words or their beginnings only: "x" must not light up the x in "Tax".
  const parts = window.split(new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})`, 'giu'))
  const lowered = new Set(terms.map((t) => t.toLowerCase()))
  const out = parts.filter(Boolean).map((part) => ({ text: part, match: lowered.has(part.toLowerCase()) }))
  if (start > 0) out.unshift({ text: '…', match: false })
  if (start + 160 < flat.length) out.push({ text: '…', match: false })
  return out
}
