/**
 * A read document becomes a source: its citation fields from the document's own metadata
 * (each with where it was found), and a reference to its text, which lives in its own file
 * (the store's texts/<textHash>.json), never inline in the library.
 */
import type { DocumentKind, DocumentMetadata, ExtractedDocument, FoundField } from '../documents/extracted'
import { LOCAL_ORIGIN } from '../model/ids'
import { withAdded, type Library } from '../model/library'
import { SourceSchema, type DocumentRef, type Person, type Source, type SourceKind } from '../model/source'
import { oneLine } from '../model/text'
import type { Change, OperationEnv } from './change'

/** What a document is cited as when its metadata does not say: a saved page is a web source, anything else an article. */
const KIND_BY_DOCUMENT: Record<DocumentKind, SourceKind> = {
  pdf: 'article',
  docx: 'article',
  html: 'web',
  text: 'article',
  markdown: 'article'
}

/** The longest each field may be in a source (model/source.ts); a longer value from a file is left out, with a warning. */
const FIELD_LIMITS = { title: 500, publisher: 300, container: 300, date: 40, url: 2000, volume: 100, issue: 100, pages: 100 } as const
type TextField = keyof typeof FIELD_LIMITS
const MAX_AUTHORS = 100
const MAX_WARNINGS = 50
const MAX_WARNING_LENGTH = 500

/** The source's fields that a document's metadata can fill, with where each came from. */
export interface DocumentFields {
  kind: SourceKind
  title: string
  authors: Person[]
  publisher: string
  container: string
  date: string
  url: string
  volume?: string
  issue?: string
  pages?: string
  /** By field name ("title", "authors"): where the document states it ("PDF info: Title"). */
  fieldOrigins: Record<string, string>
  /** Fields the document stated but the source cannot hold, one sentence each. */
  warnings: string[]
}

/** The file name without its folder or extension: "Report 2024.final.pdf" is "Report 2024.final". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const stem = base.replace(/\.[A-Za-z0-9]{1,8}$/, '')
  const title = oneLine(stem || base).slice(0, FIELD_LIMITS.title)
  return /[^\p{Cf}\p{Z}]/u.test(title) ? title : 'Untitled document'
}

function person(p: Person): Person | null {
  const clip = (value: string | undefined, max: number) => (value === undefined ? undefined : oneLine(value).slice(0, max) || undefined)
  const given = clip(p.given, 200)
  const family = clip(p.family, 200)
  const literal = clip(p.literal, 300)
  if (!given && !family && !literal) return null
  return { ...(given ? { given } : {}), ...(family ? { family } : {}), ...(literal ? { literal } : {}) }
}

/** Reads the metadata into source fields; pure, so the import and its tests agree on every field. */
export function documentFields(document: Pick<ExtractedDocument, 'kind' | 'metadata'>, fileName: string): DocumentFields {
  const metadata: DocumentMetadata = document.metadata
  const fieldOrigins: Record<string, string> = {}
  const warnings: string[] = []
  const origin = (found: FoundField<unknown>) => oneLine(found.from).slice(0, 200)
  const text = (field: TextField, found: FoundField | undefined): string | undefined => {
    if (!found) return undefined
    const value = oneLine(found.value)
    // Only invisible characters (a zero-width space) say nothing.
    if (!/[^\p{Cf}\p{Z}]/u.test(value)) return undefined
    if (value.length > FIELD_LIMITS[field]) {
      warnings.push(`The ${field} the document states (${origin(found)}) is longer than ${FIELD_LIMITS[field]} characters, so it was left out.`)
      return undefined
    }
    fieldOrigins[field] = origin(found)
    return value
  }

  const title = text('title', metadata.title)
  const fields: DocumentFields = {
    kind: metadata.kind?.value ?? KIND_BY_DOCUMENT[document.kind],
    title: title ?? titleFromFileName(fileName),
    authors: [],
    publisher: text('publisher', metadata.publisher) ?? '',
    container: text('container', metadata.container) ?? '',
    date: text('date', metadata.date) ?? '',
    url: text('url', metadata.url) ?? '',
    fieldOrigins,
    warnings
  }
  if (metadata.kind) fieldOrigins.kind = origin(metadata.kind)
  if (!fields.url && metadata.doi) {
    const doi = oneLine(metadata.doi.value).replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '')
    if (doi) {
      fields.url = `https://doi.org/${doi}`.slice(0, FIELD_LIMITS.url)
      fieldOrigins.url = origin(metadata.doi)
    }
  }
  if (metadata.authors) {
    const authors = metadata.authors.value.map(person).filter((p): p is Person => p !== null)
    if (authors.length > MAX_AUTHORS) warnings.push(`The document names ${authors.length} authors; the first ${MAX_AUTHORS} were kept.`)
    fields.authors = authors.slice(0, MAX_AUTHORS)
    if (fields.authors.length > 0) fieldOrigins.authors = origin(metadata.authors)
  }
  for (const field of ['volume', 'issue', 'pages'] as const) {
    const value = text(field, metadata[field])
    if (value !== undefined) fields[field] = value
  }
  return fields
}

