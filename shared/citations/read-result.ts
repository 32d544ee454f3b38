/**
 * What reading a citation file gives, whatever its format: the entries that make sources, the
 * entries left out and why, and notes on what was read but not kept. Each entry is named by
 * its key (BibTeX key, RIS ID, CSL-JSON id; empty when it has none) and the file's own line.
 */
import type { SourceDraft } from './from-csl'

export interface EntryPlace {
  /** The entry's key in the file, or '' when it has none. */
  key: string
  /** 1-based line of the file where the entry starts. */
  line: number
}

export interface ReadEntry extends EntryPlace {
  draft: SourceDraft
}

export interface SkippedEntry extends EntryPlace {
  reason: string
}

export interface CitationFile {
  entries: ReadEntry[]
  skipped: SkippedEntry[]
  warnings: string[]
}

/** "BibTeX entry "white1869" (line 3)", for messages. */
export function describePlace(format: string, place: EntryPlace): string {
  return place.key ? `${format} entry "${place.key}" (line ${place.line})` : `${format} entry at line ${place.line}`
}

/** Line numbers of character offsets, found by binary search over the line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}
