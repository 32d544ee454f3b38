/**
 * A small motion, built with the app's own operations, whose every piece of text is awkward:
 * the map has both sides' contentions, supports and attacks several levels deep (so blocks and
 * depth have something to cut), cards cut from the bundled texts (one altered), pasted cards
 * with quotes, §, dashes, non-Latin scripts, markup look-alikes, and a 20,000-character card.
 *
 *   Consent [pro contention, order 0]           cards: awkward 0, 1; Texas v. White (cut)
 *   ├─ Consent is the only source [pro]         cards: awkward 2, the long card
 *   │  └─ Locke said so [pro]                   cards: U.S. Const. (cut, altered)
 *   └─ The union is indissoluble [con: theirs]  cards: awkward 3
 *      └─ Texas v. White was wrong [con: ours]  cards: awkward 4
 *         └─ Stare decisis [con: theirs again]
 *   Union [con contention, order 1]             cards: awkward 5
 *   ├─ History supports union [pro: theirs]
 *   └─ Union by force is no union [con: ours]   cards: awkward 6, 7
 *   Self-determination [pro contention, order 2]
 */
import { createMotion } from '../../../shared/operations/motions'
import { addClaim, editClaim } from '../../../shared/operations/claims'
import { createQuote, linkEvidence, updateQuote } from '../../../shared/operations/quotes'
import { createSource } from '../../../shared/operations/sources'
import { findUnit } from '../../../shared/sources/bundled'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { SourceFieldsSchema, type Quote } from '../../../shared/model/source'
import type { Stance } from '../../../shared/model/claim'
import { AWKWARD_TEXTS, longText } from '../../support/brief-library'
import { testEnv } from '../shared/fixtures'

export interface AwkwardMotion {
  library: Library
  motionId: string
  /** Claim ids by name, for assertions. */
  claims: Record<string, string>
  /** Every card in the library. */
  cards: Quote[]
}

export const MOTION_TITLE = 'THBT states may “secede” — § 1 & <b>*all*</b> of it'

export function awkwardMotion(): AwkwardMotion {
  const env = testEnv()
  let library = emptyLibrary()
  const apply = <T>(change: { library: Library; result: T }): T => {
    library = change.library
    return change.result
  }
  const motion = apply(createMotion(library, { title: MOTION_TITLE, format: 'ld' }, env))
  const claims: Record<string, string> = {}
  const add = (name: string, parent: string | null, stance: Stance, title: string, body = '') => {
    claims[name] = apply(addClaim(library, { motionId: motion.id, parentId: parent ? claims[parent] ?? null : null, stance, title, body }, env)).id
  }
  add('consent', null, 'pro', 'Consent: the *governed* may [withdraw] it', 'Line one of the warrant.\n# not a heading\n\n1. not a list')
  add('union', null, 'con', 'Union — the <i>Constitution</i> binds “perpetually”')
  add('selfDetermination', null, 'pro', 'Self-determination: Ελληνικά & 日本語 peoples decide')
  add('onlySource', 'consent', 'pro', 'Consent is the only source of authority')
  add('locke', 'onlySource', 'pro', 'Locke said so (§ 95)')
  add('indissoluble', 'consent', 'con', 'The union is “indissoluble”')
  add('wrong', 'indissoluble', 'con', 'Texas v. White was wrongly decided')
  add('stare', 'wrong', 'con', 'Stare decisis keeps it')
  add('history', 'union', 'pro', 'History supports union')
  add('force', 'union', 'con', 'Union by force is no union')
  apply(editClaim(library, { claimId: claims.consent as string, notes: 'Coach: lead with this.\nSecond line of the note.' }, env))

  const article = apply(
    createSource(
      library,
      SourceFieldsSchema.parse({
        kind: 'article',
        title: 'Could California leave? It’s “complicated” — a § by § guide',
        authors: [{ given: 'Jane', family: 'O’Connor' }, { given: 'Kenji', family: '山田' }],
        container: 'The Atlantic & <Co>',
        date: '2025-01-09',
        qualifications: 'Professor of Law, Université de Montréal'
      }),
      env
    )
  )
  const poll = apply(
    createSource(library, SourceFieldsSchema.parse({ kind: 'poll', title: 'Poll for the Institute', authors: [{ literal: 'YouGov' }], date: '2025-01' }), env)
  )
  const cards: Quote[] = []
  const card = (claim: string, input: Parameters<typeof createQuote>[1]) => {
    const quote = apply(createQuote(library, input, env))
    apply(linkEvidence(library, { claimId: claims[claim] as string, quoteId: quote.id, linked: true }, env))
    cards.push(quote)
    return quote
  }
  const pasted = (claim: string, index: number, sourceId = article.id) =>
    card(claim, { sourceId, text: AWKWARD_TEXTS[index] as string, pinpoint: `p. ${index + 1}`, tag: `Awkward ${index}: “tag” <u>${index}</u> *x*` })

  const first = pasted('consent', 0)
  // Overlapping marks, and one edge inside the surrogate pair of an emoji.
  apply(updateQuote(library, { quoteId: first.id, highlights: [{ start: 0, end: 20, kind: 'underline' }, { start: 10, end: 40, kind: 'highlight' }] }, env))
  pasted('consent', 1, poll.id)
  const p726 = findUnit('texas-v-white', 'p726')?.text ?? ''
  card('consent', { sourceId: 'texas-v-white', unitId: 'p726', range: { start: 0, end: p726.length }, tag: 'Revocation only by revolution or consent' })
  const emoji = pasted('onlySource', 7)
  const split = (AWKWARD_TEXTS[7] as string).indexOf('🏛') + 1
  apply(updateQuote(library, { quoteId: emoji.id, highlights: [{ start: split, end: split + 10, kind: 'highlight' }] }, env))
  const long = card('onlySource', { sourceId: article.id, text: longText(20_000), pinpoint: 'pp. 1–40', tag: 'A very long card' })
  apply(updateQuote(library, { quoteId: long.id, highlights: [{ start: 100, end: 5_000, kind: 'underline' }, { start: 19_000, end: 19_990, kind: 'highlight' }] }, env))
  const cut = card('locke', { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: 30 }, tag: 'New States' })
  apply(updateQuote(library, { quoteId: cut.id, text: `${cut.text} [...]`, alteration: true }, env))
  pasted('indissoluble', 3)
  pasted('wrong', 4)
  pasted('union', 5)
  pasted('force', 6)
  pasted('force', 2)
  // The cards as they ended up, marks and alterations included.
  const final = cards.map((c) => library.quotes.find((q) => q.id === c.id) as Quote)
  return { library, motionId: motion.id, claims, cards: final }
}
