import type { BriefCounts } from '../../../shared/brief/api'
import { previewDocument } from '../../../shared/brief/preview'

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

interface BriefPreviewProps {
  html: string | null
  counts: BriefCounts | null
  error: string | null
  busy: boolean
}

/**
 * The brief exactly as it will be exported: its HTML in a frame with no permissions at all
 * (sandbox=""), so nothing in the user's or a pack's text can run or reach the app, and styled
 * by the brief's own stylesheet rather than the app's.
 */
export function BriefPreview({ html, counts, error, busy }: BriefPreviewProps) {
  return (
    <section className="brief-preview" aria-label="Preview">
      <p className="brief-counts muted small" aria-live="polite">
        {counts
          ? [
              plural(counts.contentions, 'contention'),
              plural(counts.blocks, 'block'),
              plural(counts.cards, 'card'),
              plural(counts.sources, 'source')
            ].join(' · ')
          : 'Preparing the preview…'}
        {busy && counts ? ' · updating…' : ''}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {html !== null && <iframe title="Brief preview" sandbox="" srcDoc={previewDocument(html)} />}
    </section>
  )
}
