/**
 * Every parse of a file a user hands Casebook, by name: what runs inside the parse worker
 * (./worker.ts). Each parser loads when its first file comes and stays loaded in the warm
 * worker (./workers.ts); a worker starts with none of them. The main thread imports only the
 * types, so none of this loads there.
 */
import type { ImportFormat } from '../../../shared/citations/file-formats'

const READERS = {
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

/** The kinds of file a worker reads. */
export type ReaderName = keyof typeof READERS

/**
 * What each reader loads before its first file, so that a worker made ready while the user
 * picks a file (ParseWorkers.prepare) reads it as fast as a warm one. A document could be any
 * kind: pdf.js, the slowest to load, comes with the others.
 */
const WARM_UPS: Record<ReaderName, () => Promise<unknown>> = {
  kialo: () => import('../../../shared/interchange/kialo'),
  argdown: () => import('../../../shared/interchange/argdown-import'),
  citations: () => import('../../../shared/citations/import'),
  pack: () => Promise.all([import('../../../shared/packs/read'), import('../store/texts')]),
  document: async () => {
    const [{ preparePdfJs }] = await Promise.all([
      import('../../../shared/documents/pdf/pdfjs'),
      import('../../../shared/documents/extract'),
      import('../../../shared/documents/pdf'),
      import('../../../shared/documents/docx'),
      import('../../../shared/documents/html')
    ])
    await preparePdfJs()
  },
  verbatim: () => import('../../../shared/verbatim/read')
}

export const PARSERS = {
  ...READERS,
  /** Not a file: loads a reader's code (WARM_UPS) and answers with the reader's name. */
  prepare: async (reader: ReaderName) => {
    await WARM_UPS[reader]()
    return reader
  }
}

export type ParserName = keyof typeof PARSERS
export type ParseInput<N extends ParserName> = Parameters<(typeof PARSERS)[N]>[0]
export type ParseOutput<N extends ParserName> = Awaited<ReturnType<(typeof PARSERS)[N]>>
