import type { Library } from '../../../shared/model/library'
import { packExportFile, packSelection, unlinkedCardsBySource } from '../../../shared/packs/export'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { removePack } from '../../../shared/packs/remove'
import { listPacks } from '../../../shared/packs/summary'
import { parseInWorker } from '../parse/run'
import { starterPackText } from '../starter-pack'
import type { Handlers } from './handler'

// pack.import, pack.starter and pack.remove write through store.updatePackItems: the writes allowed to change a pack's locked items.
export const packHandlers: Pick<
  Handlers,
  'pack.list' | 'pack.preview' | 'pack.import' | 'pack.opened' | 'pack.starter' | 'pack.export' | 'pack.unlinkedCards' | 'pack.remove'
> = {
  'pack.list': (_input, { store }) => listPacks(store.library),
  // The preview shows an older version or a new author, for the user to confirm before importing.
  'pack.preview': async ({ text, allowOlder }, { store, env, parseTimeoutMs }) => {
    const pack = await parseInWorker('pack', text, { what: 'the pack', timeoutMs: parseTimeoutMs })
    return mergePack(store.library, pack, env, { allowOlder: allowOlder ?? true, acceptNewAuthor: true }).plan
  },
  'pack.import': async ({ text, allowOlder, acceptNewAuthor }, { store, env, parseTimeoutMs }) => {
    // Read and check the whole file, texts and their hashes too (on the parse worker), before touching the store: a bad pack writes nothing.
    const pack = await parseInWorker('pack', text, { what: 'the pack', timeoutMs: parseTimeoutMs })
    const merge = (library: Library) => mergePack(library, pack, env, { allowOlder, acceptNewAuthor })
    // Merged first (pure; it may refuse), then the texts written, then the library that refers to them.
    const before = store.library
    const planned = merge(before)
    for (const { hash, units } of pack.texts) await store.texts.write({ units }, hash)
    return store.updatePackItems((library) => {
      const { library: next, plan } = library === before ? planned : merge(library)
      return { library: next, result: plan }
    })
  },
  'pack.opened': (_input, { takeOpenedPack }) => takeOpenedPack?.() ?? null,
  'pack.starter': (_input, { store, env }) => {
    const pack = readPack(starterPackText())
    return store.updatePackItems((library) => {
      // The bundled starter pack is Casebook's own: reinstalling it takes its id back from any impostor.
      const { library: next, plan } = mergePack(library, pack, env, { allowOlder: true, acceptNewAuthor: true })
      return { library: next, result: plan }
    })
  },
  'pack.export': async (input, { store }) => {
    const library = store.library
    const sources = packSelection(library, input).sources
    return packExportFile(library, input, await store.texts.readableOf(sources))
  },
  'pack.unlinkedCards': (_input, { store }) => unlinkedCardsBySource(store.library),
  'pack.remove': ({ packId }, { store, env }) =>
    store.updatePackItems((library) => {
      const { library: next, plan } = removePack(library, packId, env)
      return { library: next, result: plan }
    })
}
