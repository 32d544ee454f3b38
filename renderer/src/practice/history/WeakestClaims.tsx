import type { ClaimResult } from '../../../../shared/practice/history'
import { useNavigation } from '../../kit/navigation'

interface WeakestClaimsProps {
  results: readonly ClaimResult[]
  claims: ReadonlyMap<string, { title: string; motionId: string }>
}

/** The claims answered least well in rebuttal drills, each with its mean rating drawn as a bar, a click from the map. */
export function WeakestClaims({ results, claims }: WeakestClaimsProps) {
  const navigation = useNavigation()
  const known = results.filter((r) => claims.has(r.claimId))
  return (
    <figure className="chart weakest">
      <figcaption>Weakest claims (rebuttal drills)</figcaption>
      {known.length === 0 ? (
        <p className="muted small">Rate your answers in rebuttal drills to see which claims need work.</p>
      ) : (
        <ol>
          {known.map((r) => {
            const claim = claims.get(r.claimId)!
            return (
              <li key={r.claimId}>
                <button type="button" className="link-button" onClick={() => navigation.openClaim(claim.motionId, r.claimId)}>
                  {claim.title}
                </button>
                <span className="weakest-meter" aria-hidden="true">
                  <svg viewBox="0 0 100 8" preserveAspectRatio="none">
                    <rect className="chart-track" x={0} y={0} width={100} height={8} rx={4} />
                    <rect className="chart-bar" x={0} y={0} width={(r.averageRating / 5) * 100} height={8} rx={4} />
                  </svg>
                </span>
                <span className="small muted">
                  {r.averageRating.toFixed(1)} of 5 · {r.attempts} {r.attempts === 1 ? 'try' : 'tries'}
                </span>
              </li>
            )
          })}
        </ol>
      )}
    </figure>
  )
}
