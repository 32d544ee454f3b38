import type { Claim, Stance } from '../../../../shared/model/claim'
import { emptyLibrary, type Library } from '../../../../shared/model/library'
import { addClaim } from '../../../../shared/operations/claims'
import { createMotion } from '../../../../shared/operations/motions'
import type { MapState } from '../../../../renderer/src/map/commands/types'
import { testEnv } from '../../shared/fixtures'

/**
 * A motion built from an outline: each line "title" or "  title" (two spaces a level), with
 * "-" before a title for an attack. Returns the map and a way to find a claim by title.
 */
export function mapOf(lines: string[]): { state: MapState; library: Library; id(title: string): string; claim(title: string): Claim } {
  const env = testEnv()
  let library = emptyLibrary()
  const made = createMotion(library, { title: 'THW abolish the electoral college' }, env)
  library = made.library
  const parents: string[] = []
  for (const line of lines) {
    const depth = (line.length - line.trimStart().length) / 2
    const text = line.trim()
    const stance: Stance = text.startsWith('-') ? 'con' : 'pro'
    const title = text.replace(/^-\s*/, '')
    const added = addClaim(library, { motionId: made.result.id, parentId: depth === 0 ? null : (parents[depth - 1] as string), stance, title }, env)
    library = added.library
    parents[depth] = added.result.id
  }
  const claims = library.claims
  const claim = (title: string) => {
    const found = claims.find((c) => c.title === title)
    if (!found) throw new Error(`fixture: no claim “${title}”`)
    return found
  }
  return { state: { motion: library.motions[0]!, claims }, library, id: (title) => claim(title).id, claim }
}

/** The same map with its motion locked by a pack, and every claim from that pack. */
export function lockedByPack(state: MapState): MapState {
  const origin = { kind: 'pack' as const, packId: 'civics-unit', packVersion: '1' }
  return {
    motion: { ...state.motion, origin: { ...origin, locked: true } },
    claims: state.claims.map((c) => ({ ...c, origin }))
  }
}
