import type { OutputOf } from '../../../shared/contract'
import { describeAuthor } from '../../../shared/packs/author'

type Plan = OutputOf<'pack.preview'>

const KIND_NAMES = { motions: 'Motions', claims: 'Claims', sources: 'Sources', quotes: 'Cards', drills: 'Drills' } as const
const COLUMNS = [
  ['added', 'Added'],
  ['updated', 'Updated'],
  ['unchanged', 'Unchanged'],
  ['leftAlone', 'Left alone (you changed them)'],
  ['inLibrary', 'In your library already'],
  ['removed', 'Removed'],
  ['kept', 'Kept (your work uses them)']
] as const

function statusLine(plan: Plan): string {
  const { meta, status, installedVersion } = plan
  if (status === 'new') return `A new pack: version ${meta.version}.`
  if (status === 'update') return `An update: version ${installedVersion} to ${meta.version}.`
  if (status === 'reinstall') return `Version ${meta.version} is installed already: importing it again restores the pack’s items.`
  return `Version ${meta.version} is older than the version ${installedVersion} you have.`
}

/** What importing a pack will do (or did): who made it, and per kind what is added, updated or left alone. */
export function PackPlanSummary({ plan }: { plan: Plan }) {
  const { meta } = plan
  // Only the columns with something in them, so a first import reads as a simple list of additions.
  const columns = COLUMNS.filter(([key]) => Object.values(plan.counts).some((c) => c[key] > 0))
  return (
    <div className="pack-plan">
      <h3>{meta.title}</h3>
      <p className="small">
        {[meta.author && `by ${meta.author}`, meta.organisation, meta.level, meta.edition === 'student' ? 'student edition' : 'teacher edition']
          .filter(Boolean)
          .join(' · ')}
      </p>
      {meta.description && <p className="small muted pack-description">{meta.description}</p>}
      <p className={plan.status === 'older' ? 'field-error' : 'small'}>{statusLine(plan)}</p>
      {plan.authorChange && (
        <p className="field-error pack-author-change">
          The installed pack was made by {describeAuthor(plan.authorChange.installed)}; this one by {describeAuthor(plan.authorChange.incoming)}. Anyone
          can give a pack the same id: importing it replaces, removes and may lock that pack’s items. Go on only if you trust who sent it.
        </p>
      )}
      <table className="pack-counts">
        <thead>
          <tr>
            <th scope="col">Item</th>
            {columns.map(([key, label]) => (
              <th scope="col" key={key}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(Object.keys(KIND_NAMES) as Array<keyof typeof KIND_NAMES>).map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_NAMES[kind]}</th>
              {columns.map(([key]) => (
                <td key={key}>{plan.counts[kind][key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {plan.flaggedUserClaims > 0 && (
        <p className="small">
          {plan.flaggedUserClaims} of your claims sit under items this version removes. They are kept, with what they answer, and tagged
          #under-removed-pack-item.
        </p>
      )}
    </div>
  )
}
