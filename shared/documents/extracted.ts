/**
 * What reading a document (PDF, Word, a saved web page, plain text, Markdown) gives: its text
 * in citable units and the citation fields its own metadata states, each with where it was found.
 * Extractors (./pdf.ts, ./html.ts, ./docx.ts, ./text.ts) are pure functions over the file's bytes;
 * they run on the parse worker (electron/main/parse), never in the page.
 */
import type { Person, SourceKind, SourceUnit } from '../model/source'

export const DOCUMENT_KINDS = ['pdf', 'docx', 'html', 'text', 'markdown'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** The largest document file read, in bytes (a 120-page report is a few MB; scanned ones are larger). */
export const MAX_DOCUMENT_BYTES = 40 * 1024 * 1024

/** A value the document states, and where: "PDF info: Title", "XMP dc:creator", "meta citation_title", "og:title", "JSON-LD author", "docProps/core.xml dc:creator". */
export interface FoundField<T = string> {
  value: T
  from: string
}

/** Citation fields as the document states them; absent where it does not. */
export interface DocumentMetadata {
  title?: FoundField
  authors?: FoundField<Person[]>
  /** As stated, or ISO (YYYY, YYYY-MM, YYYY-MM-DD) where the format allows reading it. */
  date?: FoundField
  publisher?: FoundField
  /** The journal, site or newspaper. */
  container?: FoundField
  url?: FoundField
  doi?: FoundField
  volume?: FoundField
  issue?: FoundField
  pages?: FoundField
  /** The kind of source the metadata suggests (a journal article, a web page). */
  kind?: FoundField<SourceKind>
}

export interface ExtractedDocument {
  kind: DocumentKind
  /**
   * The text in reading order. PDF: one unit per page (id "page-3", label "p. 3", the printed
   * page number where the page states one), paragraphs within it separated by a blank line.
   * Other kinds: one unit per paragraph (id "para-12", label "¶ 12"), heading = the nearest
   * heading above it. Unit text is what a reader sees, exactly; a card is a range within one unit.
   */
  units: SourceUnit[]
  /** PDF only. */
  pageCount?: number
  metadata: DocumentMetadata
  /** 'suspect' when the text extracted as garbage (a poor OCR layer, a broken font map): shown, not trusted. */
  textQuality: 'good' | 'suspect'
  /** What a reader should know, one plain sentence each ("Pages 3 to 5 have no text layer."). */
  warnings: string[]
}

/** The stored text of an imported document: texts/<textHash>.json in the data folder, never rewritten. */
export interface DocumentText {
  units: SourceUnit[]
}
