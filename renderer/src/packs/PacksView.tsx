import { useState } from 'react'
import type { OutputOf } from '../../../shared/contract'
import { FORMAT_NAMES } from '../../../shared/model/formats'
import { messageOf } from '../api/client'
import { useMutation, useQuery } from '../data/hooks'
import { useNavigation } from '../kit/navigation'
import { ExportPack } from './ExportPack'
import { ImportPack } from './ImportPack'
import { PackPlanSummary } from './PackPlanSummary'
import './packs.css'

type PackSummary = OutputOf<'pack.list'>[number]

/** "1 motion", "3 motions". */
const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`
type Plan = OutputOf<'pack.preview'>

/** Teacher packs: what is installed, importing one (preview first), making one, and the starter pack. */
export function PacksView() {
  const { openMotion } = useNavigation()
  const packs = useQuery('pack.list', {}).data ?? null
  const starter = useMutation('pack.starter')
  const removePack = useMutation('pack.remove')
  const [exporting, setExporting] = useState(false)
  const [done, setDone] = useState<Plan | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [removing, setRemoving] = useState<string | null>(null)

  const imported = (plan: Plan) => {
    setDone(plan)
    setStatus(null)
  }
  const reinstallStarter = async () => {
    try {
      imported(await starter.mutateAsync({}))
    } catch (failure) {
      setStatus(messageOf(failure).message)
    }
  }

  const remove = async (pack: PackSummary) => {
    try {
      const plan = await removePack.mutateAsync({ packId: pack.id })
      const kept = Object.values(plan.counts).reduce((n, c) => n + c.kept, 0)
      setRemoving(null)
      setDone(null)
      setStatus(`Removed “${pack.title}”.${kept > 0 ? ` ${count(kept, 'item')} your work uses stayed, as your own.` : ''}`)
    } catch (failure) {
      setStatus(messageOf(failure).message)
    }
  }

  return (
    <div className="packs-view">
      <header className="packs-header">
        <h1>Packs</h1>
        <p className="muted">A pack is one file a teacher gives a class: motions, sources, cards, starter arguments and drills, all offline.</p>
      </header>
      {status && (
        <p className="small cut-status" role="status">
          {status}
        </p>
      )}
      {done && (
        <div className="pack-done" role="status">
          <p>
            <strong>{done.status === 'new' ? 'Imported' : done.status === 'update' ? 'Updated' : done.status === 'reinstall' ? 'Reinstalled' : 'Went back to'}</strong>{' '}
            “{done.meta.title}” version {done.meta.version}.
          </p>
          <PackPlanSummary plan={done} />
          {done.motionIds[0] && (
            <button type="button" onClick={() => openMotion(done.motionIds[0] as string)}>
              Open its first motion
            </button>
          )}
        </div>
      )}
      <section aria-labelledby="installed-title">
        <h2 id="installed-title">Installed</h2>
        {packs === null ? (
          <p className="loading">Reading your packs…</p>
        ) : packs.length === 0 ? (
          <p className="muted small">No packs yet.</p>
        ) : (
          <ul className="pack-list">
            {packs.map((pack) => (
              <li key={pack.id} className="pack-item">
                <h3>{pack.title}</h3>
                <p className="small">
                  Version {pack.version}
                  {pack.author && ` · by ${pack.author}`}
                  {pack.organisation && ` · ${pack.organisation}`}
                  {pack.debateFormat !== 'other' && ` · ${FORMAT_NAMES[pack.debateFormat]}`}
                  {pack.level && ` · ${pack.level}`}
                  {pack.edition === 'student' && ' · student edition'}
                </p>
                <p className="small muted">
                  {count(pack.counts.motions, 'motion')}, {count(pack.counts.claims, 'claim')}, {count(pack.counts.quotes, 'card')},{' '}
                  {count(pack.counts.drills, 'drill')} · imported{' '}
                  {new Date(pack.importedAt).toLocaleDateString()}
                  {pack.license && ` · ${pack.license}`}
                </p>
                {removing === pack.id ? (
                  <div className="pack-remove-confirm" role="group" aria-label={`Remove “${pack.title}”?`}>
                    <p className="small">
                      Remove “{pack.title}”? Its motions, claims, cards and drills go; what your own work uses, and what you changed, stays as
                      yours.
                    </p>
                    <button type="button" className="danger" onClick={() => void remove(pack)}>
                      Remove the pack
                    </button>{' '}
                    <button type="button" autoFocus onClick={() => setRemoving(null)}>
                      Keep it
                    </button>
                  </div>
                ) : (
                  <button type="button" aria-label={`Remove “${pack.title}”…`} onClick={() => setRemoving(pack.id)}>
                    Remove…
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={() => void reinstallStarter()}>
          Reinstall the starter pack
        </button>
      </section>
      <ImportPack onImported={imported} onPreview={() => setDone(null)} />
      <section aria-labelledby="make-pack-title">
        <h2 id="make-pack-title">For teachers</h2>
        {exporting ? (
          <ExportPack
            onDone={(message) => {
              setExporting(false)
              if (message) setStatus(message)
            }}
          />
        ) : (
          <button type="button" onClick={() => setExporting(true)}>
            Make a pack…
          </button>
        )}
      </section>
    </div>
  )
}
