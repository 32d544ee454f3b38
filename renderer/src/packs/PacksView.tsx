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

type Plan = OutputOf<'pack.preview'>

/** Teacher packs: what is installed, importing one (preview first), making one, and the starter pack. */
export function PacksView() {
  const { openMotion } = useNavigation()
  const packs = useQuery('pack.list', {}).data ?? null
  const starter = useMutation('pack.starter')
  const [exporting, setExporting] = useState(false)
  const [done, setDone] = useState<Plan | null>(null)
  const [status, setStatus] = useState<string | null>(null)

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
                  {pack.counts.motions} motions, {pack.counts.claims} claims, {pack.counts.quotes} cards, {pack.counts.drills} drills · imported{' '}
                  {new Date(pack.importedAt).toLocaleDateString()}
                  {pack.license && ` · ${pack.license}`}
                </p>
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
