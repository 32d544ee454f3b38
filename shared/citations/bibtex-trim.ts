/**
 * Speed: @retorquere/bibtex-parser parses every field as LaTeX, and exports carry many fields
 * Casebook never keeps (abstracts, file links, keywords, Mendeley's tags). These are taken out
 * before the parser sees them, keeping every line break so the file's line numbers hold.
 */
import { scanEntries, withoutSpans, type ScannedEntry } from './bibtex-scan'

/** Fields Casebook reads (bibtex-csl.ts), and those the parser needs to resolve the others. */
export const KEPT = new Set([
  'title', 'subtitle', 'shorttitle', 'author', 'journal', 'journaltitle', 'journalsubtitle', 'booktitle',
  'booksubtitle', 'maintitle', 'publisher', 'institution', 'organization', 'school', 'location', 'address', 'city',
  'date', 'year', 'month', 'day', 'urldate', 'volume', 'number', 'issue', 'pages', 'edition', 'type',
  'entrysubtype', 'doi', 'url', 'crossref', 'xdata', 'langid', 'hyphenation', 'entryset'
])

/** The spans of the fields Casebook does not keep, in file order. */
export function unusedFieldSpans(entries: readonly ScannedEntry[]): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const entry of entries) {
    for (const field of entry.fields) if (!KEPT.has(field.name)) spans.push([field.start, field.end])
  }
  return spans
}

/** The text with the unkept fields of every entry taken out (line breaks kept). */
export function withoutUnusedFields(text: string): string {
  return withoutSpans(text, unusedFieldSpans(scanEntries(text)))
}
