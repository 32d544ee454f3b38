/**
 * A flow sheet for a practice round: a column per speech of the format, a row per argument,
 * each cell a note that may come from a claim in the map and be marked answered or dropped.
 * Operations return a new sheet; the caller sets `updatedAt` when it saves.
 */
import { ApiError } from '../errors'
import type { Claim } from '../model/claim'
import type { FlowCell, FlowSheet, FlowStatus, TimingFormat } from '../model/practice'
import { MAX_CELL_TEXT, MAX_FLOW_ROWS } from './limits'

export interface NewFlowSheet {
  id: string
  title: string
  motionId: string | null
  format: TimingFormat
  now: string
  /** Cross-examinations get no column unless asked for: debaters rarely flow them. */
  includeCrossEx?: boolean
}

const emptyCell = (): FlowCell => ({ text: '', claimId: null, status: 'open' })

export function createFlowSheet(input: NewFlowSheet): FlowSheet {
  const speeches = input.format.speeches.filter((s) => input.includeCrossEx || s.kind === 'speech')
  // A format of cross-examinations only still needs columns to write in.
  const columns = (speeches.length > 0 ? speeches : input.format.speeches).map((s) => ({ name: s.name, side: s.side }))
  return {
    id: input.id,
    title: input.title,
    motionId: input.motionId,
    formatId: input.format.id,
    columns,
    rows: [],
    createdAt: input.now,
    updatedAt: input.now
  }
}

/** Adds an empty row (an argument) at the end, or at `index`. */
export function addRow(sheet: FlowSheet, rowId: string, index = sheet.rows.length): FlowSheet {
  if (sheet.rows.length >= MAX_FLOW_ROWS) throw new ApiError('conflict', `A flow holds at most ${MAX_FLOW_ROWS.toLocaleString('en')} rows`)
  if (sheet.rows.some((r) => r.id === rowId)) throw new ApiError('conflict', `The flow already has a row "${rowId}"`, 'rowId')
  const row = { id: rowId, cells: sheet.columns.map(emptyCell) }
  const at = Math.min(Math.max(0, index), sheet.rows.length)
  return { ...sheet, rows: [...sheet.rows.slice(0, at), row, ...sheet.rows.slice(at)] }
}

export function removeRow(sheet: FlowSheet, rowId: string): FlowSheet {
  rowIndex(sheet, rowId)
  return { ...sheet, rows: sheet.rows.filter((r) => r.id !== rowId) }
}

export function moveRow(sheet: FlowSheet, rowId: string, index: number): FlowSheet {
  const from = rowIndex(sheet, rowId)
  const rows = sheet.rows.filter((r) => r.id !== rowId)
  const at = Math.min(Math.max(0, index), rows.length)
  return { ...sheet, rows: [...rows.slice(0, at), sheet.rows[from]!, ...rows.slice(at)] }
}

/** Writes a note in a cell; the link to a claim goes, since the text is now the user's own. */
export function setCell(sheet: FlowSheet, rowId: string, column: number, text: string): FlowSheet {
  if (text.length > MAX_CELL_TEXT) {
    throw new ApiError('invalid_input', `A flow cell holds at most ${MAX_CELL_TEXT.toLocaleString('en')} characters`, 'text')
  }
  return updateCell(sheet, rowId, column, (cell) => ({ ...cell, text, claimId: null }))
}

/** Puts a claim from the map into a cell: its tag as the text, and a link back to it. Replaces what the cell held. */
export function pullClaim(sheet: FlowSheet, rowId: string, column: number, claim: Claim): FlowSheet {
  return updateCell(sheet, rowId, column, (cell) => ({ ...cell, text: claim.title, claimId: claim.id }))
}

/** Adds a claim's tag after what the cell already holds, on a line of its own, linking the cell to the claim. */
export function appendClaim(sheet: FlowSheet, rowId: string, column: number, claim: Claim): FlowSheet {
  return updateCell(sheet, rowId, column, (cell) => {
    const text = cell.text.trim() ? `${cell.text.replace(/\s+$/, '')}\n${claim.title}` : claim.title
    if (text.length > MAX_CELL_TEXT) {
      throw new ApiError('invalid_input', `A flow cell holds at most ${MAX_CELL_TEXT.toLocaleString('en')} characters; this claim does not fit after its note`, 'text')
    }
    return { ...cell, text, claimId: claim.id }
  })
}

