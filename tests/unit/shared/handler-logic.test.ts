/** Logic that handlers once held inline, now pure functions in shared/: what a source is used by, a pack's counts, a flow's print page. */
import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/contract'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import type { FlowSheet } from '../../../shared/model/practice'
import { addClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import { createQuote, linkEvidence, listQuotes } from '../../../shared/operations/quotes'
import { createSource, getSourceDetail } from '../../../shared/operations/sources'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { listPacks } from '../../../shared/packs/summary'
import { flowPrintPage } from '../../../shared/practice/flow-html'
import { json, smallPack } from '../packs/fixtures'
import { testEnv } from './fixtures'

/** A motion with two claims, a source with two cards: the first claim cites both, the second one. */
function citedLibrary() {
  const env = testEnv()
  let library = emptyLibrary()
  const apply = <T>(step: (library: Library) => { library: Library; result: T }): T => {
    const next = step(library)
    library = next.library
    return next.result
  }
  const motion = apply((l) => createMotion(l, contract['motion.create'].input.parse({ title: 'THW ban cars' }), env))
  const source = apply((l) => createSource(l, contract['source.create'].input.parse({ kind: 'web', title: 'Air report' }), env))
  const first = apply((l) => addClaim(l, contract['claim.add'].input.parse({ motionId: motion.id, parentId: null, stance: 'pro', title: 'Clean air' }), env))
  const second = apply((l) => addClaim(l, contract['claim.add'].input.parse({ motionId: motion.id, parentId: null, stance: 'con', title: 'Jobs' }), env))
  const a = apply((l) => createQuote(l, contract['quote.create'].input.parse({ sourceId: source.id, text: 'Air got cleaner.' }), env))
  const b = apply((l) => createQuote(l, contract['quote.create'].input.parse({ sourceId: source.id, text: 'Asthma fell.' }), env))
  for (const [claimId, quoteId] of [[first.id, a.id], [first.id, b.id], [second.id, b.id]] as const) {
    apply((l) => linkEvidence(l, { claimId, quoteId, linked: true }, env))
  }
  return { library, motion, source, first, second, a, b }
}

describe('getSourceDetail', () => {
  it('lists every claim citing one of the source’s cards, once per card cited', () => {
    const { library, motion, source, first, second, a, b } = citedLibrary()
    const detail = getSourceDetail(library, source.id)
    expect(detail.quotes.map((q) => q.id)).toEqual([a.id, b.id])
    expect(detail.bundled).toBe(false)
    expect(detail.usedBy).toEqual([
      { claimId: first.id, motionId: motion.id, title: 'Clean air', quoteId: a.id },
      { claimId: first.id, motionId: motion.id, title: 'Clean air', quoteId: b.id },
      { claimId: second.id, motionId: motion.id, title: 'Jobs', quoteId: b.id }
    ])
  })

  it('names a source that is not there', () => {
    expect(() => getSourceDetail(emptyLibrary(), 'gone')).toThrow(/gone/)
  })
})

describe('listQuotes', () => {
  it('puts the newest card first', () => {
    const { library, a, b } = citedLibrary()
    expect(listQuotes(library).map((q) => q.id)).toEqual([b.id, a.id])
  })
})

describe('listPacks', () => {
  it('counts only the items each pack brought, kind by kind', () => {
    const env = testEnv()
    let library = mergePack(citedLibrary().library, readPack(json(smallPack())), env).library
    library = mergePack(library, readPack(json({ ...smallPack(), meta: { ...smallPack().meta, id: 'other-unit', title: 'Other' }, claims: [], quotes: [], drills: [] })), env).library
    expect(listPacks(library).map((p) => [p.id, p.counts])).toEqual([
      ['civics-unit', { motions: 1, claims: 2, quotes: 1, drills: 1 }],
      ['other-unit', { motions: 1, claims: 0, quotes: 0, drills: 0 }]
    ])
  })
})

describe('flowPrintPage', () => {
  const AT = '2026-01-01T00:00:00.000Z'
  const sheet = (motionId: string | null): FlowSheet => ({
    id: 'f1',
    title: 'Round one',
    motionId,
    formatId: 'bp',
    columns: [{ name: 'Prime Minister', side: 'pro' }],
    rows: [],
    createdAt: AT,
    updatedAt: AT
  })

  it('prints a flow under its motion’s title and side labels, named after the flow', () => {
    const { library, motion } = citedLibrary()
    const withFlow = { ...library, motions: library.motions.map((m) => ({ ...m, sideLabels: { pro: 'Gov', con: 'Opp' } })), flowSheets: [sheet(motion.id)] }
    const page = flowPrintPage(withFlow, 'f1')
    expect(page.fileName).toBe('Round-one.pdf')
    expect(page.html).toContain('THW ban cars')
    expect(page.html).toContain('<span class="side">Gov</span>')
  })

  it('prints a flow whose motion is gone with the plain side labels', () => {
    const page = flowPrintPage({ ...emptyLibrary(), flowSheets: [sheet(null)] }, 'f1')
    expect(page.html).not.toContain('Gov')
    expect(() => flowPrintPage(emptyLibrary(), 'f1')).toThrow()
  })
})
