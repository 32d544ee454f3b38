import { useEffect, useMemo, useRef, useState } from 'react'
import type { BriefCounts } from '../../../shared/brief/api'
import type { Motion } from '../../../shared/model/motion'
import { messageOf } from '../api/client'
import { useQuery } from '../data/hooks'
import { useModalDialog } from '../kit/useModalDialog'
import { ExportButtons, ExportStatusBar, RecentExports } from './BriefExports'
import { BriefOptionsForm, type BriefChoices } from './BriefOptionsForm'
import { BriefPreview } from './BriefPreview'
import { useBriefExports } from './useBriefExports'
import './brief.css'

const AUTHOR_KEY = 'casebook.brief.author'

function initialChoices(): BriefChoices {
  return {
    side: 'both',
    depth: null,
    includeCards: true,
    includeBlocks: true,
    includeNotes: false,
    shrinkUnreadTo: null,
    style: 'apa',
    author: localStorage.getItem(AUTHOR_KEY) ?? '',
    date: new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' })
  }
}

/**
 * The brief builder, over the motion it was opened from: the export buttons in its header,
 * options on the left with the recent exports below them, and on the right a live preview of
 * exactly what will be exported.
 */
export function BriefBuilder({ motion, onClose }: { motion: Motion; onClose(): void }) {
  const [choices, setChoices] = useState<BriefChoices>(initialChoices)
  const dialogRef = useRef<HTMLDivElement>(null)
  const request = useMemo(() => ({ motionId: motion.id, ...choices }), [motion.id, choices])
  const exports = useBriefExports(request)
  // The preview follows every change, a moment after the last one (typing an author's name),
  // and keeps showing the last one it had while the next is made or when it cannot be.
  const [asked, setAsked] = useState(request)
  const answer = useQuery('brief.preview', asked, { keepPrevious: true, report: false })
  const [preview, setPreview] = useState<{ html: string; counts: BriefCounts } | null>(null)
  if (answer.data && answer.data !== preview) setPreview(answer.data)
  const busy = asked !== request || answer.isFetching

  // Focus comes in (to the chosen side), stays in while open and goes back where it was on closing; Escape closes.
  useModalDialog(dialogRef, onClose, () => dialogRef.current?.querySelector<HTMLElement>('input:checked, input, button') ?? null)

  useEffect(() => {
    localStorage.setItem(AUTHOR_KEY, choices.author)
  }, [choices.author])

  useEffect(() => {
    const timer = setTimeout(() => setAsked(request), 120)
    return () => clearTimeout(timer)
  }, [request])

  return (
    <div className="brief-backdrop">
      <div
        ref={dialogRef}
        className="brief-builder"
        role="dialog"
        aria-modal="true"
        aria-labelledby="brief-title"
        // While open, the map's shortcuts (undo, find, search) wait; Escape goes on to the dialog's trap, which closes it.
        onKeyDown={(e) => e.key !== 'Escape' && e.stopPropagation()}
      >
        <header className="brief-head">
          <h2 id="brief-title">Brief</h2>
          <p className="brief-motion" title={motion.title}>
            {motion.title}
          </p>
          <ExportButtons exports={exports} />
          <button type="button" className="brief-close" onClick={onClose}>
            Close
          </button>
        </header>
        <ExportStatusBar exports={exports} />
        <div className="brief-body">
          <div className="brief-side-panel">
            <BriefOptionsForm motion={motion} choices={choices} onChange={setChoices} />
            <RecentExports exports={exports} />
          </div>
          <BriefPreview html={preview?.html ?? null} counts={preview?.counts ?? null} error={answer.error && !busy ? messageOf(answer.error).message : null} busy={busy} />
        </div>
      </div>
    </div>
  )
}
