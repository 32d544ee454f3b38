import MiniSearch from 'minisearch'
import type { Library } from '../model/library'
import { BUNDLED_TEXTS } from '../sources/bundled'

export type SearchKind = 'claim' | 'quote' | 'source' | 'unit'

interface SearchDoc {
  id: string
  kind: SearchKind
  title: string
  text: string
  tags: string
  /** The item found: a claim, card, source or (for a unit) its source. */
  refId: string
  motionId: string | null
  /** The source a card or unit is from. */
  sourceId: string | null
  unitId: string | null
}

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

type Indexed = Library['claims'][number] | Library['quotes'][number] | Library['sources'][number]

/**
 * One search over the bundled texts, the user's sources and cards, and every claim (MiniSearch:
 * prefix and fuzzy matching, tags and titles weigh more). Built once; after that each sync
 * re-indexes only the items whose object changed, which operations make cheap to tell.
 */
export class LibrarySearch {
  #mini = new MiniSearch<SearchDoc>({
    fields: ['title', 'text', 'tags'],
    processTerm: (term) => {
      const lower = term.toLowerCase()
      return STOP_WORDS.has(lower) ? null : lower
    },
    storeFields: ['kind', 'title', 'text', 'refId', 'motionId', 'sourceId', 'unitId'],
    searchOptions: {
      boost: { title: 3, tags: 2 },
      // Only the word being typed is a prefix (from its third letter), and only words of five
      // letters or more match fuzzily, one edit away: expanding short terms makes a query over
      // 20,000 items slow.
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 1,
      combineWith: 'AND'
    }
  })
  #seen = new Map<string, Indexed>()
  #library: Library | null = null

  constructor() {
    const units: SearchDoc[] = BUNDLED_TEXTS.flatMap((text) =>
      text.units.map((unit) => ({
        id: `unit:${text.id}:${unit.id}`,
        kind: 'unit' as const,
        title: `${text.title}, ${unit.label}`,
        text: unit.text,
        tags: '',
        refId: text.id,
        motionId: null,
        sourceId: text.id,
        unitId: unit.id
      }))
    )
    this.#mini.addAll(units)
  }

  /** Brings the index up to date with the library. */
  sync(library: Library): void {
    if (library === this.#library) return
    this.#library = library
    const present = new Set<string>()
    const visit = (id: string, item: Indexed, doc: () => SearchDoc) => {
      present.add(id)
      const before = this.#seen.get(id)
      if (before === item) return
      if (before) this.#mini.discard(id)
      this.#mini.add(doc())
      this.#seen.set(id, item)
    }
    for (const c of library.claims) {
      visit(`claim:${c.id}`, c, () => ({ id: `claim:${c.id}`, kind: 'claim', title: c.title, text: `${c.body}\n${c.notes}`, tags: c.tags.join(' '), refId: c.id, motionId: c.motionId, sourceId: null, unitId: null }))
    }
    for (const q of library.quotes) {
      visit(`quote:${q.id}`, q, () => ({ id: `quote:${q.id}`, kind: 'quote', title: q.tag, text: q.text, tags: `${q.pinpoint} ${q.speaker}`, refId: q.id, motionId: null, sourceId: q.sourceId, unitId: q.unitId }))
    }
    for (const s of library.sources) {
      const names = s.authors.map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`).join(' ')
      visit(`source:${s.id}`, s, () => ({ id: `source:${s.id}`, kind: 'source', title: s.title, text: `${names} ${s.publisher} ${s.container} ${s.qualifications}`, tags: s.kind, refId: s.id, motionId: null, sourceId: s.id, unitId: null }))
    }
    for (const id of [...this.#seen.keys()]) {
      if (!present.has(id)) {
        this.#mini.discard(id)
        this.#seen.delete(id)
      }
    }
  }

  query(text: string, limit = 30): SearchHit[] {
    if (!text.trim()) return []
    return this.#mini.search(text).slice(0, limit).map((result) => ({
      kind: result.kind as SearchKind,
      refId: result.refId as string,
      title: result.title as string,
      motionId: (result.motionId as string | null) ?? null,
      sourceId: (result.sourceId as string | null) ?? null,
      unitId: (result.unitId as string | null) ?? null,
      snippet: snippet(pickSnippetText(result.text as string, result.title as string, result.terms), result.terms),
      score: result.score
    }))
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
