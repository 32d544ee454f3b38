import { createHash } from 'node:crypto'
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/extracted'
import { addDocumentSource, findDocumentSource } from '../../../shared/operations/document-import'
import { findSource } from '../../../shared/operations/sources'
import { findBundledText } from '../../../shared/sources/bundled'
import { parseInWorker } from '../parse/run'
import { fromBase64 } from './bytes'
import type { Handlers } from './handler'

export const documentHandlers: Pick<Handlers, 'source.importDocument' | 'source.text'> = {
  /**
   * The same file again (by the hash of its bytes) is answered with its source, and nothing is
   * written. Otherwise the file is read on the parse worker, its text written to its own file,
   * and only then the source that refers to it added: a failure anywhere before leaves the library as it was.
   */
  'source.importDocument': async ({ fileName, base64 }, { store, env, parseTimeoutMs }) => {
    const bytes = fromBase64(base64, fileName, MAX_DOCUMENT_BYTES)
    const fileHash = createHash('sha256').update(bytes).digest('hex')
    const had = findDocumentSource(store.library, fileHash)
    if (had) return { source: had, alreadyHad: true, warnings: had.document?.warnings ?? [] }
    const document = await parseInWorker('document', { bytes, fileName }, { what: fileName, timeoutMs: parseTimeoutMs })
    const textHash = await store.texts.write({ units: document.units })
    return store.update((library) => addDocumentSource(library, { document, fileName, fileHash, textHash }, env))
  },
  'source.text': async ({ sourceId }, { store }) => {
    const bundled = findBundledText(sourceId)
    if (bundled) return { sourceId, units: bundled.units }
    const source = findSource(store.library, sourceId)
    if (source.document) return { sourceId, units: await store.texts.unitsOf(source) }
    return { sourceId, units: source.units ?? [] }
  }
}
