/**
 * Libraries for brief tests and benchmarks: the generated claim tree of generate.ts, with
 * sources of every common kind and evidence cards on the claims, some underlined and
 * highlighted, some altered, some with text chosen to trip up escaping.
 */
import type { Library } from '../../shared/model/library'
import { QuoteSchema, type Quote, type Source } from '../../shared/model/source'
import { generateLibrary } from './generate'

const NOW = '2026-01-01T00:00:00.000Z'

/** Card texts that break naive exporters: each must come out exactly as it is here. */
export const AWKWARD_TEXTS: readonly string[] = [
  '“Curly double” and ‘curly single’ quotes, an apostrophe’s place, and "straight" \'ones\' too.',
  'Under § 3 and §§ 4–7 — with an em dash — and an en dash, ¶ 12, 5 × 4 ≠ 19, and ½ of it.',
  '日本語の文章もそのまま残る。Ελληνικά: «Η ελευθερία» και ο νόμος. Русский текст тоже.',
  'Markdown *stars*, _underscores_, `backticks`, [brackets](and parens), # hashes, | pipes |, ~~tildes~~, and a \\ backslash.',
  '<script>alert("x")</script> & &amp; &lt;b&gt; <b>not bold</b> <!-- not a comment --> ]]> <w:t>not xml</w:t>',
  '- a line that looks like a list\n1. and one like a numbered list\n> and one like a quote\n# and one like a heading\n\nAfter a blank line.',
  '  Leading spaces,   inner runs of spaces,\tand a tab, then trailing spaces.  ',
  'Emoji and other astral characters: 🏛️ ⚖️ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, combining e\u0301 and a ﬁ ligature.'
]

/** A card of about `length` characters built from the awkward texts, as sentences that wrap. */
export function longText(length: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < length; i++) {
    const piece = `${i + 1}: ${(AWKWARD_TEXTS[i % 3] as string).replace(/\n/g, ' ')} `
    parts.push(piece)
    size += piece.length
  }
  return parts.join('').slice(0, length).trimEnd()
}

const KINDS: Array<Source['kind']> = ['article', 'book', 'web', 'poll', 'interview', 'article']

function source(index: number): Source {
  const kind = KINDS[index % KINDS.length] as Source['kind']
  return {
    id: `source-${index}`,
    kind,
    title: `Study ${index} of secession, consent & the “social contract”`,
    authors: index % 4 === 3 ? [{ literal: 'Pew Research Center' }] : [{ given: 'Ana', family: `Author${index}` }, ...(index % 3 === 0 ? [{ given: 'Bo', family: 'Ng' }] : [])],
    publisher: index % 2 === 0 ? 'University Press' : '',
    container: kind === 'article' || kind === 'web' ? `Journal ${index % 7}` : '',
    date: `20${String(10 + (index % 15)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`,
    url: kind === 'web' ? `https://example.org/${index}` : '',
    accessed: '',
    reporterCitation: '',
    qualifications: index % 2 === 0 ? 'Professor of Political Science, Example University' : '',
    origin: { kind: 'local' },
    createdAt: NOW,
    updatedAt: NOW
  }
}

const PARAGRAPH =
  'States formed the union by consent, and what consent made it can unmake, so the argument runs; ' +
  'but the Court in 1869 called the union “indissoluble”, and § 3 of Article IV speaks only of admission. '

function quote(index: number, sourceId: string, textLength: number): Quote {
  let text = PARAGRAPH.repeat(Math.ceil(textLength / PARAGRAPH.length)).slice(0, textLength).trimEnd()
  if (index % 10 === 0) text = `${AWKWARD_TEXTS[(index / 10) % AWKWARD_TEXTS.length]}\n\n${text}`
  const third = Math.floor(text.length / 3)
  return QuoteSchema.parse({
    id: `card-${index}`,
    sourceId,
    unitId: null,
    range: null,
    text,
    pinpoint: `p. ${1 + (index % 300)}`,
    speaker: '',
    tag: `Card ${index}: consent does not make a right to leave`,
    highlights: [
      { start: 0, end: third * 2, kind: 'underline' },
      { start: Math.floor(third / 2), end: third, kind: 'highlight' }
    ],
    note: index % 5 === 0 ? 'Read the highlighted part only.' : '',
    alteration: index % 25 === 0,
    origin: { kind: 'local' },
    createdAt: NOW,
    updatedAt: NOW
  })
}

/**
 * `generateLibrary(claims)` with `cards` cards spread over the claims in turn (card i backs
 * claim i mod claims), drawn from `sources` sources, each about `textLength` characters.
 */
export function generateBriefLibrary(claims: number, cards: number, options: { sources?: number; textLength?: number } = {}): Library {
  const base = generateLibrary(claims)
  const sources = Array.from({ length: options.sources ?? 60 }, (_, i) => source(i))
  const quotes = Array.from({ length: cards }, (_, i) => quote(i, (sources[i % sources.length] as Source).id, options.textLength ?? 600))
  const evidence = new Map<string, string[]>()
  quotes.forEach((q, i) => {
    const claimId = `claim-${i % claims}`
    evidence.set(claimId, [...(evidence.get(claimId) ?? []), q.id])
  })
  return {
    ...base,
    sources,
    quotes,
    claims: base.claims.map((c) => ({ ...c, evidence: evidence.get(c.id) ?? [] }))
  }
}
