import { useState } from 'react'
import type { Motion } from '../../../shared/model/motion'
import { invoke } from '../api/client'
import { ConfirmBar } from '../app/ConfirmBar'
import { useReportError } from '../app/errors'
import { TextForm } from './TextForm'

interface MotionHeaderProps {
  motion: Motion
  claimCount: number
  formatName: string
  onChanged(): Promise<void>
  onDeleted(): void
}

export function MotionHeader({ motion, claimCount, formatName, onChanged, onDeleted }: MotionHeaderProps) {
  const report = useReportError()
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view')

  const remove = async () => {
    try {
      await invoke('motion.delete', { motionId: motion.id })
      onDeleted()
    } catch (error) {
      report(error)
    }
  }

  return (
    <header className="motion-header">
      <p className="eyebrow">
        {formatName} · {motion.sideLabels.pro} / {motion.sideLabels.con}
      </p>
      {mode === 'rename' ? (
        <TextForm
          label="Motion title"
          initial={motion.title}
          submitLabel="Save"
          autoFocus
          className="rename-motion"
          onSubmit={async (title) => {
            await invoke('motion.update', { motionId: motion.id, title })
            setMode('view')
            await onChanged()
          }}
          onCancel={() => setMode('view')}
        />
      ) : (
        <div className="motion-title-row">
          <h1 id="motion-title">{motion.title}</h1>
          <div className="motion-tools">
            <button type="button" onClick={() => setMode('rename')}>
              Rename
            </button>
            <button type="button" className="danger" onClick={() => setMode('confirm-delete')}>
              Delete motion
            </button>
          </div>
        </div>
      )}
      {mode === 'confirm-delete' && (
        <ConfirmBar label="Confirm delete motion" confirmLabel="Delete motion" onConfirm={() => void remove()} onCancel={() => setMode('view')}>
          Delete this motion and its {claimCount} {claimCount === 1 ? 'claim' : 'claims'}? This cannot be undone.
        </ConfirmBar>
      )}
    </header>
  )
}
