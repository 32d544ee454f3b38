/** Exporting a pack: round trips exactly (a card's own cite line too), strips teacher material from a student edition, keeps ids stable. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/model/claim'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import type { Quote, Source } from '../../../shared/model/source'
import { exportPack } from '../../../shared/packs/export'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { packLibraryId } from '../../../shared/packs/to-library'
import { testEnv } from '../shared/fixtures'
import { json, smallPack } from './fixtures'

const AT = '2026-01-01T00:00:00.000Z'
const meta = { id: 'unit-one', title: 'Unit one', version: '1', author: 'T', organisation: '', license: '', description: '', debateFormat: 'other' as const, level: '' }

/** A motion whose claims form a random tree, citing random cards, with awkward text. */
const mapArbitrary = fc
  .array(
    fc.record({
      parent: fc.nat(),
      stance: fc.constantFrom('pro' as const, 'con' as const),
      title: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() === t && /[A-Za-z]/.test(t)),
      body: fc.string({ maxLength: 60 }),
      cite: fc.boolean(),
      quote: fc.string({ minLength: 1, maxLength: 80 }),
      // A card imported from a Verbatim file keeps its cite line ("" when the file gave none).
      cardCite: fc.option(fc.constantFrom('Bazzi, 19 – Mohamad Bazzi, a journalism professor', ''), { nil: undefined }),
      strength: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })
    }),
    { minLength: 1, maxLength: 30 }
  )
  .map((rows): Library => {
    const claims: Claim[] = []
    const quotes: Quote[] = []
    const source: Source = { id: 's1', kind: 'article', title: 'Source', authors: [], publisher: '', container: '', date: '', url: '', accessed: '', reporterCitation: '', qualifications: '', origin: { kind: 'local' }, createdAt: AT, updatedAt: AT }
    rows.forEach((row, i) => {
      const parentId = i === 0 || row.parent % (i + 1) === i ? null : (claims[row.parent % i]?.id ?? null)
      const order = claims.filter((c) => c.parentId === parentId).length
      if (row.cite) quotes.push({ id: `q${i}`, sourceId: 's1', unitId: null, range: null, text: row.quote, pinpoint: 'p. 1', speaker: '', tag: '', highlights: [], note: '', alteration: false, paraphrase: false, ...(row.cardCite === undefined ? {} : { cite: row.cardCite }), origin: { kind: 'local' }, createdAt: AT, updatedAt: AT })
      claims.push({ id: `c${i}`, motionId: 'm1', parentId, stance: row.stance, title: row.title, body: row.body, order, evidence: row.cite ? [`q${i}`] : [], tags: [], strength: row.strength, notes: '', origin: { kind: 'local' }, createdAt: AT, updatedAt: AT })
    })
    return {
      ...emptyLibrary(),
      motions: [{ id: 'm1', title: 'THW test', format: 'ld', sideLabels: { pro: 'Aff', con: 'Neg' }, description: '', origin: { kind: 'local' }, archived: false, createdAt: AT, updatedAt: AT }],
      claims,
      sources: [source],
      quotes
    }
  })

const content = ({ id: _i, motionId: _m, parentId: _p, evidence: _e, origin: _o, createdAt: _c, updatedAt: _u, ...rest }: Claim) => rest

describe('exporting a pack', () => {
  it('round trips: export then import reproduces the motion exactly', () => {
    fc.assert(
      fc.property(mapArbitrary, (library) => {
        const file = exportPack(library, { motionIds: ['m1'], meta, student: false, lock: {} })
        const imported = mergePack(emptyLibrary(), readPack(json(file)), testEnv()).library
        const idOf = (itemId: string) => packLibraryId('unit-one', itemId)
        for (const claim of library.claims) {
          const copy = imported.claims.find((c) => c.id === idOf(claim.id))
          expect(copy && content(copy)).toEqual(content(claim))
          expect(copy?.parentId).toBe(claim.parentId === null ? null : idOf(claim.parentId))
          expect(copy?.evidence).toEqual(claim.evidence.map(idOf))
        }
        for (const quote of library.quotes) {
          const copy = imported.quotes.find((q) => q.id === idOf(quote.id))
          expect(copy?.text).toBe(quote.text)
          expect(copy?.cite).toBe(quote.cite)
        }
        expect(imported.claims).toHaveLength(library.claims.length)
      }),
      { numRuns: 60 }
    )
  })

  it('gives a re-exported pack its items’ old ids back, so the next version updates them', () => {
    const library = mergePack(emptyLibrary(), readPack(json(smallPack())), testEnv()).library
    const file = exportPack(library, { motionIds: [packLibraryId('civics-unit', 'm1')], meta: { ...meta, id: 'civics-unit', version: '1.1', author: 'Ms Rivera' }, student: false, lock: {} })
    expect(file.claims.map((c) => c.id)).toEqual(['c1', 'c2'])
    expect(mergePack(library, readPack(json(file)), testEnv()).plan.counts.claims).toMatchObject({ added: 0, removed: 0 })
  })

  it('leaves teacher notes and model answers out of a student edition', () => {
    const library = mergePack(emptyLibrary(), readPack(json(smallPack())), testEnv()).library
    const file = exportPack(library, { motionIds: [packLibraryId('civics-unit', 'm1')], meta, student: true, lock: { quotes: true } })
    expect(file.meta.edition).toBe('student')
    expect(file.claims[0]?.notes).toBe('')
    expect(file.drills[0]).toMatchObject({ prompt: 'Answer “States matter as states”.', modelAnswer: '' })
    expect(file.quotes[0]?.locked).toBe(true)
    expect(file.claims[0]?.locked).toBe(false)
  })

  it('refuses an empty choice or a motion that is not there', () => {
    expect(() => exportPack(emptyLibrary(), { motionIds: [], meta, student: false, lock: {} })).toThrow(/at least one motion/)
    expect(() => exportPack(emptyLibrary(), { motionIds: ['nope'], meta, student: false, lock: {} })).toThrow(/No motion with id "nope"/)
  })
})
