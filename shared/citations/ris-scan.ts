/**
 * A first pass over an RIS file: every record must open with "TY  - " and close with "ER  - ".
 * Citation.js's reader is lenient (a record with no ER runs into the next), so the structure is
 * checked here, and an error names the record by its number and line.
 */
import { ApiError } from '../errors'

export interface RisRecord {
  /** 0-based place in the file. */
  index: number
  startLine: number
  endLine: number
}

export function describeRecord(record: RisRecord): string {
  return `RIS record ${record.index + 1} (line ${record.startLine})`
}

/** The same tag line Citation.js reads: two characters, two spaces, a hyphen. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: |$)/

export function scanRis(text: string): RisRecord[] {
  const records: RisRecord[] = []
  let open: RisRecord | null = null
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  for (const [at, raw] of lines.entries()) {
    const number = at + 1
    const line = raw.trim()
    const tag = TAG_LINE.exec(line)?.[1]
    if (!tag) {
      // Inside a record, a line without a tag continues the previous field; before the first
      // record, some exporters write a header ("Provider: ..."), which is not data.
      if (line && !open && records.length > 0) {
        throw new ApiError(
          'invalid_input',
          `Line ${number} is outside any RIS record and is not a tag line ("TY  - " starts a record); nothing was imported`,
          `line ${number}`
        )
      }
      continue
    }
    if (tag === 'TY') {
      if (open) {
        throw new ApiError(
          'invalid_input',
          `${describeRecord(open)} has no "ER  - " line: the next record starts at line ${number}; nothing was imported`,
          `entries[${open.index}]`
        )
      }
      if (!line.slice(6).trim()) {
        throw new ApiError(
          'invalid_input',
          `RIS record ${records.length + 1} (line ${number}) has no type after "TY  - "; nothing was imported`,
          `entries[${records.length}]`
        )
      }
      open = { index: records.length, startLine: number, endLine: number }
      records.push(open)
      continue
    }
    if (!open) {
      throw new ApiError(
        'invalid_input',
        `Line ${number} has a "${tag}" tag outside any RIS record (a record starts with "TY  - "); nothing was imported`,
        `line ${number}`
      )
    }
    if (tag === 'ER') {
      open.endLine = number
      open = null
    }
  }
  if (open) {
    const record = open
    throw new ApiError(
      'invalid_input',
      `${describeRecord(record)} has no "ER  - " line: the file ends before the record is closed; nothing was imported`,
      `entries[${record.index}]`
    )
  }
  return records
}
