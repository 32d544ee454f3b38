import { useState, type FormEvent } from 'react'
import type { Drill } from '../../../../shared/model/practice'
import { messageOf } from '../../api/client'
import { useMutation, useQuery } from '../../data/hooks'
import { FormFooter } from '../../kit/form-parts'

/** A drill of your own: which motion, the prompt, and a model answer a student edition leaves out. */
export function DrillForm({ drill, onSaved, onCancel }: { drill: Drill | null; onSaved(): void; onCancel(): void }) {
  const listed = useQuery('motion.list', {}, { report: false })
  const motions = listed.data ?? []
  const saveDrill = useMutation('drill.save')
  const [motionId, setMotionId] = useState<string>(drill?.motionId ?? '')
  const [title, setTitle] = useState(drill?.title ?? '')
  const [prompt, setPrompt] = useState(drill?.prompt ?? '')
  const [modelAnswer, setModelAnswer] = useState(drill?.modelAnswer ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await saveDrill.mutateAsync({ drillId: drill?.id, motionId: motionId || null, title, prompt, modelAnswer })
      onSaved()
    } catch (failure) {
      setError(messageOf(failure).message)
      setBusy(false)
    }
  }

  return (
    <form className="panel drill-form" onSubmit={submit} aria-label={drill ? 'Edit drill' : 'New drill'}>
      <label className="field">
        <span>Motion</span>
        <select value={motionId} onChange={(e) => setMotionId(e.target.value)}>
          <option value="">Any motion</option>
          {motions.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Title</span>
        <input value={title} required onChange={(e) => setTitle(e.target.value)} placeholder="Cross-examine the poll" />
      </label>
      <label className="field">
        <span>Prompt</span>
        <textarea rows={4} value={prompt} required onChange={(e) => setPrompt(e.target.value)} />
      </label>
      <label className="field">
        <span>Model answer (for teachers: a student edition leaves it out)</span>
        <textarea rows={4} value={modelAnswer} onChange={(e) => setModelAnswer(e.target.value)} />
      </label>
      <FormFooter error={error ?? (listed.error ? messageOf(listed.error).message : null)} submitLabel={drill ? 'Save drill' : 'Add drill'} busy={busy} onCancel={onCancel} />
    </form>
  )
}
