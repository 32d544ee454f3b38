/**
 * A first pass over an RIS file that cuts it into records ("TY  - " to "ER  - "), each with its
 * own text for Citation.js, its line, its ID and its tags. Tolerant, as reference managers are:
 * lines between records (numbering such as "1.", a header) are passed over with a note, and a
 * record left open ends where the next one starts.
 */
export interface RisRecord {
  /** 0-based place in the file. */
  index: number
  startLine: number
  /** The record's lines, as Citation.js reads them. */
  text: string
  /** Each tag's values, in order ("AU" → every author line). */
  tags: Map<string, string[]>
}

export interface RisScan {
  records: RisRecord[]
  warnings: string[]
}

/** The same tag line Citation.js reads: two characters, two spaces, a hyphen. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: |$)/

export function scanRis(text: string): RisScan {
  const records: RisRecord[] = []
  const warnings: string[] = []
  const strayLines: number[] = []
  let open: { record: RisRecord; lines: string[] } | null = null
  const close = () => {
    if (open) open.record.text = `${open.lines.join('\n')}\n`
    open = null
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  for (const [at, raw] of lines.entries()) {
    const number = at + 1
    const line = raw.trim()
    const tag = TAG_LINE.exec(line)?.[1]
    if (tag === 'TY') {
      if (open) {
        warnings.push(`RIS record ${records.length} (line ${open.record.startLine}) has no "ER  - " line; it was read up to line ${number - 1}`)
        close()
      }
      const record: RisRecord = { index: records.length, startLine: number, text: '', tags: new Map() }
      records.push(record)
      open = { record, lines: [] }
    }
    if (!open) {
      // Outside a record: a header before the first, numbering or notes between records.
      if (line && records.length > 0) strayLines.push(number)
      continue
    }
    open.lines.push(raw)
    if (tag) {
      const values = open.record.tags.get(tag) ?? []
      values.push(line.slice(6).trim())
      open.record.tags.set(tag, values)
    }
    if (tag === 'ER') close()
  }
  if (open) {
    const { record } = open as { record: RisRecord }
    warnings.push(`RIS record ${record.index + 1} (line ${record.startLine}) has no "ER  - " line; it was read to the end of the file`)
    close()
  }
  if (strayLines.length > 0) {
    const shown = strayLines.slice(0, 5).join(', ') + (strayLines.length > 5 ? ` and ${strayLines.length - 5} more` : '')
    warnings.push(`${strayLines.length === 1 ? 'Line' : 'Lines'} ${shown} between RIS records ${strayLines.length === 1 ? 'was' : 'were'} not part of any record and ${strayLines.length === 1 ? 'was' : 'were'} passed over`)
  }
  return { records, warnings }
}

/** The first value of the first of these tags that the record has. */
export function tagValue(record: RisRecord, ...tags: string[]): string {
  for (const tag of tags) {
    const value = record.tags.get(tag)?.find((text) => text.trim())
    if (value) return value.trim()
  }
  return ''
}