/** The library's source made from this very file (same bytes), if it has one. */
export function findDocumentSource(library: Library, fileHash: string): Source | undefined {
  return library.sources.find((s) => s.document?.fileHash === fileHash)
}

export interface StoredDocument {
  document: ExtractedDocument
  fileName: string
  /** SHA-256 of the file's bytes, and of the text file already written for it. */
  fileHash: string
  textHash: string
}

export interface DocumentImport {
  source: Source
  alreadyHad: boolean
  warnings: string[]
}

/**
 * Adds the source of an imported document whose text file is already written. The same file
 * (by its hash) already in the library is answered as it is, and nothing changes.
 */
export function addDocumentSource(library: Library, stored: StoredDocument, env: OperationEnv): Change<DocumentImport> {
  const existing = findDocumentSource(library, stored.fileHash)
  if (existing) return { library, result: { source: existing, alreadyHad: true, warnings: existing.document?.warnings ?? [] } }
  const { document, fileName, fileHash, textHash } = stored
  const { fieldOrigins, warnings: fieldWarnings, ...fields } = documentFields(document, fileName)
  const warnings = [...document.warnings, ...fieldWarnings]
    .map((w) => (w.length > MAX_WARNING_LENGTH ? `${w.slice(0, MAX_WARNING_LENGTH - 1)}…` : w))
  if (warnings.length > MAX_WARNINGS) warnings.splice(MAX_WARNINGS - 1, Infinity, `… and ${warnings.length - (MAX_WARNINGS - 1)} more notes.`)
  const ref: DocumentRef = {
    kind: document.kind,
    fileName: fileName.slice(0, 300),
    fileHash,
    textHash,
    unitCount: document.units.length,
    ...(document.pageCount === undefined ? {} : { pageCount: document.pageCount }),
    fieldOrigins,
    textQuality: document.textQuality,
    warnings
  }
  const now = env.now()
  // Checked here as the library file is checked on opening: a source that would not load must never be written.
  const source = SourceSchema.parse({
    id: env.newId(),
    ...fields,
    accessed: '',
    reporterCitation: '',
    qualifications: '',
    document: ref,
    origin: LOCAL_ORIGIN,
    createdAt: now,
    updatedAt: now
  })
  return { library: withAdded(library, { sources: [source] }), result: { source, alreadyHad: false, warnings } }
}

/**
 * A document source's field origins without the fields this edit changes: "from PDF info" must
 * not be shown on a title the user has since rewritten.
 */
export function originsAfterEdit(source: Source, changed: Partial<Source>): Source {
  if (!source.document) return source
  const origins = { ...source.document.fieldOrigins }
  let dropped = false
  for (const [field, value] of Object.entries(changed)) {
    if (!(field in origins)) continue
    if (JSON.stringify(value) === JSON.stringify(source[field as keyof Source])) continue
    delete origins[field]
    dropped = true
  }
  return dropped ? { ...source, document: { ...source.document, fieldOrigins: origins } } : source
}
