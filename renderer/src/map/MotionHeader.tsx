import { lazy, memo, Suspense, useState } from 'react'
import type { InputOf } from '../../../shared/contract'
import type { WeakSpots } from '../../../shared/analysis/weak-spots'
import { DEFAULT_SIDE_LABELS, FORMAT_CHOICES, FORMAT_NAMES, type DebateFormat } from '../../../shared/model/formats'
import type { Motion } from '../../../shared/model/motion'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import { ConfirmBar } from '../kit/ConfirmBar'
import { saveFile } from '../kit/save-file'
import { ChoiceField, FormFooter } from '../kit/form-parts'
import { useReportError } from '../kit/errors'
import { useNavigation } from '../kit/navigation'
import { TextForm } from './TextForm'

interface MotionHeaderProps {
  motion: Motion
  claimCount: number
  weak: WeakSpots
  onMotionChanged(motion: Motion): void
}

// The brief builder loads when first opened.
const BriefBuilder = lazy(() => import('../brief/BriefBuilder').then((m) => ({ default: m.BriefBuilder })))

type Mode = 'view' | 'rename' | 'details' | 'confirm-delete' | 'brief'

/** The motion's title, format and sides, its counts per side, and what can be done to it as a whole. */
export const MotionHeader = memo(function MotionHeader({ motion, claimCount, weak, onMotionChanged }: MotionHeaderProps) {
  const report = useReportError()
  const { openMotion } = useNavigation()
  const [mode, setMode] = useState<Mode>('view')
  const updateMotion = useMutation('motion.update')
  const duplicate = useMutation('motion.duplicate')
  const argdown = useMutation('motion.argdown')
  const deleteMotion = useMutation('motion.delete')

  const update = async (input: Omit<InputOf<'motion.update'>, 'motionId'>) => {
    const updated = await updateMotion.mutateAsync({ motionId: motion.id, ...input })
    onMotionChanged(updated)
    return updated
  }
  const run = (task: () => Promise<unknown>) => () => void task().catch(report)
  // A teacher's locked motion can be answered and duplicated, not renamed or redefined.
  const locked = motion.origin.kind === 'pack' && motion.origin.locked === true

  return (
    <header className="motion-header">
      <p className="eyebrow">
        {FORMAT_NAMES[motion.format]} · {motion.sideLabels.pro} / {motion.sideLabels.con}
        {motion.archived && <span className="archived-tag"> · Archived</span>}
        {motion.origin.kind === 'pack' && (
          <span className="pack-origin" title={locked ? 'Locked by the pack: duplicate the motion to change your own copy' : undefined}>
            {' '}
            · From a pack, version {motion.origin.packVersion}
            {locked && ' · locked'}
          </span>
        )}
      </p>
      {mode === 'rename' ? (
        <TextForm
          label="Motion title"
          initial={motion.title}
          submitLabel="Save"
          autoFocus
          className="rename-motion"
          onSubmit={async (title) => {
            await update({ title })
            setMode('view')
          }}
          onCancel={() => setMode('view')}
        />
      ) : (
        <div className="motion-title-row">
          <h1 id="motion-title">{motion.title}</h1>
          <div className="motion-tools">
            <button type="button" aria-haspopup="dialog" title="Make a brief of this motion's case: Word, PDF, HTML or Markdown" onClick={() => setMode('brief')}>
              Brief…
            </button>
            {!locked && (
              <>
                <button type="button" onClick={() => setMode('rename')}>
                  Rename
                </button>
                <button type="button" aria-expanded={mode === 'details'} onClick={() => setMode(mode === 'details' ? 'view' : 'details')}>
                  Details
                </button>
              </>
            )}
            <button
              type="button"
              onClick={run(async () => {
                const copy = await duplicate.mutateAsync({ motionId: motion.id })
                openMotion(copy.id)
              })}
            >
              Duplicate
            </button>
            <button
              type="button"
              title="Save this motion's map as an Argdown document, for Argdown's tools"
              onClick={run(async () => saveFile(await argdown.mutateAsync({ motionId: motion.id })))}
            >
              Export Argdown
            </button>
            <button type="button" onClick={run(() => update({ archived: !motion.archived }))}>
              {motion.archived ? 'Unarchive' : 'Archive'}
            </button>
            {!locked && (
              <button type="button" className="danger" onClick={() => setMode('confirm-delete')}>
                Delete motion
              </button>
            )}
          </div>
        </div>
      )}
      {motion.description && mode !== 'details' && <p className="motion-description">{motion.description}</p>}
      <p className="side-counts" aria-label="Claims per side">
        {(['pro', 'con'] as const).map((side) => (
          <span key={side} className={`side-count side-${side}`}>
            <span className={`badge badge-${side}`}>{motion.sideLabels[side]}</span> {weak.counts[side].claims}{' '}
            {weak.counts[side].claims === 1 ? 'claim' : 'claims'}
            {weak.counts[side].weak > 0 && <span className="muted"> · {weak.counts[side].weak} weak</span>}
          </span>
        ))}
      </p>
      {mode === 'details' && <MotionDetails motion={motion} onSave={async (input) => { await update(input); setMode('view') }} onCancel={() => setMode('view')} />}
      {mode === 'brief' && (
        <Suspense fallback={<p className="loading">Opening the brief builder…</p>}>
          <BriefBuilder motion={motion} onClose={() => setMode('view')} />
        </Suspense>
      )}
      {mode === 'confirm-delete' && (
        <ConfirmBar
          label="Confirm delete motion"
          confirmLabel="Delete motion"
          onConfirm={run(async () => {
            await deleteMotion.mutateAsync({ motionId: motion.id })
          })}
          onCancel={() => setMode('view')}
        >
          Delete this motion and its {claimCount} {claimCount === 1 ? 'claim' : 'claims'}? This cannot be undone.
        </ConfirmBar>
      )}
    </header>
  )
})

interface DetailsInput {
  format: DebateFormat
  sideLabels: { pro: string; con: string }
  description: string
}

function MotionDetails({ motion, onSave, onCancel }: { motion: Motion; onSave(input: DetailsInput): Promise<void>; onCancel(): void }) {
  const [format, setFormat] = useState(motion.format)
  const [pro, setPro] = useState(motion.sideLabels.pro)
  const [con, setCon] = useState(motion.sideLabels.con)
  const [description, setDescription] = useState(motion.description)
  const [error, setError] = useState<string | null>(null)
  const chooseFormat = (next: DebateFormat) => {
    // Side labels follow the format unless the user typed their own.
    if (pro === DEFAULT_SIDE_LABELS[format].pro && con === DEFAULT_SIDE_LABELS[format].con) {
      setPro(DEFAULT_SIDE_LABELS[next].pro)
      setCon(DEFAULT_SIDE_LABELS[next].con)
    }
    setFormat(next)
  }
  return (
    <form
      className="motion-details"
      aria-label="Motion details"
      onSubmit={(e) => {
        e.preventDefault()
        onSave({ format, sideLabels: { pro, con }, description }).catch((failure) => setError(messageOf(failure).message))
      }}
    >
      <ChoiceField label="Format" value={format} options={FORMAT_CHOICES} onChange={chooseFormat} />
      <div className="field-row">
        <label className="field">
          <span>Side for the motion</span>
          <input value={pro} maxLength={40} onChange={(e) => setPro(e.target.value)} />
        </label>
        <label className="field">
          <span>Side against</span>
          <input value={con} maxLength={40} onChange={(e) => setCon(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>Description</span>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} placeholder="Context, definitions, the resolution's source" />
      </label>
      <FormFooter error={error} submitLabel="Save details" onCancel={onCancel} />
    </form>
  )
}
