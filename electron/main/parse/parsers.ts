/**
 * Every parse of a file a user hands Casebook, by name: what runs inside the parse worker
 * (./worker.ts). Each parser loads when its first file comes and stays loaded in the warm
 * worker (./workers.ts); a worker starts with none of them. The main thread imports only the
 * types, so none of this loads there.
 */
import type { ImportFormat } from '../../../shared/citations/file-formats'

export const PARSERS = {
  kialo: async (text: string | Uint8Array) => (await import('../../../shared/interchange/kialo')).parseKialo(text),
  // @argdown/core takes a moment to load: only when someone imports Argdown.
  argdown: async (text: string | Uint8Array) => (await import('../../../shared/interchange/argdown-import')).parseArgdown(text),
  // The BibTeX parser and Citation.js take a moment to load: only when someone imports citations.
  citations: async ({ text, format }: { text: string; format: ImportFormat }) =>
    (await import('../../../shared/citations/import')).importCitations(text, format),
  // A pack is checked with zod, which a document's parse does without. Every text a pack carries
  // is checked against its hash here, before anything can be written.
  pack: async (text: string) => {
    const [{ readPack }, { hashText }] = await Promise.all([import('../../../shared/packs/read'), import('../store/texts')])
    return readPack(text, hashText)
  },
  // pdf.js, Readability and the XML parser load only when someone imports a document of their kind.
  document: async ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) =>
    (await import('../../../shared/documents/extract')).extractDocument(bytes, fileName),
  verbatim: async ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) =>
    (await import('../../../shared/verbatim/read')).readVerbatim(bytes, fileName)
}

export type ParserName = keyof typeof PARSERS
export type ParseInput<N extends ParserName> = Parameters<(typeof PARSERS)[N]>[0]
export type ParseOutput<N extends ParserName> = Awaited<ReturnType<(typeof PARSERS)[N]>>
