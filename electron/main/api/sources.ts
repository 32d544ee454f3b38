import { diffClaims } from '../../../shared/operations/claim-change'
import { checkQuotes, createQuote, deleteQuote, linkEvidence, updateQuote } from '../../../shared/operations/quotes'
import { createSource, deleteSource, findSource, isBundled, listSources, updateSource } from '../../../shared/operations/sources'
import { citeSource } from '../../../shared/citations/format'
import { FORMAT_NAMES as CITATION_FILE_NAMES, type ImportFormat } from '../../../shared/citations/file-formats'
import { importCitationFile, previewCitationImport } from '../../../shared/operations/citation-import'
import { ApiError } from '../../../shared/errors'
import { keepingLocks } from '../../../shared/operations/locks'
import { parseInWorker } from '../parse/run'
import type { Handlers } from './handler'

/** A citation file read on the parse worker; an error when the file as a whole cannot be read. */
export async function readCitationFile(format: ImportFormat, text: string, timeoutMs?: number) {
  const read = await parseInWorker('citations', { text, format }, { what: `the ${CITATION_FILE_NAMES[format]} file`, timeoutMs })
  if (!read.ok) throw new ApiError(read.error.code, read.error.message, read.error.path)
  return read.file
}

export const sourceHandlers: Pick<
  Handlers,
  | 'source.list'
  | 'source.get'
  | 'source.create'
  | 'source.update'
  | 'source.delete'
  | 'source.importPreview'
  | 'source.import'
  | 'source.cite'
  | 'quote.list'
  | 'quote.create'
  | 'quote.update'
  | 'quote.delete'
  | 'claim.link'
  | 'library.check'
> = {
  'source.list': (input, { store }) => listSources(store.library, input),
  'source.get': ({ sourceId }, { store }) => {
    const quotes = store.library.quotes.filter((q) => q.sourceId === sourceId)
    const ids = new Set(quotes.map((q) => q.id))
    const usedBy = store.library.claims.flatMap((c) =>
      c.evidence.filter((id) => ids.has(id)).map((quoteId) => ({ claimId: c.id, motionId: c.motionId, title: c.title, quoteId }))
    )
    return { source: findSource(store.library, sourceId), bundled: isBundled(sourceId), quotes, usedBy }
  },
  'source.create': (input, { store, env }) => store.update((library) => createSource(library, input, env)),
  'source.update': (input, { store, env }) => store.update(keepingLocks((library) => updateSource(library, input, env))),
  'source.delete': (input, { store }) => store.update(keepingLocks((library) => deleteSource(library, input))),
  'source.importPreview': async ({ format, text }, { store, parseTimeoutMs }) => {
    const file = await readCitationFile(format, text, parseTimeoutMs)
    return previewCitationImport(store.library, file)
  },
  'source.import': async ({ format, text }, { store, env, parseTimeoutMs }) => {
    const file = await readCitationFile(format, text, parseTimeoutMs)
    return store.update((library) => importCitationFile(library, file, env))
  },
  'source.cite': ({ sourceId, style, pinpoint }, { store }) => {
    return citeSource(findSource(store.library, sourceId), style, pinpoint ?? '')
  },
  'quote.list': (_input, { store }) => [...store.library.quotes].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  'quote.create': (input, { store, env }) => store.update((library) => createQuote(library, input, env)),
  'quote.update': (input, { store, env }) => store.update(keepingLocks((library) => updateQuote(library, input, env))),
  'quote.delete': (input, { store }) => store.update(keepingLocks((library) => deleteQuote(library, input))),
  'claim.link': (input, { store, env }) =>
    store.update((library) => {
      const next = keepingLocks((before) => linkEvidence(before, input, env))(library)
      return { library: next.library, result: diffClaims(library.claims, next.library.claims) }
    }),
  'library.check': (_input, { store }) => checkQuotes(store.library)
}
