import { Fragment, useState } from 'react'
import type { BackupSummary, OutputOf } from '../../../shared/contract'
import { messageOf } from '../api/client'
import { useMutation, useQuery } from '../data/hooks'
import { ConfirmBar } from '../kit/ConfirmBar'
import './backups.css'

export type RestoreResult = OutputOf<'backup.restore'>

function when(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
}

function holds(backup: BackupSummary): string {
  const h = backup.holds
  if (!h) return 'Cannot be read'
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  return `${count(h.motions, 'motion', 'motions')}, ${count(h.claims, 'claim', 'claims')}, ${count(h.cards, 'card', 'cards')}`
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * Help > Restore from Backup: every backup with when it was taken and what it holds; restoring
 * one saves the library as it is as a backup first, so a restore can be undone the same way.
 */
export function RestoreBackup({ restored, onRestored }: { restored: RestoreResult | null; onRestored(result: RestoreResult): void }) {
  const listed = useQuery('backup.list', {}, { report: false })
  const backups = listed.data ?? null
  const restoreBackup = useMutation('backup.restore')
  const [pending, setPending] = useState<BackupSummary | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)


  const restore = async (backup: BackupSummary) => {
    setBusy(true)
    setProblem(null)
    try {
      onRestored(await restoreBackup.mutateAsync({ id: backup.id }))
    } catch (failure) {
      setProblem(messageOf(failure).message)
      setBusy(false)
    }
  }

  return (
    <div className="backups-view">
      <header>
        <h1>Restore from a backup</h1>
        <p className="muted">
          Casebook backs up your library when it opens and every ten minutes while you edit, and keeps the newest few, one for every ten
          minutes of the last two hours, one a day for a month and one a week for six months. Restoring a backup replaces your library with
          it; your library as it is now is saved as a backup first, so you can always come back to it.
        </p>
      </header>
      {restored && (
        <div className="backup-done" role="status">
          <p>
            <strong>Restored</strong> the backup from {when(restored.restored.savedAt)} ({holds(restored.restored)}).
          </p>
          <p className="small">Your library as it was is the newest backup below: restore it to undo this.</p>
          {restored.notices.map((notice, index) => (
            <p key={index} className="small">
              {notice.message}
            </p>
          ))}
        </div>
      )}
      {(problem ?? listed.error) && (
        <p className="backup-problem" role="alert">
          {problem ?? messageOf(listed.error).message}
        </p>
      )}
      {pending && (
        <ConfirmBar
          label="Restore this backup?"
          confirmLabel={busy ? 'Restoring…' : 'Restore'}
          onConfirm={() => void restore(pending)}
          onCancel={() => setPending(null)}
        >
          Replace your library with the backup from {when(pending.savedAt)} ({holds(pending)})? Your library as it is now is saved as a backup
          first.
        </ConfirmBar>
      )}
      {backups === null ? (
        <p className="loading">Reading your backups…</p>
      ) : backups.length === 0 ? (
        <p className="muted">No backups yet.</p>
      ) : (
        <table className="backup-table">
          <caption className="muted small">Newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Holds</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="backups-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>
                  {when(backup.savedAt)}
                  {restored?.savedAs === backup.id && <span className="muted small"> (before the restore)</span>}
                </td>
                <td>
                  {holds(backup)
                    .split(', ')
                    .map((part, n) => (
                      <Fragment key={n}>
                        {n > 0 && ', '}
                        <span className="backup-count">{part}</span>
                      </Fragment>
                    ))}
                </td>
                <td className="backup-size">{size(backup.bytes)}</td>
                <td>
                  {backup.holds && (
                    <button type="button" onClick={() => setPending(backup)} aria-label={`Restore the backup from ${when(backup.savedAt)}`}>
                      Restore…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
