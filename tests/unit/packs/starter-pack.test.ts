/**
 * The starter pack that ships with Casebook: it validates, installs into an empty library,
 * and carries nothing its brief (../shared/content/california-secession.md) does not.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyLibrary } from '../../../shared/model/library'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { findBundledText } from '../../../shared/sources/bundled'
import { sidesOf } from '../../../shared/analysis/sides'
import { testEnv } from '../shared/fixtures'
import { sharedFile } from '../../support/shared-folder'

const root = join(import.meta.dirname, '../../..')
const packText = readFileSync(join(root, 'data/packs/california-secession.casebook'), 'utf8')
const briefFile = sharedFile('content/california-secession.md')
const pack = readPack(packText)

describe('the starter pack', () => {
  it('validates, and installs into an empty library whole', () => {
    const { library, plan } = mergePack(emptyLibrary(), pack, testEnv())
    expect(plan.status).toBe('new')
    expect(library.motions).toHaveLength(3)
    expect(library.claims).toHaveLength(pack.claims.length)
    expect(library.quotes).toHaveLength(pack.quotes.length)
    expect(library.packs[0]).toMatchObject({ id: 'california-secession', version: pack.meta.version })
  })

  it('offers the three motions of the brief in their formats', () => {
    expect(pack.motions.map((m) => [m.title, m.format])).toEqual([
      ['This House believes California should secede from the United States.', 'bp'],
      ['Resolved: A U.S. state has a constitutional right to secede.', 'ld'],
      ['Resolved: California would be better off as an independent country.', 'pf']
    ])
  })

  it('answers every contention, and goes at least three levels deep', () => {
    for (const motion of pack.motions) {
      const claims = pack.claims.filter((c) => c.motionId === motion.id)
      const tops = claims.filter((c) => c.parentId === null)
      expect(tops.some((c) => c.stance === 'pro') && tops.some((c) => c.stance === 'con')).toBe(true)
      for (const top of tops) expect(claims.some((c) => c.parentId === top.id), `"${top.title}" is unanswered`).toBe(true)
    }
    const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(pack.claims.find((c) => c.id === id)?.parentId ?? null))
    expect(Math.max(...pack.claims.map((c) => depth(c.id)))).toBeGreaterThanOrEqual(3)
  })

  it('backs every claim with at least one card', () => {
    for (const claim of pack.claims) expect(claim.evidence.length, claim.title).toBeGreaterThan(0)
  })

  it('cuts cards from the bundled texts exactly at their ranges', () => {
    const cut = pack.quotes.filter((q) => q.unitId !== null)
    expect(cut.length).toBeGreaterThanOrEqual(6)
    for (const quote of cut) {
      const unit = findBundledText(quote.sourceId)?.units.find((u) => u.id === quote.unitId)
      expect(unit?.text.slice(quote.range?.start, quote.range?.end)).toBe(quote.text)
      expect(quote.pinpoint).toBe(unit?.label)
    }
  })

  it('marks every card that is not a quotation as a paraphrase', () => {
    const paraphrases = pack.quotes.filter((q) => q.paraphrase)
    expect(paraphrases.length).toBeGreaterThan(0)
    for (const quote of paraphrases) expect(quote.unitId).toBeNull()
  })

  it('quotes the brief character for character, and takes every figure from it', briefFile.options, () => {
    const brief = readFileSync(briefFile.path, 'utf8')
    for (const quote of pack.quotes.filter((q) => !q.paraphrase && q.unitId === null)) {
      expect(brief, `card ${quote.id}`).toContain(`"${quote.text}"`)
    }
    for (const quote of pack.quotes.filter((q) => q.paraphrase)) {
      for (const figure of quote.text.match(/\d[\d,.]*\d|\d/g) ?? []) expect(brief, `${figure} in card ${quote.id}`).toContain(figure)
    }
    // The two wordings of Texas v. White that the exactness drill compares.
    expect(pack.quotes.find((q) => q.id === 'f09')?.text).not.toBe(pack.quotes.find((q) => q.id === 'f09-rnz')?.text)
  })

  it('ships the drills the brief asks for', () => {
    const titles = pack.drills.map((d) => d.title).join(' | ')
    for (const kind of ['Rebuttal', 'Source', 'Credibility', 'Exactness']) expect(titles).toContain(kind)
  })

  it('puts each side’s claims on that side', () => {
    const { library } = mergePack(emptyLibrary(), pack, testEnv())
    const motion = library.motions.find((m) => m.id.endsWith('bp-secede'))
    const claims = library.claims.filter((c) => c.motionId === motion?.id)
    const top = claims.find((c) => c.title === 'Secession is legally barred')
    expect(top && sidesOf(claims).get(top.id)).toBe('con')
  })
})
