import { useState, type FormEvent } from 'react'
import { FORMAT_CHOICES, type DebateFormat } from '../../../shared/model/formats'
import { FilePicker } from '../kit/FilePicker'
import { ChoiceField, FormFooter } from '../kit/form-parts'
import { ReadingFile } from '../kit/ReadingFile'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'

export function NewMotionForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const [title, setTitle] = useState('')
  const [format, setFormat] = useState<DebateFormat>('other')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const importMotion = useMutation('motion.import')
  const createMotion = useMutation('motion.create')

  const [imported, setImported] = useState<{ id: string; notes: string[] } | null>(null)
  const [reading, setReading] = useState<string | null>(null)
  const importFile = async (file: File) => {
    setError(null)
    const format = /\.argdown$/i.test(file.name) ? 'argdown' : 'kialo'
    if (file.size > 20 * 1024 * 1024) return setError(`${file.name} is larger than 20 MB`)
    setReading(file.name)
    try {
      const result = await importMotion.mutateAsync({ format, text: await file.text() })
      // Warnings (a link to a missing claim, a graph flattened to a tree) are worth reading before opening.
      if (result.warnings.length > 0) setImported({ id: result.motion.id, notes: result.warnings })
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
        <FilePicker className="link" label="Kialo or Argdown file to import" accept=".txt,.argdown,.ad" onFile={(file) => void importFile(file)}>
          import a Kialo export (.txt) or an Argdown file (.argdown)…
        </FilePicker>
      </p>
      <ReadingFile name={reading} />
      {imported && (
        <div className="import-notes" role="status">
          <p>Imported, with {imported.notes.length === 1 ? 'a note' : `${imported.notes.length} notes`}:</p>
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
