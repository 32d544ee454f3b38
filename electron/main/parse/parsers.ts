/**
 * Every parse of a file a user hands Casebook, by name: what runs inside the parse worker
 * (./worker.ts). The main thread imports only the types, so none of this loads there.
 */
import { MAX_IMPORT_BYTES as MAX_CITATION_BYTES, type ImportFormat } from '../../../shared/citations/file-formats'
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../shared/interchange/text'
import { PACK_LIMITS } from '../../../shared/packs/format'
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/extracted'
import { readPack } from '../../../shared/packs/read'
import { parseKialo } from '../../../shared/interchange/kialo'
import { hashText } from '../store/texts'

export const PARSERS = {
  kialo: (text: string | Uint8Array) => parseKialo(text),
  // @argdown/core takes a moment to load: only when someone imports Argdown.
  argdown: async (text: string | Uint8Array) => (await import('../../../shared/interchange/argdown-import')).parseArgdown(text),
  // The BibTeX parser and Citation.js take a moment to load: only when someone imports citations.
  citations: async ({ text, format }: { text: string; format: ImportFormat }) =>
    (await import('../../../shared/citations/import')).importCitations(text, format),
  // Every text a pack carries is checked against its hash here, before anything can be written.
  pack: (text: string) => readPack(text, hashText),
  // pdf.js, Readability and the XML parser load only when someone imports a document of their kind.
  document: async ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) =>
    (await import('../../../shared/documents/extract')).extractDocument(bytes, fileName),
  verbatim: async ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) =>
    (await import('../../../shared/verbatim/read')).readVerbatim(bytes, fileName)
}

export type ParserName = keyof typeof PARSERS
export type ParseInput<N extends ParserName> = Parameters<(typeof PARSERS)[N]>[0]
export type ParseOutput<N extends ParserName> = Awaited<ReturnType<(typeof PARSERS)[N]>>

/** The most each parser reads, in UTF-8 bytes: checked before a worker starts. */
export const PARSE_MAX_BYTES: Record<ParserName, number> = {
  kialo: DEFAULT_MAX_IMPORT_BYTES,
  argdown: DEFAULT_MAX_IMPORT_BYTES,
  citations: MAX_CITATION_BYTES,
  pack: PACK_LIMITS.bytes,
  document: MAX_DOCUMENT_BYTES,
  verbatim: MAX_DOCUMENT_BYTES
}
