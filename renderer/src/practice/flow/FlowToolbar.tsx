import { useState } from 'react'
import type { Claim } from '../../../../shared/model/claim'
import type { FlowStatus } from '../../../../shared/model/practice'
import type { CellRef } from './FlowGrid'

interface FlowToolbarProps {
  claims: readonly { claim: Claim; label: string }[]
  active: (CellRef & { status: FlowStatus; columnName: string; rowNumber: number }) | null
  onAddRow(): void
  onPull(claim: Claim): void
  onMark(status: FlowStatus): void
  canUndo: boolean
  canRedo: boolean
  onUndo(): void
  onRedo(): void
}

const MARKS: ReadonlyArray<[FlowStatus, string]> = [
  ['open', 'Open'],
  ['answered', 'Answered'],
  ['dropped', 'Dropped']
]

/** Writing the flow: add an argument, pull a claim from the map into the chosen cell, mark it answered or dropped. */
export function FlowToolbar(props: FlowToolbarProps) {
  const { claims, active, onAddRow, onPull, onMark, canUndo, canRedo, onUndo, onRedo } = props
  const [claimId, setClaimId] = useState('')
  const where = active ? `argument ${active.rowNumber}, ${active.columnName}` : 'no cell chosen'
  return (
    <div className="flow-toolbar" role="toolbar" aria-label="Flow">
      <button type="button" onClick={onAddRow}>
        + Argument
      </button>
      <span className="flow-history" role="group" aria-label="Undo and redo">
        <button type="button" disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)" onClick={onUndo}>
          Undo
        </button>
        <button type="button" disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y" title="Redo (Ctrl+Shift+Z)" onClick={onRedo}>
          Redo
        </button>
      </span>
      {claims.length > 0 && (
        <span className="flow-pull">
          <select aria-label="Claim from the map" value={claimId} onChange={(e) => setClaimId(e.target.value)}>
            <option value="">Claim from the map…</option>
            {claims.map(({ claim, label }) => (
              <option key={claim.id} value={claim.id}>
                {label}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!claimId}
            title={active ? `Into ${where}` : 'Into a new argument'}
            onClick={() => {
              const found = claims.find((c) => c.claim.id === claimId)
              if (found) onPull(found.claim)
            }}
          >
            Pull into {active ? 'cell' : 'new row'}
          </button>
        </span>
      )}
      <span className="flow-marks" role="group" aria-label={`Mark ${where}`}>
        {MARKS.map(([status, label]) => (
          <button key={status} type="button" disabled={!active} aria-pressed={active?.status === status} onClick={() => onMark(status)}>
            {label}
          </button>
        ))}
      </span>
    </div>
  )
}
