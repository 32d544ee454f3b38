import { useEffect, useMemo, useRef, useState } from 'react'
import { sidesOf } from '../../../../shared/analysis/sides'
import type { Claim } from '../../../../shared/model/claim'
import type { FlowSheet, FlowStatus } from '../../../../shared/model/practice'
import { addRow, appendClaim, countStatuses, flowSheetToCsv, markCell, pullClaim, pullWouldOverwrite, removeRow, setCell } from '../../../../shared/practice/flow-sheet'
import { useMutation, useQuery } from '../../data/hooks'
import { useReportError } from '../../kit/errors'
import { saveFile, saveTextFile } from '../../kit/save-file'
import { fileNameFor } from '../../../../shared/model/text'
import { FlowGrid, type CellRef } from './FlowGrid'
import { FlowToolbar } from './FlowToolbar'
import { PullChoice } from './PullChoice'
import { useFlowHistory } from './useFlowHistory'
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
  const history = useFlowHistory(initial)
  const sheet = history.sheet
  const [savedId, setSavedId] = useState<string | null>(saved ? initial.id : null)
  const [dirty, setDirty] = useState(!saved)
  const [chosen, setActive] = useState<CellRef | null>(null)
  // An undo may take away the row of the chosen cell.
  const active = chosen && sheet.rows.some((r) => r.id === chosen.rowId) ? chosen : null
  const [pending, setPending] = useState<{ claim: Claim; cell: CellRef } | null>(null)
  // The cell to put the cursor in once the edit that made it is drawn.
  const focusCell = useRef<CellRef | null>(null)
  const editorRef = useRef<HTMLElement>(null)
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

  useEffect(() => {
    const cell = focusCell.current
    if (!cell) return
    focusCell.current = null
    editorRef.current?.querySelector<HTMLTextAreaElement>(`textarea[data-cell="${cell.rowId}:${cell.column}"]`)?.focus()
  })

  /** Every edit goes through here, so each one can be undone; `group` makes a cell's typing one step. */
  const edit = (change: (s: FlowSheet) => FlowSheet, group: string | null = null) => {
    try {
      history.change(change(sheet), group)
      setDirty(true)
    } catch (error) {
      report(error)
    }
  }
  const step = (which: 'undo' | 'redo') => {
    if (!(which === 'undo' ? history.undo() : history.redo())) return
    setDirty(true)
    setStatus(which === 'undo' ? 'Undone.' : 'Redone.')
  }
  const newRow = (s: FlowSheet) => addRow(s, crypto.randomUUID())
  const addArgument = () => {
    const rowId = crypto.randomUUID()
    edit((s) => addRow(s, rowId))
    // Straight into the new argument's first cell, so typing goes on there.
    focusCell.current = { rowId, column: 0 }
  }
  const pull = (claim: Claim) => {
    if (active) {
      if (pullWouldOverwrite(sheet, active.rowId, active.column, claim)) return setPending({ claim, cell: active })
      return edit((s) => pullClaim(s, active.rowId, active.column, claim))
    }
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
    history.saved(result)
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
    <section
      ref={editorRef}
      className="flow-editor"
      aria-label={`Flow sheet ${sheet.title}`}
      onKeyDown={(e) => {
        // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo the flow's edits, in a cell too: the sheet, not the field, keeps the steps.
        const key = e.key.toLowerCase()
        if (!(e.ctrlKey || e.metaKey) || e.altKey || (key !== 'z' && key !== 'y')) return
        e.preventDefault()
        step(key === 'y' || e.shiftKey ? 'redo' : 'undo')
      }}
    >
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
        onAddRow={addArgument}
        onPull={pull}
        canUndo={history.canUndo}
        canRedo={history.canRedo}
        onUndo={() => step('undo')}
        onRedo={() => step('redo')}
        onMark={(next: FlowStatus) => active && edit((s) => markCell(s, active.rowId, active.column, next))}
      />
      {pending && (
        <PullChoice
          claimTitle={pending.claim.title}
          where={`Argument ${sheet.rows.findIndex((r) => r.id === pending.cell.rowId) + 1}, ${sheet.columns[pending.cell.column]!.name}`}
          onAppend={() => {
            edit((s) => appendClaim(s, pending.cell.rowId, pending.cell.column, pending.claim))
            setPending(null)
            focusCell.current = pending.cell
          }}
          onReplace={() => {
            edit((s) => pullClaim(s, pending.cell.rowId, pending.cell.column, pending.claim))
            setPending(null)
            focusCell.current = pending.cell
          }}
          onCancel={() => {
            setPending(null)
            focusCell.current = pending.cell
          }}
        />
      )}
      <FlowGrid
        sheet={sheet}
        sideLabels={labels}
        active={active}
        onActivate={setActive}
        onText={(cell, text) => edit((s) => setCell(s, cell.rowId, cell.column, text), `${cell.rowId}:${cell.column}`)}
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
