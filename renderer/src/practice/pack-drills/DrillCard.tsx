import { useState } from 'react'
import type { OutputOf } from '../../../../shared/contract'
import { useMutation } from '../../data/hooks'
import { useReportError } from '../../kit/errors'
import { RatingField } from '../RatingField'

type Entry = OutputOf<'drill.list'>[number]

/** One drill: its prompt, room for the user's answer, the model answer behind a button, and a rating to record. */
export function DrillCard({ entry, onEdit, onDelete }: { entry: Entry; onEdit?: () => void; onDelete?: () => void }) {
  const report = useReportError()
  const { drill, motionTitle, packTitle } = entry
  const [answer, setAnswer] = useState('')
  const [showModel, setShowModel] = useState(false)
  const [rating, setRating] = useState<number | null>(null)
  const [startedAt] = useState(() => Date.now())
  const [recorded, setRecorded] = useState(false)
  const modelId = `model-${drill.id}`
  const recordSession = useMutation('practice.record')

  const record = async () => {
    await recordSession.mutateAsync({
      kind: 'pack-drill',
      motionId: drill.motionId,
      drillId: drill.id,
      startedAt: new Date(startedAt).toISOString(),
      durationSeconds: Math.min(86_400, Math.round((Date.now() - startedAt) / 1000)),
      rating,
      notes: '',
      answers: answer.trim() ? [answer.slice(0, 20_000)] : []
    })
    setRecorded(true)
  }

  return (
    <article className="drill-card" aria-labelledby={`title-${drill.id}`}>
      <p className="eyebrow">
        {packTitle ?? 'Your drill'}
        {motionTitle ? ` · ${motionTitle}` : ''}
      </p>
      <h2 id={`title-${drill.id}`}>{drill.title}</h2>
      <p className="drill-prompt">{drill.prompt}</p>
      <label className="field">
        <span>Your answer</span>
        <textarea rows={4} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </label>
      {drill.modelAnswer ? (
        <div>
          <button type="button" aria-expanded={showModel} aria-controls={modelId} onClick={() => setShowModel(!showModel)}>
            {showModel ? 'Hide model answer' : 'Show model answer'}
          </button>
          {showModel && (
            <div id={modelId} className="model-answer" role="region" aria-label={`Model answer: ${drill.title}`}>
              <p>{drill.modelAnswer}</p>
            </div>
          )}
        </div>
      ) : (
        <p className="muted small">{packTitle ? 'This is a student edition: the model answer stays with the teacher.' : 'No model answer yet.'}</p>
      )}
      <RatingField label="Rate your answer" name={`rating-${drill.id}`} value={rating} onChange={setRating} />
      <div className="actions">
        {recorded ? (
          <p className="saved-note" role="status">
            Recorded in your history.
          </p>
        ) : (
          <button type="button" onClick={() => void record().catch(report)}>
            Save to history
          </button>
        )}
        {onEdit && (
          <button type="button" onClick={onEdit}>
            Edit
          </button>
        )}
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
        )}
      </div>
    </article>
  )
}
