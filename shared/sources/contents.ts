/**
 * A bundled text's table of contents, by article, section and clause, read from its units'
 * labels ("Art. IV, § 3, cl. 1" sits under "Art. IV", then "§ 3", as "cl. 1").
 */
export interface ContentsEntry {
  /** This level's part of the label: "Art. IV", "§ 3", "cl. 1". */
  name: string
  /** The first unit under this entry, where following it scrolls to. */
  unitId: string
  /** Whether the entry is a unit itself (Art. VII is, with its attestation below it). */
  isUnit: boolean
  /** The entries one level down. */
  children: ContentsEntry[]
}

export function contentsOf(units: ReadonlyArray<{ id: string; label: string }>): ContentsEntry[] {
  const root: ContentsEntry[] = []
  for (const unit of units) {
    let level = root
    const parts = unit.label.split(/\s*,\s*/)
    parts.forEach((name, depth) => {
      // Units come in reading order, so a part shared with the unit before is always the last entry.
      let entry = level[level.length - 1]
      const last = depth === parts.length - 1
      if (!entry || entry.name !== name || (last && entry.isUnit)) level.push((entry = { name, unitId: unit.id, isUnit: false, children: [] }))
      if (last) entry.isUnit = true
      level = entry.children
    })
  }
  return root
}

/**
 * Any source's contents for the reader: an imported PDF's by page, another imported document's
 * by heading (each entry opening at the first paragraph under it), a bundled text's by its labels.
 */
export function readerContents(units: ReadonlyArray<{ id: string; label: string; heading?: string }>, documentKind?: string): ContentsEntry[] {
  if (documentKind === undefined) return contentsOf(units)
  const flat = (name: string, unitId: string): ContentsEntry => ({ name, unitId, isUnit: true, children: [] })
  if (documentKind === 'pdf' || !units.some((unit) => unit.heading !== undefined)) return units.map((unit) => flat(unit.label, unit.id))
  const entries: ContentsEntry[] = []
  let last: string | undefined | null = null
  for (const unit of units) {
    if (unit.heading === last) continue
    last = unit.heading
    // Paragraphs before the first heading still need a way in.
    entries.push({ ...flat(unit.heading ?? 'Start of the text', unit.id), isUnit: false })
  }
  return entries
}