/**
 * Whether pulling `claim` into the cell would lose words the user wrote there, so the page
 * must ask first (replace, append or cancel): the cell holds text other than the claim's own tag.
 */
export function pullWouldOverwrite(sheet: FlowSheet, rowId: string, column: number, claim: Claim): boolean {
  const text = sheet.rows.find((r) => r.id === rowId)?.cells[column]?.text ?? ''
  return text.trim() !== '' && text !== claim.title
}

export function markCell(sheet: FlowSheet, rowId: string, column: number, status: FlowStatus): FlowSheet {
  return updateCell(sheet, rowId, column, (cell) => ({ ...cell, status }))
}

/** How many cells are marked each way, for a round's summary ("3 dropped"). */
export function countStatuses(sheet: FlowSheet): Record<FlowStatus, number> {
  const counts: Record<FlowStatus, number> = { open: 0, answered: 0, dropped: 0 }
  for (const row of sheet.rows) for (const cell of row.cells) if (cell.text || cell.status !== 'open') counts[cell.status] += 1
  return counts
}

function rowIndex(sheet: FlowSheet, rowId: string): number {
  const index = sheet.rows.findIndex((r) => r.id === rowId)
  if (index < 0) throw new ApiError('not_found', `No row "${rowId}" in this flow`, 'rowId')
  return index
}

function updateCell(sheet: FlowSheet, rowId: string, column: number, change: (cell: FlowCell) => FlowCell): FlowSheet {
  const index = rowIndex(sheet, rowId)
  if (!Number.isInteger(column) || column < 0 || column >= sheet.columns.length) {
    throw new ApiError('invalid_input', `No column ${column} in this flow (it has ${sheet.columns.length})`, 'column')
  }
  const row = sheet.rows[index]!
  const cells = row.cells.map((cell, i) => (i === column ? change(cell) : cell))
  return { ...sheet, rows: sheet.rows.map((r, i) => (i === index ? { ...row, cells } : r)) }
}

// ---- CSV ------------------------------------------------------------------------------------

export interface CsvOptions {
  /** Write the status of marked cells after their text ("[dropped]"). Default true. */
  withStatus?: boolean
  /** Start with a byte-order mark so Excel reads the file as UTF-8 (§ and accents intact). Default false. */
  bom?: boolean
}

/**
 * A formula character (OWASP's list) at the start of the field or after a character a
 * spreadsheet may split on (quotes it would strip between): a ";" list separator (many
 * locales), a tab (a tab-separated import) or a line break. Such a reader does not see our
 * quotes around a field that is not first on its line, so "x,\"a;=1+1\"" still splits into
 * "x,\"a" and "=1+1\"" there.
 */
const FORMULA_AFTER_SPLIT = /(?<=^|[;\t\r\n])("*)(?=[=+\-@\t\r])/g

/**
 * One CSV field: each formula character where a reader may start a cell gets a "'" before
 * it, so a spreadsheet shows the text instead of running it; then RFC 4180 quoting (fields
 * with a comma, quote or line break go in double quotes, quotes doubled), and fields with a
 * ";" or a tab too, so that a reader splitting on those keeps a first field whole.
 */
export function csvField(value: string): string {
  const safe = value.replace(FORMULA_AFTER_SPLIT, "$1'")
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The flow as CSV: a header of speech names, then a line per argument; CRLF line ends, as RFC 4180 says. */
export function flowSheetToCsv(sheet: FlowSheet, options: CsvOptions = {}): string {
  const withStatus = options.withStatus ?? true
  const cellText = (cell: FlowCell) =>
    withStatus && cell.status !== 'open' ? [cell.text, `[${cell.status}]`].filter(Boolean).join(' ') : cell.text
  const lines = [sheet.columns.map((c) => c.name), ...sheet.rows.map((r) => r.cells.map(cellText))]
  const csv = lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n'
  return options.bom ? `\uFEFF${csv}` : csv
}
