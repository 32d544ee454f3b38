import { useMemo, useState } from 'react'
import { sidesOf } from '../../../../shared/analysis/sides'
import type { Claim } from '../../../../shared/model/claim'
import type { FlowSheet, FlowStatus } from '../../../../shared/model/practice'
import { addRow, countStatuses, flowSheetToCsv, markCell, pullClaim, removeRow, setCell } from '../../../../shared/practice/flow-sheet'
import { useMutation, useQuery } from '../../data/hooks'
import { useReportError } from '../../kit/errors'
import { saveFile, saveTextFile } from '../../kit/save-file'
import { fileNameFor } from '../../../../shared/model/text'
import { FlowGrid, type CellRef } from './FlowGrid'
import { FlowToolbar } from './FlowToolbar'
import './flow.css'

const DEFAULT_LABELS = { pro: 'Pro', con: 'Con' }

interface FlowEditorProps {
  initial: FlowSheet
  /** False for a sheet not saved yet. */
  saved: boolean
  onClose(): void
}

/** One flow sheet being written during a practice round: the grid, its tools, saving and exporting. */
export function FlowEditor({ initial, saved, onClose }: FlowEditorProps) {
  const report = useReportError()
  const [sheet, setSheet] = useState(initial)
  const [savedId, setSavedId] = useState<string | null>(saved ? initial.id : null)
  const [dirty, setDirty] = useState(!saved)
  const [active, setActive] = useState<CellRef | null>(null)
  const [status, setStatus] = useState('')
  const map = useQuery('motion.get', { motionId: sheet.motionId ?? '' }, { enabled: sheet.motionId !== null }).data
  const claims = useMemo(() => (sheet.motionId && map ? map.claims : []), [sheet.motionId, map])
  const labels = (sheet.motionId && map?.motion.sideLabels) || DEFAULT_LABELS
  const saveFlow = useMutation('flow.save')
  const flowPdf = useMutation('flow.pdf')

  const choices = useMemo(() => {
    const sides = sidesOf(claims)
    return [...claims]
      .sort((a, b) => (sides.get(a.id) === sides.get(b.id) ? 0 : sides.get(a.id) === 'pro' ? -1 : 1))
      .map((claim) => ({ claim, label: `${labels[sides.get(claim.id) ?? 'pro']}: ${claim.title}` }))
  }, [claims, labels])

  const edit = (change: (s: FlowSheet) => FlowSheet) => {
    try {
      setSheet(change(sheet))
      setDirty(true)
    } catch (error) {
      report(error)
    }
  }
  const newRow = (s: FlowSheet) => addRow(s, crypto.randomUUID())
  const pull = (claim: Claim) => {
    if (active) return edit((s) => pullClaim(s, active.rowId, active.column, claim))
    // No cell chosen: a new argument, in the first column of the claim's side.
    const side = sidesOf(claims).get(claim.id) ?? 'pro'
    const column = Math.max(0, sheet.columns.findIndex((c) => c.side === side))
    const withRow = newRow(sheet)
    const row = withRow.rows[withRow.rows.length - 1]!
    edit(() => pullClaim(withRow, row.id, column, claim))
    setActive({ rowId: row.id, column })
  }
  const saveNow = async () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = sheet
    const result = await saveFlow.mutateAsync({ ...fields, flowId: savedId ?? undefined })
    setSheet(result)
    setSavedId(result.id)
    setDirty(false)
    return result
  }
  const save = async () => {
    await saveNow()
    setStatus('Flow saved.')
  }
  const exportPdf = async () => {
    // The PDF is printed from the saved sheet, so save what is on screen first.
    const flowId = dirty || !savedId ? (await saveNow()).id : savedId
    const path = await saveFile(await flowPdf.mutateAsync({ flowId }))
    if (path) setStatus(`Exported to ${path}.`)
  }
  const exportCsv = async () => {
    const path = await saveTextFile(fileNameFor(sheet.title, 'csv'), flowSheetToCsv(sheet, { bom: true }), 'text/csv')
    if (path) setStatus(`Exported to ${path}.`)
  }

  const activeCell = active ? sheet.rows.find((r) => r.id === active.rowId)?.cells[active.column] : undefined
  const counts = countStatuses(sheet)
  return (
    <section className="flow-editor" aria-label={`Flow sheet ${sheet.title}`}>
      <header className="flow-head">
        <h2>{sheet.title}</h2>
        <p className="muted small">
          {sheet.rows.length} {sheet.rows.length === 1 ? 'argument' : 'arguments'} · {counts.answered} answered · {counts.dropped} dropped
        </p>
        <div className="flow-file-actions">
          <button type="button" className="primary" disabled={!dirty} onClick={() => void save().catch(report)}>
            {dirty ? 'Save' : 'Saved'}
          </button>
          <button type="button" onClick={() => void exportCsv().catch(report)}>
            Export CSV
          </button>
          <button type="button" onClick={() => void exportPdf().catch(report)}>
            Export PDF
          </button>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </header>
      <FlowToolbar
        claims={choices}
        active={
          active && activeCell
            ? { ...active, status: activeCell.status, columnName: sheet.columns[active.column]!.name, rowNumber: sheet.rows.findIndex((r) => r.id === active.rowId) + 1 }
            : null
        }
        onAddRow={() => edit(newRow)}
        onPull={pull}
        onMark={(next: FlowStatus) => active && edit((s) => markCell(s, active.rowId, active.column, next))}
      />
      <FlowGrid
        sheet={sheet}
        sideLabels={labels}
        active={active}
        onActivate={setActive}
        onText={(cell, text) => edit((s) => setCell(s, cell.rowId, cell.column, text))}
        onRemoveRow={(rowId) => {
          if (active?.rowId === rowId) setActive(null)
          edit((s) => removeRow(s, rowId))
        }}
      />
      <p className="sr-only" role="status">
        {status}
      </p>
    </section>
  )
}
