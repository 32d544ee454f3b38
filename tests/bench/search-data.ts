import type { Quote } from '../../shared/model/source'
import { generateLibrary } from '../support/generate'

/**
 * The benchmark's library: 10,000 claims and 10,000 cards of varied text, as a real library
 * has. Words follow a Zipf-Mandelbrot law, P(rank r) proportional to 1 / (r + 50), over about
 * 4,000 words (stop words are not among them: the index leaves those out anyway). The debate
 * words sit among the commoner ranks, so the most common of them is in about one text in seven,
 * as a content word is in prose, not in almost every text.
 */
const DEBATE_WORDS = (
  'union secede economy amendment consent states warrant perpetual congress ballot federal governor guard court ' +
  'constitution treaty revenue tax water energy army border trade currency debt pension voters poll sovereignty ' +
  'referendum commission independence nation republic flag precedent revolution war peace migration climate'
).split(' ')
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'qu', 'est', 'li', 'bran', 'dol', 'fi', 'gar', 'hen', 'ix', 'jun']
const VOCABULARY: string[] = []
for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of SYLLABLES) VOCABULARY.push(a + b + c)
DEBATE_WORDS.forEach((word, i) => VOCABULARY.splice(5 + i * 10, 0, word))

let seed = 42
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const cumulative: number[] = []
VOCABULARY.reduce((sum, _word, rank) => {
  cumulative.push(sum + 1 / (rank + 1 + 50))
  return cumulative[cumulative.length - 1] as number
}, 0)
const total = cumulative[cumulative.length - 1] as number
function pick(): string {
  const target = random() * total
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if ((cumulative[mid] as number) < target) low = mid + 1
    else high = mid
  }
  return VOCABULARY[low] as string
}
const sentence = (n: number) => Array.from({ length: n }, pick).join(' ')
export const library = generateLibrary(10_000)
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
  alteration: false, paraphrase: false,
  origin: { kind: 'local' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}))
