import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assembleBrief, briefCards, type BriefClaim, type BriefDocument } from '../../../shared/brief/document'
import { BriefOptionsSchema, type BriefOptionsInput } from '../../../shared/brief/options'
import { formatBibliography } from '../../../shared/citations/format'
import { ApiError } from '../../../shared/errors'
import { moveClaim } from '../../../shared/operations/claims'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { generateBriefLibrary } from '../../support/brief-library'
import { testEnv } from '../shared/fixtures'
import { awkwardMotion } from './fixtures'

const fixture = awkwardMotion()
const id = fixture.claims as Record<string, string>

function brief(options: Partial<BriefOptionsInput> = {}, library: Library = fixture.library): BriefDocument {
  return assembleBrief(library, BriefOptionsSchema.parse({ motionId: fixture.motionId, ...options }))
}

/** A claim tree as ids, for comparing shapes. */
function shape(claims: readonly BriefClaim[]): unknown[] {
  return claims.map((c) => (c.children.length > 0 ? { [c.id]: shape(c.children) } : c.id))
}

describe('brief options', () => {
  it('fill in defaults: both sides, every level, cards and blocks, no notes, nothing shrunk, APA', () => {
    expect(BriefOptionsSchema.parse({ motionId: 'm1' })).toEqual({
      motionId: 'm1',
      side: 'both',
      depth: null,
      includeCards: true,
      includeBlocks: true,
      includeNotes: false,
      shrinkUnreadTo: null,
      style: 'apa',
      author: '',
      date: ''
    })
    expect(() => BriefOptionsSchema.parse({ motionId: 'm1', shrinkUnreadTo: 3 })).toThrow(/6, 7, 8, 9, 10 points/)
  })

  it('refuse a depth outside 1..20, an unknown side or style', () => {
    for (const bad of [{ depth: 0 }, { depth: 21 }, { depth: 1.5 }, { side: 'aff' }, { style: 'harvard' }]) {
      expect(BriefOptionsSchema.safeParse({ motionId: 'm1', ...bad }).success, JSON.stringify(bad)).toBe(false)
    }
  })
})

