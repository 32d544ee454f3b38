/**
 * The citation file formats Casebook reads, their names and how much one file may hold: apart
 * from the readers, so the main thread can name and check a file without loading them.
 */
export const IMPORT_FORMATS = ['bibtex', 'ris', 'csl-json'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export const FORMAT_NAMES: Record<ImportFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' }

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_ENTRIES = 5000

/** A citation file's format by its name (.bib, .ris, .json), else by how its text begins. */
export function citationFormatOf(fileName: string, text: string): ImportFormat {
  if (/\.(?:bib|bibtex)$/i.test(fileName)) return 'bibtex'
  if (/\.ris$/i.test(fileName)) return 'ris'
  if (/\.json$/i.test(fileName)) return 'csl-json'
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json'
  return /^TY {2}-/m.test(text) ? 'ris' : 'bibtex'
}
