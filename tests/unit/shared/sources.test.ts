import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyLibrary, LibrarySchema, type Library } from '../../../shared/model/library'
import { addClaim } from '../../../shared/operations/claims'
import { applyClaimPatch } from '../../../shared/operations/claim-patch'
import { libraryProblem, withoutDanglingEvidence } from '../../../shared/operations/integrity'
import { createMotion } from '../../../shared/operations/motions'
import { checkQuotes, createQuote, deleteQuote, linkEvidence, updateQuote } from '../../../shared/operations/quotes'
import { createSource, deleteSource, listSources, updateSource } from '../../../shared/operations/sources'
import { findUnit } from '../../../shared/sources/bundled'
import { testEnv } from './fixtures'

const ART4_SEC3 = findUnit('us-const', 'art4-sec3-cl1')!
const FIRST_SENTENCE_END = ART4_SEC3.text.indexOf('.') + 1

function withClaim() {
  const env = testEnv()
  const motion = createMotion(emptyLibrary(), { title: 'M' }, env)
  const claim = addClaim(motion.library, { motionId: motion.result.id, parentId: null, stance: 'con', title: 'No exit' }, env)
  return { env, library: claim.library, claimId: claim.result.id }
}

const source = { kind: 'article' as const, title: "Could California leave the United States? It's complicated.", authors: [], publisher: 'RNZ', container: '', date: '2025', url: '', accessed: '', reporterCitation: '', qualifications: '' }

describe('cutting cards', () => {
  it('takes exactly the text of the unit at the range, with the unit as pinpoint', () => {
    const { env, library } = withClaim()
    const { result } = createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: FIRST_SENTENCE_END } }, env)
    expect(result.text).toBe(ART4_SEC3.text.slice(0, FIRST_SENTENCE_END))
    expect(result.text.startsWith('New States may be admitted by the Congress into this Union')).toBe(true)
    expect(result.pinpoint).toBe('Art. IV, § 3, cl. 1')
    expect(result.alteration).toBe(false)
  })

  it('yields the exact substring for any range inside the unit (property)', () => {
    const { env, library } = withClaim()
    const length = ART4_SEC3.text.length
    fc.assert(
      fc.property(fc.nat(length - 1), fc.nat(length - 1), (a, b) => {
        const [start, end] = a === b ? [a, a + 1] : [Math.min(a, b), Math.max(a, b)]
        const { result } = createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start, end } }, env)
        expect(result.text).toBe(ART4_SEC3.text.substring(start, end))
      })
    )
  })

  it('refuses a range outside the unit, naming the part and its length', () => {
    const { env, library } = withClaim()
    const length = ART4_SEC3.text.length
    expect(() => createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 10, end: length + 5 } }, env)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: 'range', message: `The range 10–${length + 5} is outside Art. IV, § 3, cl. 1 (its text has ${length} characters)` })
    )
    expect(() => createQuote(library, { sourceId: 'us-const', unitId: 'art99', range: { start: 0, end: 1 } }, env)).toThrowError(
      expect.objectContaining({ code: 'not_found', path: 'unitId' })
    )
  })

  it('refuses text that is not what the source says at the range', () => {
    const { env, library } = withClaim()
    expect(() =>
      createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: 10 }, text: 'Old States' }, env)
    ).toThrowError(expect.objectContaining({ code: 'invalid_input', path: 'text' }))
  })

  it('stores pasted text as plain text: control characters go, markup stays as characters', () => {
    const { env, library } = withClaim()
    const made = createSource(library, source, env)
    const { result } = createQuote(made.library, { sourceId: made.result.id, text: 'Even if\u0000 this\r\npasses <b>"virtually"</b> §\u0007', pinpoint: 'para. 12' }, env)
    expect(result.text).toBe('Even if this\npasses <b>"virtually"</b> §')
    expect(() => createQuote(made.library, { sourceId: made.result.id, text: '\u0001 ' }, env)).toThrowError(expect.objectContaining({ path: 'text' }))
  })
})

