import { useState, type FormEvent } from 'react'
import { DEBATE_FORMATS, FORMAT_NAMES, type DebateFormat } from '../../../shared/model/formats'
import { invoke, messageOf } from '../api/client'

export function NewMotionForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const [title, setTitle] = useState('')
  const [format, setFormat] = useState<DebateFormat>('other')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const motion = await invoke('motion.create', { title, format })
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
      <label className="field">
        <span>Format</span>
        <select value={format} onChange={(e) => setFormat(e.target.value as DebateFormat)}>
          {DEBATE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_NAMES[f]}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p id="new-motion-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Create motion
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
