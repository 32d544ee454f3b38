import { useState, type FormEvent } from 'react'
import { FORMAT_CHOICES, type DebateFormat } from '../../../shared/model/formats'
import { ChoiceField, FormFooter } from '../app/form-parts'
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
      <ChoiceField<DebateFormat> label="Format" value={format} options={FORMAT_CHOICES} onChange={setFormat} />
      <FormFooter error={error} errorId="new-motion-error" submitLabel="Create motion" busy={busy} onCancel={onCancel} />
    </form>
  )
}
