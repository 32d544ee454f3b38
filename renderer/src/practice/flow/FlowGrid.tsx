import type { FlowSheet } from '../../../../shared/model/practice'

export interface CellRef {
  rowId: string
  column: number
}

interface FlowGridProps {
  sheet: FlowSheet
  sideLabels: { pro: string; con: string }
  active: CellRef | null
  onActivate(cell: CellRef): void
  onText(cell: CellRef, text: string): void
  onRemoveRow(rowId: string): void
}

const STATUS_NAMES = { open: '', answered: 'answered', dropped: 'dropped' } as const

/** The flow: a column per speech, a row per argument, each cell a note marked open, answered or dropped. */
export function FlowGrid({ sheet, sideLabels, active, onActivate, onText, onRemoveRow }: FlowGridProps) {
  return (
    <div className="flow-scroll">
      <table className="flow-sheet" aria-label={`Flow: ${sheet.title}`}>
        <thead>
          <tr>
            <th scope="col" className="flow-row-head">
              <span className="sr-only">Argument</span>
            </th>
            {sheet.columns.map((column, index) => (
              <th key={index} scope="col" className={`flow-col flow-col-${column.side}`}>
                <span className="flow-col-name">{column.name}</span>
                <span className="flow-col-side">{column.side === 'both' ? 'Both' : sideLabels[column.side]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, rowIndex) => (
            <tr key={row.id}>
              <th scope="row" className="flow-row-head">
                <span>{rowIndex + 1}</span>
                <button type="button" className="ghost flow-remove" aria-label={`Remove argument ${rowIndex + 1}`} onClick={() => onRemoveRow(row.id)}>
                  ×
                </button>
              </th>
              {row.cells.map((cell, column) => {
                const ref = { rowId: row.id, column }
                const isActive = active?.rowId === row.id && active.column === column
                const status = STATUS_NAMES[cell.status]
                return (
                  <td key={column} className={`flow-cell status-${cell.status}${isActive ? ' active' : ''}${cell.claimId ? ' from-map' : ''}`}>
                    <textarea
                      aria-label={`Argument ${rowIndex + 1}, ${sheet.columns[column]!.name}${status ? ` (${status})` : ''}`}
                      data-cell={`${row.id}:${column}`}
                      value={cell.text}
                      rows={3}
                      onFocus={() => onActivate(ref)}
                      onChange={(e) => onText(ref, e.target.value)}
                    />
                    <span className="flow-print-text" aria-hidden="true">
                      {cell.text}
                    </span>
                    {status && <span className="flow-status">{status}</span>}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {sheet.rows.length === 0 && <p className="muted flow-empty">No arguments yet: add a row, or pull a claim from the map.</p>}
    </div>
  )
}