describe('exactness after cutting', () => {
  it('refuses an edit to a cut card’s text unless it is saved as a marked alteration', () => {
    const { env, library } = withClaim()
    const cut = createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: FIRST_SENTENCE_END } }, env)
    const altered = cut.result.text.replace('by the Congress ', '. . . ')
    expect(() => updateQuote(cut.library, { quoteId: cut.result.id, text: altered }, env)).toThrowError(
      expect.objectContaining({ code: 'conflict', path: 'text' })
    )
    const marked = updateQuote(cut.library, { quoteId: cut.result.id, text: altered, alteration: true }, env)
    expect(marked.result).toMatchObject({ text: altered, alteration: true })
    expect(checkQuotes(marked.library)).toEqual([])
    // Putting the exact text back clears the mark.
    expect(updateQuote(marked.library, { quoteId: cut.result.id, text: cut.result.text }, env).result.alteration).toBe(false)
  })

  it('marks what an alteration left unmarked, and the check catches an altered card changed outside its marks', () => {
    const { env, library } = withClaim()
    const cut = createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: FIRST_SENTENCE_END } }, env)
    const edited = updateQuote(cut.library, { quoteId: cut.result.id, text: 'New States may be admitted by Congress into this Union;', alteration: true }, env)
    expect(edited.result.text).toBe('New States may be admitted by … Congress into this Union; …')
    expect(checkQuotes(edited.library)).toEqual([])
    const tampered: Library = { ...edited.library, quotes: edited.library.quotes.map((q) => ({ ...q, text: q.text.replace('Congress', 'President') })) }
    expect(checkQuotes(tampered)).toEqual([
      expect.objectContaining({ quoteId: cut.result.id, problem: `it changes Art. IV, § 3, cl. 1 at 0–${FIRST_SENTENCE_END} without marking it (… for words left out, [ ] for words added or changed)` })
    ])
  })

  it('an alteration cannot empty a card or replace all its words, and other edits leave its text alone', () => {
    const { env, library } = withClaim()
    const cut = createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: FIRST_SENTENCE_END } }, env)
    const edit = (text: string) => () => updateQuote(cut.library, { quoteId: cut.result.id, text, alteration: true }, env)
    expect(edit('   ')).toThrowError(expect.objectContaining({ code: 'invalid_input', path: 'text' }))
    expect(edit('The President decides')).toThrowError(expect.objectContaining({ code: 'invalid_input', path: 'text', message: expect.stringContaining('keep some of its source') }))
    // A card altered before marks were required keeps its text when only its tag changes (the check reports it).
    const old: Library = { ...cut.library, quotes: cut.library.quotes.map((q) => ({ ...q, text: 'New States may be admitted by Congress', alteration: true })) }
    const retagged = updateQuote(old, { quoteId: cut.result.id, tag: 'Admission' }, env)
    expect(retagged.result.text).toBe('New States may be admitted by Congress')
    expect(checkQuotes(retagged.library)).toHaveLength(1)
  })

  it('the check lists a tampered card with where it differs', () => {
    const { env, library } = withClaim()
    const cut = createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: 30 }, tag: 'Admission only' }, env)
    const tampered: Library = { ...cut.library, quotes: cut.library.quotes.map((q) => ({ ...q, text: q.text.replace('New', 'Old') })) }
    expect(checkQuotes(cut.library)).toEqual([])
    expect(checkQuotes(tampered)).toEqual([
      {
        quoteId: cut.result.id,
        sourceId: 'us-const',
        sourceMissing: false,
        tag: 'Admission only',
        source: 'Constitution of the United States',
        pinpoint: 'Art. IV, § 3, cl. 1',
        problem: 'its text differs from Art. IV, § 3, cl. 1 at 0–30'
      }
    ])
  })
})

describe('sources and evidence links', () => {
  it('links a card to a claim once, lists what uses each source, and unlinks on delete', () => {
    const { env, library, claimId } = withClaim()
    const made = createSource(library, source, env)
    const card = createQuote(made.library, { sourceId: made.result.id, text: 'It is complicated' }, env)
    let lib = linkEvidence(card.library, { claimId, quoteId: card.result.id, linked: true }, env).library
    lib = linkEvidence(lib, { claimId, quoteId: card.result.id, linked: true }, env).library
    expect(lib.claims[0]?.evidence).toEqual([card.result.id])
    const summary = listSources(lib, {}).find((s) => s.source.id === made.result.id)
    expect(summary).toMatchObject({ bundled: false, quoteCount: 1, claimCount: 1 })
    expect(listSources(lib, {}).filter((s) => s.bundled).map((s) => s.source.id)).toEqual(['us-const', 'ca-const-art3', 'texas-v-white'])
    expect(LibrarySchema.safeParse(lib).success && libraryProblem(lib)).toBeNull()

    const gone = deleteQuote(lib, { quoteId: card.result.id }).library
    expect(gone.claims[0]?.evidence).toEqual([])
    expect(libraryProblem(gone)).toBeNull()
  })

  it('asks before deleting a source that cards quote, and never leaves a card without its source', () => {
    const { env, library, claimId } = withClaim()
    const made = createSource(library, source, env)
    const card = createQuote(made.library, { sourceId: made.result.id, text: 'It is complicated' }, env)
    const linked = linkEvidence(card.library, { claimId, quoteId: card.result.id, linked: true }, env).library
    expect(() => deleteSource(linked, { sourceId: made.result.id })).toThrowError(
      expect.objectContaining({ code: 'conflict', message: `1 card quotes “${source.title}”. 1 claim relies on it and would lose that evidence. Delete it with the source, or keep the source.` })
    )
    const { library: after, result } = deleteSource(linked, { sourceId: made.result.id, deleteQuotes: true })
    expect(result.deletedQuoteIds).toEqual([card.result.id])
    expect(after.quotes).toEqual([])
    expect(after.claims[0]?.evidence).toEqual([])
    expect(libraryProblem(after)).toBeNull()
  })

  it('keeps bundled texts read-only', () => {
    const { env, library } = withClaim()
    expect(() => updateSource(library, { sourceId: 'us-const', title: 'Mine' }, env)).toThrowError(expect.objectContaining({ code: 'conflict' }))
    expect(() => deleteSource(library, { sourceId: 'texas-v-white' })).toThrowError(expect.objectContaining({ code: 'conflict' }))
  })
})

