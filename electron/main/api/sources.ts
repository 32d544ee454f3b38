import { citeSource } from '../../../shared/citations/format'
import { FORMAT_NAMES as CITATION_FILE_NAMES, type ImportFormat } from '../../../shared/citations/file-formats'
import { importCitationFile, previewCitationImport } from '../../../shared/operations/citation-import'
import { ApiError } from '../../../shared/errors'
import { createSource, deleteSource, findSource, getSourceDetail, listSources, updateSource } from '../../../shared/operations/sources'
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
  'source.list' | 'source.get' | 'source.create' | 'source.update' | 'source.delete' | 'source.importPreview' | 'source.import' | 'source.cite'
> = {
  'source.list': (input, { store }) => listSources(store.library, input),
  'source.get': ({ sourceId }, { store }) => getSourceDetail(store.library, sourceId),
  'source.create': (input, { store, env }) => store.update((library) => createSource(library, input, env)),
  'source.update': (input, { store, env }) => store.update((library) => updateSource(library, input, env)),
  'source.delete': (input, { store }) => store.update((library) => deleteSource(library, input)),
  'source.importPreview': async ({ format, text }, { store, parseTimeoutMs }) => {
    const file = await readCitationFile(format, text, parseTimeoutMs)
    return previewCitationImport(store.library, file)
  },
  'source.import': async ({ format, text }, { store, env, parseTimeoutMs }) => {
    const file = await readCitationFile(format, text, parseTimeoutMs)
    return store.update((library) => importCitationFile(library, file, env))
  },
  'source.cite': ({ sourceId, style, pinpoint }, { store }) => citeSource(findSource(store.library, sourceId), style, pinpoint ?? '')
}