describe('assembleBrief', () => {
  it('refuses a motion that is not there', () => {
    expect(() => brief({ motionId: 'nope' })).toThrow(ApiError)
    expect(() => brief({ motionId: 'nope' })).toThrow('No motion with id "nope"')
  })

  it('gives the title page the motion, its format, the side, the author and the date as typed', () => {
    expect(brief({ side: 'pro', author: 'Zoë Ng', date: '14 March 2026' }).title).toEqual({
      motion: 'THBT states may “secede” — § 1 & <b>*all*</b> of it',
      format: 'Lincoln-Douglas',
      side: 'pro',
      sideLabel: 'Aff',
      author: 'Zoë Ng',
      date: '14 March 2026'
    })
    expect(brief().title.sideLabel).toBe('Aff and Neg')
  })

  it('makes one section per side asked for, pro first, with the format’s side labels', () => {
    expect(brief().sections.map((s) => [s.side, s.label, s.heading])).toEqual([
      ['pro', 'Aff', 'Aff: for the motion'],
      ['con', 'Neg', 'Neg: against the motion']
    ])
    expect(brief({ side: 'con' }).sections.map((s) => s.side)).toEqual(['con'])
  })

  it('takes a side’s contentions in the map’s order, each with its own side’s supports nested beneath', () => {
    const [pro, con] = brief().sections
    expect(shape(pro?.contentions ?? [])).toEqual([{ [id.consent]: [{ [id.onlySource]: [id.locke] }] }, id.selfDetermination])
    expect(shape(con?.contentions ?? [])).toEqual([{ [id.union]: [id.history] }])
    expect(pro?.contentions[0]?.children[0]?.level).toBe(2)
  })

  it('follows a reordering of the map', () => {
    const moved = moveClaim(fixture.library, { claimId: id.selfDetermination, parentId: null, index: 0 }, testEnv()).library
    expect(brief({ side: 'pro' }, moved).sections[0]?.contentions.map((c) => c.id)).toEqual([id.selfDetermination, id.consent])
  })

  it('puts our answers to each claim of the other side in blocks, in the map’s reading order', () => {
    const [pro, con] = brief().sections
    expect(pro?.blocks?.map((b) => [b.answering.tag, shape(b.answers)])).toEqual([
      ['The union is “indissoluble”', [id.wrong]],
      ['Stare decisis keeps it', []],
      ['Union — the <i>Constitution</i> binds “perpetually”', [id.force]]
    ])
    expect(con?.blocks?.map((b) => [b.answering.id, shape(b.answers)])).toEqual([
      [id.consent, [id.indissoluble]],
      [id.wrong, [id.stare]],
      [id.force, []]
    ])
    expect(brief({ includeBlocks: false }).sections.map((s) => s.blocks)).toEqual([null, null])
  })

  it('lists the other side’s attacks on our claims that we have not answered yet, marked unanswered', () => {
    const [pro, con] = brief().sections
    // "Stare decisis keeps it" (con) attacks our answer "Texas v. White was wrongly decided"; nothing of ours answers it.
    expect(pro?.blocks?.filter((b) => b.unanswered).map((b) => b.answering.id)).toEqual([id.stare])
    expect(pro?.blocks?.filter((b) => !b.unanswered).every((b) => b.answers.length > 0)).toBe(true)
    // "Union by force is no union" attacks con's contention (so it is pro's); con has not answered it.
    expect(con?.blocks?.filter((b) => b.unanswered).map((b) => b.answering.id)).toEqual([id.force])
    // Left out with the blocks.
    expect(brief({ includeBlocks: false }).sections.every((s) => s.blocks === null)).toBe(true)
  })

  it('stops at the depth asked for, counted from the motion, in blocks as in contentions', () => {
    const one = brief({ depth: 1 }).sections[0]
    expect(shape(one?.contentions ?? [])).toEqual([id.consent, id.selfDetermination])
    expect(one?.blocks).toEqual([])
    const two = brief({ depth: 2 }).sections[0]
    expect(shape(two?.contentions ?? [])).toEqual([{ [id.consent]: [id.onlySource] }, id.selfDetermination])
    expect(two?.blocks?.map((b) => b.answering.id)).toEqual([id.union])
    const three = brief({ depth: 3 }).sections[0]
    expect(three?.blocks?.map((b) => b.answering.id)).toEqual([id.indissoluble, id.union])
    expect(brief({ depth: 20 })).toEqual({ ...brief(), options: { ...brief().options, depth: 20 } })
  })

  it('includes notes only when asked, and leaves out empty ones', () => {
    const consent = (doc: BriefDocument) => doc.sections[0]?.contentions[0]
    expect(consent(brief())?.notes).toBeNull()
    expect(consent(brief({ includeNotes: true }))?.notes).toBe('Coach: lead with this.\nSecond line of the note.')
    expect(consent(brief({ includeNotes: true }))?.children[0]?.notes).toBeNull()
  })

  it('gives card text as marked runs, or only tag and cite without it', () => {
    const withText = briefCards(brief())
    const first = withText[0]
    expect(first?.text).toEqual([
      { text: '“Curly dou', underline: true, highlight: false },
      { text: 'ble” and ‘', underline: true, highlight: true },
      { text: 'curly single’ quotes', underline: false, highlight: true },
      { text: ', an apostrophe’s place, and "straight" \'ones\' too.', underline: false, highlight: false }
    ])
    const without = briefCards(brief({ includeCards: false }))
    expect(without.map((c) => c.text)).toEqual(withText.map(() => null))
    expect(without.map((c) => [c.tag, c.cite])).toEqual(withText.map((c) => [c.tag, c.cite]))
  })

  it('marks an altered card, and only that one', () => {
    const altered = briefCards(brief()).filter((c) => c.altered)
    expect(altered.map((c) => c.tag)).toEqual(['New States'])
  })

  it('cites with the author and date emphasised, and constitutions and cases in legal form', () => {
    const cites = new Map(briefCards(brief()).map((c) => [c.tag, c.cite]))
    expect(cites.get('Awkward 0: “tag” <u>0</u> *x*')).toEqual([
      { text: 'O’Connor & 山田 2025', emphasis: true },
      {
        text: ' [Jane O’Connor and Kenji 山田, Professor of Law, Université de Montréal, “Could California leave? It’s “complicated” — a § by § guide”, The Atlantic & <Co>, 2025-01-09, p. 1]',
        emphasis: false
      }
    ])
    expect(cites.get('Awkward 1: “tag” <u>1</u> *x*')?.map((s) => s.text)).toEqual(['YouGov 2025', ' [YouGov, “Poll for the Institute”, 2025-01, p. 2]'])
    expect(cites.get('New States')?.[0]).toEqual({ text: 'U.S. Const. art. IV, § 3, cl. 1', emphasis: true })
    expect(cites.get('Revocation only by revolution or consent')).toEqual([
      { text: 'Texas v. White, 74 U.S. 700, 726 (1869)', emphasis: true },
      { text: ' [Supreme Court of the United States]', emphasis: false }
    ])
  })

  it('says whom a card quotes only when it is not the author speaking', () => {
    const pack = readPack(readFileSync(new URL('../../../data/packs/california-secession.casebook', import.meta.url), 'utf8'))
    const library = mergePack(emptyLibrary(), pack, testEnv()).library
    const motionId = library.motions.find((m) => m.format === 'bp')!.id
    const cites = new Map(briefCards(assembleBrief(library, BriefOptionsSchema.parse({ motionId }))).map((c) => [c.tag, c.cite.map((s) => s.text).join('')]))
    expect(cites.get('Ruiz Evans: Californians don’t think like Americans')).not.toContain('quoting')
    expect(cites.get('Newsom: a day he hoped never to see')).not.toContain('quoting')
    expect(cites.get('CalExit’s question for the November 2028 ballot')).toContain('quoting CalExit')
  })

  it('lists every cited source once in the chosen style, with legal sources in legal form', () => {
    const apa = brief().bibliography
    expect(apa.heading).toBe('References')
    expect(apa.legal).toEqual(['Texas v. White, 74 U.S. 700 (1869).', 'U.S. Const.'])
    const sources = fixture.library.sources
    expect(apa.entries).toEqual(formatBibliography(sources, 'apa'))
    expect(brief({ style: 'mla' }).bibliography.heading).toBe('Works Cited')
    expect(brief({ style: 'mla' }).bibliography.entries).toEqual(formatBibliography(sources, 'mla'))
    expect(brief({ style: 'chicago' }).bibliography.entries).toEqual(formatBibliography(sources, 'chicago'))
  })

  it('cites only the sources of the cards in the brief', () => {
    // The Neg's cards are all from the article; the poll and the legal sources back the Aff.
    const neg = brief({ side: 'con' }).bibliography
    expect(neg.legal).toEqual([])
    expect(neg.entries).toHaveLength(1)
    expect(neg.entries[0]).toContain('O’Connor')
  })

  it('skips a card that is no longer in the library', () => {
    const library = { ...fixture.library, quotes: fixture.library.quotes.filter((q) => q.tag !== 'New States') }
    expect(briefCards(brief({}, library)).map((c) => c.tag)).not.toContain('New States')
  })

  it('prints every claim of a large map exactly once across both sides', () => {
    const library = generateBriefLibrary(400, 400)
    const doc = assembleBrief(library, BriefOptionsSchema.parse({ motionId: 'bench-motion' }))
    const seen: string[] = []
    const walk = (c: BriefClaim) => {
      seen.push(c.id)
      c.children.forEach(walk)
    }
    for (const section of doc.sections) {
      section.contentions.forEach(walk)
      section.blocks?.forEach((b) => b.answers.forEach(walk))
    }
    expect(seen.sort()).toEqual(library.claims.map((c) => c.id).sort())
    expect(briefCards(doc)).toHaveLength(400)
  })
})
