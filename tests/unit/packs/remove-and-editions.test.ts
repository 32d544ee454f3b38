/** Removing an installed pack keeps the user's work; a student edition keeps the teacher's ratings private; unlinked cards can go in. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { exportPack, unlinkedCardsBySource } from '../../../shared/packs/export'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { removePack } from '../../../shared/packs/remove'
import { testEnv } from '../shared/fixtures'

const starter = readPack(readFileSync(join(import.meta.dirname, '../../../data/packs/california-secession.casebook'), 'utf8'))
const installed = () => mergePack(emptyLibrary(), starter, testEnv()).library
const LATER = '2099-01-01T00:00:00.000Z'
const meta = { id: 'unit-three', title: 'Unit three', version: '1', author: '', organisation: '', license: '', description: '', debateFormat: 'other' as const, level: '' }

describe('removing an installed pack', () => {
  it('takes out the pack’s own items and its record, and keeps the user’s claims with what they answer', () => {
    const library = installed()
    const target = library.claims.find((c) => c.parentId !== null)!
    const mine = { ...target, id: 'my-answer', parentId: target.id, title: 'My answer', evidence: [], origin: { kind: 'local' as const } }
    const edited = library.claims.find((c) => c.id !== target.id && c.motionId !== target.motionId)!
    const withWork: Library = {
      ...library,
      claims: [...library.claims.map((c) => (c.id === edited.id ? { ...c, title: 'Reworded by me', updatedAt: LATER } : c)), mine]
    }
    const { library: after, plan } = removePack(withWork, 'california-secession', testEnv())
    expect(after.packs).toEqual([])
    expect(after.claims.find((c) => c.id === 'my-answer')).toBeDefined()
    // What my answer hangs on stays, as mine, up to its motion.
    const kept = after.claims.find((c) => c.id === target.id)
    expect(kept?.origin).toEqual({ kind: 'local' })
    expect(after.motions.map((m) => m.id)).toContain(target.motionId)
    // A claim I changed is mine now.
    expect(after.claims.find((c) => c.id === edited.id)?.title).toBe('Reworded by me')
    expect(after.claims.every((c) => c.origin.kind === 'local')).toBe(true)
    expect(after.claims.length).toBeLessThan(withWork.claims.length)
    expect(plan.counts.claims.removed).toBeGreaterThan(0)
  })

  it('with no work of the user’s, leaves an empty library', () => {
    const { library } = removePack(installed(), 'california-secession', testEnv())
    expect([library.motions, library.claims, library.sources, library.quotes, library.drills, library.packs].map((l) => l.length)).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('refuses a pack that is not installed, naming it', () => {
    expect(() => removePack(emptyLibrary(), 'nope', testEnv())).toThrow('No pack with id "nope" is installed')
  })
})

/** A library of the starter pack, with its items as a teacher's own (ratings, tags) and a card no claim cites. */
function teacherLibrary(): Library {
  const library = installed()
  const local = { kind: 'local' as const }
  const claims = library.claims.map((c, i) => ({ ...c, origin: local, strength: i === 0 ? 4 : c.strength, tags: i === 0 ? ['weak-link'] : c.tags }))
  const source = library.sources[0]!
  const loose = { ...library.quotes.find((q) => q.sourceId === source.id)!, id: 'loose-card', tag: 'A card on no claim', origin: local }
  return { ...library, claims, quotes: [...library.quotes, loose] }
}

describe('exporting for students', () => {
  it('leaves out the teacher’s strength ratings and tags unless asked to keep them', () => {
    const library = teacherLibrary()
    const motionIds = [library.claims[0]!.motionId]
    const first = (keep: boolean, student = true) => exportPack(library, { motionIds, meta, student, studentKeepsRatingsAndTags: keep, lock: {} }).claims.find((c) => c.title === library.claims[0]!.title)
    expect(first(false)).toMatchObject({ strength: null, tags: [] })
    expect(first(true)).toMatchObject({ strength: 4, tags: ['weak-link'] })
    expect(first(false, false)).toMatchObject({ strength: 4, tags: ['weak-link'] })
  })

  it('offers the cards no claim cites, by source, and includes them when their source is chosen', () => {
    const library = teacherLibrary()
    const source = library.sources[0]!
    expect(unlinkedCardsBySource(library).find((s) => s.sourceId === source.id)?.cards).toBe(1 + unlinkedCardsBySource(installed()).filter((s) => s.sourceId === source.id).reduce((n, s) => n + s.cards, 0))
    const motionIds = [library.motions[0]!.id]
    const without = exportPack(library, { motionIds, meta, student: false, lock: {} })
    expect(without.quotes.some((q) => q.tag === 'A card on no claim')).toBe(false)
    const withLoose = readPack(JSON.stringify(exportPack(library, { motionIds, meta, student: false, lock: {}, unlinkedCardSourceIds: [source.id] })))
    expect(withLoose.quotes.some((q) => q.tag === 'A card on no claim')).toBe(true)
    expect(withLoose.sources.some((s) => s.title === source.title)).toBe(true)
  })
})
