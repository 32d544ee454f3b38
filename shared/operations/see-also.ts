/**
 * A claim's see-also links (Claim.seeAlso): ids of other claims of its motion it points to
 * outside the tree. A link names a claim that must be there; when claims go (deleted, or set
 * aside by a repair), the links to them go too, so no view ever follows a link to nothing.
 */
import type { Claim } from '../model/claim'

/** As many as ClaimSchema accepts. */
export const MAX_SEE_ALSO = 100

/** The relations of the links kept (by their new ids, when `rename` gives them), or undefined when none is left. */
export function relationsFor(
  relations: Claim['seeAlsoRelations'],
  kept: readonly string[],
  rename: (id: string) => string | undefined = (id) => id
): Claim['seeAlsoRelations'] {
  if (!relations) return undefined
  const out: NonNullable<Claim['seeAlsoRelations']> = {}
  for (const id of kept) {
    const relation = Object.hasOwn(relations, id) ? relations[id] : undefined
    const renamed = rename(id)
    if (relation && renamed !== undefined) out[renamed] = relation
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** The field to spread into a claim: absent when there are no relations. */
export const withRelations = (relations: Claim['seeAlsoRelations']): Pick<Claim, 'seeAlsoRelations'> =>
  relations ? { seeAlsoRelations: relations } : {}

/**
 * The claims with every see-also link that `keep` refuses removed. Claims with nothing to
 * remove are the same objects, so a change diff sees only the claims that really changed.
 */
function filterSeeAlso(claims: readonly Claim[], keep: (claim: Claim, id: string) => boolean): Claim[] {
  return claims.map((claim) => {
    if (!claim.seeAlso || claim.seeAlso.every((id) => keep(claim, id))) return claim
    const seeAlso = claim.seeAlso.filter((id) => keep(claim, id))
    // Absent, not empty, as a claim that never had links.
    const { seeAlso: _dropped, seeAlsoRelations, ...rest } = claim
    if (seeAlso.length === 0) return rest
    const relations = relationsFor(seeAlsoRelations, seeAlso)
    return { ...rest, seeAlso, ...withRelations(relations) }
  })
}

/** The claims (those left after a delete) with their links to the removed ids dropped. */
export function withoutSeeAlsoTo(claims: readonly Claim[], removed: ReadonlySet<string>): Claim[] {
  if (removed.size === 0) return [...claims]
  return filterSeeAlso(claims, (_claim, id) => !removed.has(id))
}

/**
 * The claims with every link that does not name another claim of the same motion dropped,
 * and a line for each claim that lost some, for a repair's report.
 */
export function withoutDanglingSeeAlso(claims: readonly Claim[]): { claims: Claim[]; repairs: string[] } {
  const motionOf = new Map(claims.map((c) => [c.id, c.motionId]))
  const repairs: string[] = []
  const valid = (claim: Claim, id: string) => id !== claim.id && motionOf.get(id) === claim.motionId
  const out = filterSeeAlso(claims, valid)
  out.forEach((claim, index) => {
    if (claim === claims[index]) return
    const gone = (claims[index].seeAlso?.length ?? 0) - (claim.seeAlso?.length ?? 0)
    repairs.push(
      `Claim "${claim.title}" had ${gone === 1 ? 'a see-also link' : `${gone} see-also links`} to claims not in its motion; ` +
        `the ${gone === 1 ? 'link was' : 'links were'} removed`
    )
  })
  return { claims: out, repairs }
}

/** Whether every see-also link names another claim of the same motion. */
export function seeAlsoResolve(claims: readonly Claim[]): boolean {
  if (claims.every((c) => !c.seeAlso)) return true
  const motionOf = new Map(claims.map((c) => [c.id, c.motionId]))
  return claims.every((c) => (c.seeAlso ?? []).every((id) => id !== c.id && motionOf.get(id) === c.motionId))
}