describe('evidence links and undo', () => {
  it('undoing a claim delete after its card was deleted puts the claim back without the missing card', () => {
    const { env, library, claimId } = withClaim()
    const made = createSource(library, source, env)
    const card = createQuote(made.library, { sourceId: made.result.id, text: 'It is complicated' }, env)
    const linked = linkEvidence(card.library, { claimId, quoteId: card.result.id, linked: true }, env).library
    const claimBefore = linked.claims.find((c) => c.id === claimId)!
    const motionId = claimBefore.motionId
    // Delete the claim, then the card; then undo the claim delete.
    const noClaim = { ...linked, claims: linked.claims.filter((c) => c.id !== claimId) }
    const noCard = deleteQuote(noClaim, { quoteId: card.result.id }).library
    const restored = applyClaimPatch(noCard, { motionId, put: [claimBefore], remove: [] }).library
    expect(restored.claims.find((c) => c.id === claimId)?.evidence).toEqual([])
    expect(libraryProblem(restored)).toBeNull()
  })

  it('a stored library with a link to a missing card opens with the link dropped, nothing else changed', () => {
    const { library, claimId } = withClaim()
    const dangling: Library = { ...library, claims: library.claims.map((c) => (c.id === claimId ? { ...c, evidence: ['gone'] } : c)) }
    expect(libraryProblem(dangling)).toBeNull()
    const repaired = withoutDanglingEvidence(dangling)
    expect(repaired.claims.find((c) => c.id === claimId)?.evidence).toEqual([])
    expect(withoutDanglingEvidence(library)).toBe(library)
  })
})

describe('rules found in review', () => {
  it('cuts cards from bundled texts only by part and range, and their pinpoint is where they were cut', () => {
    const { env, library } = withClaim()
    expect(() => createQuote(library, { sourceId: 'us-const', text: 'Anything at all' }, env)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: 'unitId' })
    )
    const cut = createQuote(library, { sourceId: 'us-const', unitId: 'art4-sec3-cl1', range: { start: 0, end: 10 }, pinpoint: 'art. I' }, env)
    expect(cut.result.pinpoint).toBe('Art. IV, § 3, cl. 1')
    expect(updateQuote(cut.library, { quoteId: cut.result.id, pinpoint: 'art. I' }, env).result.pinpoint).toBe('Art. IV, § 3, cl. 1')
  })

  it('clears the marks when the words change, since old offsets would mark other words', () => {
    const { env, library } = withClaim()
    const made = createSource(library, source, env)
    const card = createQuote(made.library, { sourceId: made.result.id, text: 'It is complicated' }, env)
    const marked = updateQuote(card.library, { quoteId: card.result.id, highlights: [{ start: 6, end: 17, kind: 'underline' }] }, env)
    expect(marked.result.highlights).toHaveLength(1)
    expect(updateQuote(marked.library, { quoteId: card.result.id, tag: 'Complicated' }, env).result.highlights).toHaveLength(1)
    expect(updateQuote(marked.library, { quoteId: card.result.id, text: 'It is simple' }, env).result.highlights).toEqual([])
  })

  it('keeps one-line card fields on one line, and a source update changes only the fields given', () => {
    const { env, library } = withClaim()
    const made = createSource(library, { ...source, authors: [{ literal: 'RNZ' }], publisher: 'RNZ' }, env)
    const card = createQuote(made.library, { sourceId: made.result.id, text: 'x', tag: 'No\nexit\u0007', pinpoint: 'para.\t4' }, env)
    expect(card.result).toMatchObject({ tag: 'No exit', pinpoint: 'para. 4' })
    const renamed = updateSource(made.library, { sourceId: made.result.id, title: 'A new title' }, env)
    expect(renamed.result).toMatchObject({ title: 'A new title', publisher: 'RNZ', authors: [{ literal: 'RNZ' }] })
  })
})
