import { useEffect, useState } from 'react'
import type { OutputOf } from '../../../shared/contract'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import { FilePicker } from '../kit/FilePicker'
import { FilePreview } from '../kit/FilePreview'
import { ReadingFile } from '../kit/ReadingFile'
import { PackPlanSummary } from './PackPlanSummary'

type Plan = OutputOf<'pack.preview'>
const MAX_BYTES = 20 * 1024 * 1024

/**
 * Importing a pack file: a preview of what it adds, updates and leaves alone first, then all
 * or nothing. A refused pack names its first problem; nothing is written.
 */
export function ImportPack({ onImported, onPreview }: { onImported(plan: Plan): void; onPreview(): void }) {
  const [pending, setPending] = useState<{ name: string; text: string; plan: Plan } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirmOlder, setConfirmOlder] = useState(false)
  const [confirmAuthor, setConfirmAuthor] = useState(false)
  const [busy, setBusy] = useState(false)
  const [reading, setReading] = useState<string | null>(null)
  const previewPack = useMutation('pack.preview')
  const importPack = useMutation('pack.import')
  const takeOpenedPack = useMutation('pack.opened')

  const reset = () => {
    setPending(null)
    setProblem(null)
    setConfirmOlder(false)
    setConfirmAuthor(false)
  }
  const preview = async (name: string, text: string) => {
    onPreview()
    setReading(name)
    try {
      setPending({ name, text, plan: await previewPack.mutateAsync({ text }) })
    } catch (failure) {
      const { message } = messageOf(failure)
      setProblem(`${name} cannot be imported: ${message}. Nothing was imported.`)
    } finally {
      setReading(null)
    }
  }
  const read = async (file: File) => {
    reset()
    if (file.size > MAX_BYTES) return setProblem(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a pack may be at most 20 MB. Nothing was imported.`)
    await preview(file.name, await file.text())
  }

  // A pack the system asked the desktop app to open (double-clicked) waits in the main process: preview it as if chosen here.
  // Taken once by whichever call comes first, so nothing is gated on this mount still being live.
  useEffect(() => {
    takeOpenedPack.mutateAsync({}).then(
      (opened) => {
        if (opened) void preview(opened.name, opened.text)
      },
      (failure: unknown) => setProblem(messageOf(failure).message)
    )
    // Once per mount: the app remounts this screen for each pack it is asked to open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const importNow = async () => {
    if (!pending) return
    setBusy(true)
    setReading(pending.name)
    try {
      const plan = await importPack.mutateAsync({ text: pending.text, allowOlder: confirmOlder, acceptNewAuthor: confirmAuthor })
      setPending(null)
      onImported(plan)
    } catch (failure) {
      setProblem(`${pending.name}: ${messageOf(failure).message}. Nothing was imported.`)
    } finally {
      setBusy(false)
      setReading(null)
    }
  }

  const unconfirmed = pending !== null && ((pending.plan.status === 'older' && !confirmOlder) || (pending.plan.authorChange !== null && !confirmAuthor))

  return (
    <section className="pack-import" aria-labelledby="pack-import-title">
      <h2 id="pack-import-title">Import a pack</h2>
      <p className="muted small">A .casebook file from a teacher: motions, sources, cards, starter arguments and drills. Your own work is never changed.</p>
      <FilePicker reader="pack" label="Pack file to import" accept=".casebook,.json" onFile={(file) => void read(file)}>
        Choose a pack file…
      </FilePicker>
      <ReadingFile name={reading} />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {pending && (
        <FilePreview className="pack-preview" fileName={pending.name}>
          <PackPlanSummary plan={pending.plan} />
          {pending.plan.status === 'older' && (
            <label className="small">
              <input type="checkbox" checked={confirmOlder} onChange={(e) => setConfirmOlder(e.target.checked)} /> Go back to version{' '}
              {pending.plan.meta.version} anyway
            </label>
          )}
          {pending.plan.authorChange && (
            <label className="small">
              <input type="checkbox" checked={confirmAuthor} onChange={(e) => setConfirmAuthor(e.target.checked)} /> I trust this pack: let it replace the
              installed one
            </label>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={busy || unconfirmed} onClick={() => void importNow()}>
              {pending.plan.status === 'new' ? 'Import' : pending.plan.status === 'update' ? 'Update' : pending.plan.status === 'reinstall' ? 'Reinstall' : 'Go back'}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </FilePreview>
      )}
    </section>
  )
}
