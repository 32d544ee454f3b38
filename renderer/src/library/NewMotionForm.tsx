import { useState, type FormEvent } from 'react'
import { FORMAT_CHOICES, type DebateFormat } from '../../../shared/model/formats'
import { FilePicker } from '../kit/FilePicker'
import { ImportVerbatim } from '../verbatim/ImportVerbatim'
import { ChoiceField, FormFooter } from '../kit/form-parts'
import { ReadingFile } from '../kit/ReadingFile'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import type { ImportSummary } from '../../../shared/interchange/import-summary'
import { utf8FileText } from '../../../shared/interchange/file-bytes'

export function NewMotionForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const [title, setTitle] = useState('')
  const [format, setFormat] = useState<DebateFormat>('other')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const importMotion = useMutation('motion.import')
  const createMotion = useMutation('motion.create')

  const [imported, setImported] = useState<{ id: string; added: string; notes: string[] } | null>(null)
  const [reading, setReading] = useState<string | null>(null)
  const importFile = async (file: File) => {
    setError(null)
    const format = /\.(argdown|ad)$/i.test(file.name) ? 'argdown' : 'kialo'
    if (file.size > 20 * 1024 * 1024) return setError(`${file.name} is larger than 20 MB`)
    setReading(file.name)
    try {
      // Refused here as on the command line when binary or not UTF-8, rather than read with replacement characters.
      const text = utf8FileText(new Uint8Array(await file.arrayBuffer()), format === 'argdown' ? 'Argdown' : 'Kialo')
      const result = await importMotion.mutateAsync({ format, text })
      // What was skipped (a link to a missing claim) and warnings (a graph flattened to a tree) are worth reading before opening.
      const { summary } = result
      const notes = [...summary.skipped.map((s) => `${s.entry} was skipped: ${s.reason}`), ...summary.warnings]
      if (notes.length > 0) setImported({ id: result.motion.id, added: addedText(summary.added), notes })
      else onCreated(result.motion.id)
    } catch (failure) {
      setError(`${file.name}: ${messageOf(failure).message}`)
    } finally {
      setReading(null)
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const motion = await createMotion.mutateAsync({ title, format })
      onCreated(motion.id)
    } catch (failure) {
      setError(messageOf(failure).message)
      setBusy(false)
    }
  }

  return (
    <form className="panel new-motion-form" onSubmit={submit} aria-labelledby="new-motion-title">
      <h1 id="new-motion-title">New motion</h1>
      <label className="field">
        <span>Motion</span>
        <input
          autoFocus
          value={title}
          placeholder="This House believes…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-motion-error' : undefined}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel()
          }}
        />
      </label>
      <ChoiceField<DebateFormat> label="Format" value={format} options={FORMAT_CHOICES} onChange={setFormat} />
      <FormFooter error={error} errorId="new-motion-error" submitLabel="Create motion" busy={busy} onCancel={onCancel} />
      <p className="small muted import-motion">
        Or bring in a map from another tool:{' '}
        <FilePicker className="link" reader="argdown" label="Kialo or Argdown file to import" accept=".txt,.argdown,.ad" onFile={(file) => void importFile(file)}>
          import a Kialo export (.txt) or an Argdown file (.argdown, .ad)…
        </FilePicker>
      </p>
      <p className="small muted import-motion">
        Or make the motion from a team’s evidence file:{' '}
        <ImportVerbatim into="motion" className="link">
          import a Verbatim file (.docx)…
        </ImportVerbatim>
      </p>
      <ReadingFile name={reading} />
      {imported && (
        <div className="import-notes" role="status">
          <p>
            Imported {imported.added}, with {imported.notes.length === 1 ? 'a note' : `${imported.notes.length} notes`}:
          </p>
          <ul className="small">
            {imported.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={() => onCreated(imported.id)}>
            Open the motion
          </button>
        </div>
      )}
    </form>
  )
}

/** "12 claims, 3 sources and 2 cards": what an import added, as the summary counts it. */
function addedText(added: ImportSummary['added']): string {
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`
  const parts = [count(added.claims, 'claim')]
  if (added.sources > 0) parts.push(count(added.sources, 'source'))
  if (added.cards > 0) parts.push(count(added.cards, 'card'))
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
