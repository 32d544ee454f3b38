import { citeSource } from '../../../shared/citations/format'
import { FORMAT_NAMES as CITATION_FILE_NAMES } from '../../../shared/citations/import'
import { ApiError } from '../../../shared/errors'
import { createSource, deleteSource, findSource, getSourceDetail, importSources, listSources, updateSource } from '../../../shared/operations/sources'
import { parseInWorker } from '../parse/run'
import type { Handlers } from './handler'

export const sourceHandlers: Pick<
  Handlers,
  'source.list' | 'source.get' | 'source.create' | 'source.update' | 'source.delete' | 'source.import' | 'source.cite'
> = {
  'source.list': (input, { store }) => listSources(store.library, input),
  'source.get': ({ sourceId }, { store }) => getSourceDetail(store.library, sourceId),
  'source.create': (input, { store, env }) => store.update((library) => createSource(library, input, env)),
  'source.update': (input, { store, env }) => store.update((library) => updateSource(library, input, env)),
  'source.delete': (input, { store }) => store.update((library) => deleteSource(library, input)),
  'source.import': async ({ format, text }, { store, env, parseTimeoutMs }) => {
    const read = await parseInWorker('citations', { text, format }, { what: `the ${CITATION_FILE_NAMES[format]} file`, timeoutMs: parseTimeoutMs })
    if (!read.ok) throw new ApiError(read.error.code, read.error.message, read.error.path)
    return store.update((library) => importSources(library, read.items, env))
  },
  'source.cite': ({ sourceId, style, pinpoint }, { store }) => citeSource(findSource(store.library, sourceId), style, pinpoint ?? '')
}
