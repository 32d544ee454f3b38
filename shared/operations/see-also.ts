/**
 * A claim's see-also links point at other claims of its own motion. When claims go (deleted,
 * or set aside by a repair), links to them go too, so no link ever points at nothing.
 */
import type { Claim } from '../model/claim'

export interface SeeAlsoMended {
  /** The claims, with every see-also link that no longer resolves removed; the same array when none was. */
  claims: Claim[]
  /** Each claim whose links were cut, by title, and how many went. */
  mended: Array<{ title: string; dropped: number }>
}

/**
 * Drops see-also links to claims that are not in `claims`, are in another motion, or are the
 * claim itself, and repeats; a claim left with none loses the field.
 */
export function dropDanglingSeeAlso(claims: readonly Claim[]): SeeAlsoMended {
  const motionOf = new Map(claims.map((c) => [c.id, c.motionId]))
  const mended: SeeAlsoMended['mended'] = []
  let changed = false
  const out = claims.map((claim) => {
    if (claim.seeAlso === undefined) return claim
    const kept = [...new Set(claim.seeAlso)].filter((id) => id !== claim.id && motionOf.get(id) === claim.motionId)
    if (kept.length === claim.seeAlso.length) return claim
    changed = true
    mended.push({ title: claim.title, dropped: claim.seeAlso.length - kept.length })
    const { seeAlso: _gone, ...rest } = claim
    return kept.length > 0 ? { ...rest, seeAlso: kept } : rest
  })
  return { claims: changed ? out : (claims as Claim[]), mended }
}
