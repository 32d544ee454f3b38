import { useState } from 'react'
import type { MotionSummary, OutputOf } from '../../../../shared/contract'
import type { FlowSheet } from '../../../../shared/model/practice'
import { PRESET_FORMATS } from '../../../../shared/practice/formats'
import { useMutation, useQuery } from '../../data/hooks'
import { ConfirmBar } from '../../kit/ConfirmBar'
import { useReportError } from '../../kit/errors'
import { FlowEditor } from './FlowEditor'
import { NewFlowForm } from './NewFlowForm'
import './flow.css'

const NO_FLOWS: FlowSheet[] = []
const PRESETS_ONLY: OutputOf<'format.list'> = { presets: Object.values(PRESET_FORMATS), custom: [] }

/** Flow sheets: the saved ones, a new one, and the one open. */
export function FlowScreen({ motions }: { motions: readonly MotionSummary[] }) {
  const report = useReportError()
  const flows = useQuery('flow.list', {}).data ?? NO_FLOWS
  const formats = useQuery('format.list', {}).data ?? PRESETS_ONLY
  const deleteFlow = useMutation('flow.delete')
  const [open, setOpen] = useState<{ sheet: FlowSheet; saved: boolean } | null>(null)
  const [deleting, setDeleting] = useState<FlowSheet | null>(null)

  if (open) {
    return (
      <FlowEditor
        key={open.sheet.id}
        initial={open.sheet}
        saved={open.saved}
        onClose={() => setOpen(null)}
      />
    )
  }
  const motionTitle = (id: string | null) => motions.find((m) => m.id === id)?.title
  return (
    <div className="flow-screen">
      <NewFlowForm motions={motions} formats={formats} onCreate={(sheet) => setOpen({ sheet, saved: false })} />
      <section aria-label="Saved flows">
        <h2>Saved flows</h2>
        {flows.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="flow-list">
            {flows.map((flow) => (
              <li key={flow.id}>
                <button type="button" className="motion-link" onClick={() => setOpen({ sheet: flow, saved: true })}>
                  <span className="motion-link-title">{flow.title}</span>
                  <span className="motion-link-meta">
                    {motionTitle(flow.motionId) ?? 'No motion'} · {flow.rows.length} {flow.rows.length === 1 ? 'argument' : 'arguments'} · saved{' '}
                    {new Date(flow.updatedAt).toLocaleString()}
                  </span>
                </button>
                <button type="button" className="ghost danger" aria-label={`Delete flow ${flow.title}`} onClick={() => setDeleting(flow)}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
        {deleting && (
          <ConfirmBar
            label="Delete flow"
            confirmLabel="Delete flow"
            onCancel={() => setDeleting(null)}
            onConfirm={() => {
              const flowId = deleting.id
              setDeleting(null)
              deleteFlow.mutateAsync({ flowId }).catch(report)
            }}
          >
            Delete the flow “{deleting.title}”?
          </ConfirmBar>
        )}
      </section>
    </div>
  )
}
