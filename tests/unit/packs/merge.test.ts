/** The update rules: a newer version updates the pack's own items and never the user's work. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { addClaim, editClaim } from '../../../shared/operations/claims'
import { libraryProblem } from '../../../shared/operations/integrity'
import type { OperationEnv } from '../../../shared/operations/change'
import { mergePack, REMOVED_FROM_PACK_TAG, UNDER_REMOVED_TAG } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { packLibraryId } from '../../../shared/packs/to-library'
import { json, smallPack } from './fixtures'
import { testEnv } from '../shared/fixtures'

const id = (itemId: string) => packLibraryId('civics-unit', itemId)
const pack = (version: string, change: (p: ReturnType<typeof smallPack>) => void = () => {}) => {
  const p = smallPack(version)
  change(p)
  return readPack(json(p))
}
function installed(env: OperationEnv = testEnv()): Library {
  return mergePack(emptyLibrary(), pack('1.0'), env).library
}

describe('importing a pack', () => {
  it('adds every item under the pack’s own ids, with its origin', () => {
    const library = installed()
    expect(library.claims.map((c) => c.id)).toEqual([id('c1'), id('c2')])
    expect(library.claims[1]).toMatchObject({ parentId: id('c1'), origin: { kind: 'pack', packId: 'civics-unit', packVersion: '1.0' } })
    expect(library.quotes[0]).toMatchObject({ sourceId: id('s1') })
    expect(library.packs).toEqual([expect.objectContaining({ id: 'civics-unit', version: '1.0', author: 'Ms Rivera' })])
    expect(libraryProblem(library)).toBeNull()
  })

  it('never clashes two packs on ids, even when their item ids are the same', () => {
    const other = readPack(json({ ...smallPack(), meta: { id: 'other-unit', title: 'Other', version: '1' } }))
    const library = mergePack(installed(), other, testEnv()).library
    expect(library.claims).toHaveLength(4)
    expect(libraryProblem(library)).toBeNull()
  })

  it('updates the pack’s items in place on a newer version, and says what it did', () => {
    const env = testEnv()
    const { library, plan } = mergePack(installed(env), pack('1.1', (p) => (p.claims![1]!.title = 'States matter as states, and as people')), env)
    expect(plan).toMatchObject({ status: 'update', installedVersion: '1.0' })
    expect(plan.counts.claims).toMatchObject({ updated: 1, unchanged: 1, added: 0, removed: 0 })
    expect(library.claims.find((c) => c.id === id('c2'))).toMatchObject({ title: 'States matter as states, and as people', origin: { packVersion: '1.1' } })
  })

  it('never touches the user’s own claims, under pack items or elsewhere', () => {
    const env = testEnv()
    let library = installed(env)
    const mine = addClaim(library, { motionId: id('m1'), parentId: id('c2'), stance: 'con', title: 'My own answer' }, env)
    library = mine.library
    const next = mergePack(library, pack('1.1', (p) => (p.claims![0]!.title = 'Every vote must count equally')), env).library
    expect(next.claims.find((c) => c.id === mine.result.id)).toBe(mine.result)
  })

  it('keeps and flags the user’s claims under an item the new version removed', () => {
    const env = testEnv()
    const mine = addClaim(installed(env), { motionId: id('m1'), parentId: id('c2'), stance: 'con', title: 'My own answer' }, env)
    const { library, plan } = mergePack(mine.library, pack('2.0', (p) => p.claims!.splice(1, 1)), env)
    expect(plan.flaggedUserClaims).toBe(1)
    expect(plan.counts.claims).toMatchObject({ kept: 1, removed: 0 })
    const kept = library.claims.find((c) => c.id === id('c2'))
    expect(kept).toMatchObject({ origin: { kind: 'local' }, tags: [REMOVED_FROM_PACK_TAG] })
    expect(library.claims.find((c) => c.id === mine.result.id)).toMatchObject({ parentId: id('c2'), tags: [UNDER_REMOVED_TAG] })
    expect(libraryProblem(library)).toBeNull()
  })

  it('drops removed items nobody depends on, with their cards and sources', () => {
    const env = testEnv()
    const { library, plan } = mergePack(installed(env), pack('2.0', (p) => {
      p.claims = [p.claims![1]!]
      p.claims[0]!.parentId = null
      p.quotes = []
      p.sources = []
    }), env)
    expect(plan.counts.claims.removed).toBe(1)
    expect(plan.counts.quotes.removed).toBe(1)
    expect(plan.counts.sources.removed).toBe(1)
    expect(library.quotes).toEqual([])
    expect(libraryProblem(library)).toBeNull()
  })

  it('keeps a removed card that the user’s own claim cites', () => {
    const env = testEnv()
    let library = installed(env)
    const mine = addClaim(library, { motionId: id('m1'), parentId: null, stance: 'con', title: 'Mine' }, env)
    library = { ...mine.library, claims: mine.library.claims.map((c) => (c.id === mine.result.id ? { ...c, evidence: [id('q1')] } : c)) }
    const next = mergePack(library, pack('2.0', (p) => {
      p.claims![0]!.evidence = []
      p.quotes = []
    }), env)
    expect(next.plan.counts.quotes).toMatchObject({ kept: 1 })
    expect(next.library.quotes.find((q) => q.id === id('q1'))?.origin).toEqual({ kind: 'local' })
  })

  it('leaves alone an unlocked pack item the user changed since importing', () => {
    const env = testEnv()
    const edited = editClaim(installed(env), { claimId: id('c1'), title: 'My wording' }, env)
    const { library, plan } = mergePack(edited.library, pack('1.1', (p) => (p.claims![0]!.title = 'The teacher’s new wording')), env)
    expect(plan.counts.claims.leftAlone).toBe(1)
    expect(library.claims.find((c) => c.id === id('c1'))?.title).toBe('My wording')
  })

  it('keeps the kinds apart when a pack uses one id for a motion and a drill', () => {
    const env = testEnv()
    const sameIds = (version: string, title: string) =>
      readPack(json({ ...smallPack(version), motions: [{ id: 'a', title, format: 'pf' }], claims: [], quotes: [], sources: [], drills: [{ id: 'a', motionId: 'a', title: 'Drill a', prompt: 'p' }] }))
    const first = mergePack(emptyLibrary(), sameIds('1.0', 'Motion a'), env).library
    const edited = { ...first, motions: first.motions.map((m) => ({ ...m, title: 'My title', updatedAt: '2030-01-01T00:00:00.000Z' })) }
    const { library, plan } = mergePack(edited, sameIds('1.1', 'Motion a, revised'), env)
    expect(plan.counts.motions.leftAlone).toBe(1)
    expect(library.motions[0]?.title).toBe('My title')
    expect(library.drills[0]?.id).toBe(library.motions[0]?.id)
  })

  it('refuses an older version unless the user confirms', () => {
    const env = testEnv()
    const library = mergePack(emptyLibrary(), pack('2.0'), env).library
    expect(() => mergePack(library, pack('1.10'), env)).toThrow(/older than the version 2.0/)
    const back = mergePack(library, pack('1.10'), env, { allowOlder: true })
    expect(back.plan.status).toBe('older')
    expect(back.library.packs[0]?.version).toBe('1.10')
  })

  it('refuses a stranger’s pack that claims the starter pack’s id, naming both authors, unless the user accepts', () => {
    const env = testEnv()
    const starter = readPack(readFileSync(join(import.meta.dirname, '../../../data/packs/california-secession.casebook'), 'utf8'))
    const library = mergePack(emptyLibrary(), starter, env).library
    // The attack: the starter's id, a higher version, no motions of its own but one, and everything locked.
    const impostor = readPack(
      json({
        ...smallPack('99', { motions: [{ id: 'm1', title: 'THW obey the impostor', locked: true }] }),
        meta: { id: 'california-secession', title: 'Could California leave the United States?', version: '99', author: 'Someone Else', organisation: 'Elsewhere' }
      })
    )
    expect(() => mergePack(library, impostor, env)).toThrow(
      'This pack has the id of your “Could California leave the United States?”, made by “Casebook” (Casebook), but it was made by “Someone Else” (Elsewhere).'
    )
    const accepted = mergePack(library, impostor, env, { acceptNewAuthor: true })
    expect(accepted.plan.authorChange).toEqual({ installed: { author: 'Casebook', organisation: 'Casebook' }, incoming: { author: 'Someone Else', organisation: 'Elsewhere' } })
    expect(accepted.plan.counts.motions.removed).toBe(3)
  })

  it('asks about a change of organisation alone, and not about an update by the same author', () => {
    const env = testEnv()
    expect(mergePack(installed(env), pack('1.1'), env).plan.authorChange).toBeNull()
    expect(mergePack(installed(env), pack('1.1', (p) => (p.meta.author = ' Ms Rivera ')), env).plan.authorChange).toBeNull()
    const moved = pack('1.1', (p) => (p.meta.organisation = 'Another school'))
    expect(() => mergePack(installed(env), moved, env)).toThrow(/made by “Ms Rivera”, but it was made by “Ms Rivera” \(Another school\)/)
  })

  it('treats the same version again as a reinstall that restores the pack’s items', () => {
    const env = testEnv()
    const { plan } = mergePack(installed(env), pack('1.0'), env)
    expect(plan.status).toBe('reinstall')
    expect(plan.counts.claims).toMatchObject({ unchanged: 2, updated: 0, added: 0 })
  })

  it('locks what the pack locks', () => {
    const library = mergePack(emptyLibrary(), pack('1.0', (p) => (p.quotes![0]!.locked = true)), testEnv()).library
    expect(library.quotes[0]?.origin).toEqual({ kind: 'pack', packId: 'civics-unit', packVersion: '1.0', locked: true })
  })
})
