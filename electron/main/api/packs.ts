import { ApiError } from '../../../shared/errors'
import { fileNameFor } from '../../../shared/model/text'
import type { Library } from '../../../shared/model/library'
import { exportPack, unlinkedCardsBySource } from '../../../shared/packs/export'
import { mergePack } from '../../../shared/packs/merge'
import { readPack } from '../../../shared/packs/read'
import { removePack } from '../../../shared/packs/remove'
import { parseInWorker } from '../parse/run'
import { recentExportsOf } from '../recent-exports'
import { STARTER_PACK_TEXT } from '../starter-pack'
import type { Handlers } from './handler'

function packCounts(library: Library, packId: string) {
  const owned = (item: { origin: Library['claims'][number]['origin'] }) => item.origin.kind === 'pack' && item.origin.packId === packId
  return {
    motions: library.motions.filter(owned).length,
    claims: library.claims.filter(owned).length,
    quotes: library.quotes.filter(owned).length,
    drills: library.drills.filter(owned).length
  }
}

export const packHandlers: Pick<
  Handlers,
  'pack.list' | 'pack.preview' | 'pack.import' | 'pack.starter' | 'pack.export' | 'pack.unlinkedCards' | 'pack.remove' | 'file.save'
> = {
  'pack.list': (_input, { store }) => store.library.packs.map((pack) => ({ ...pack, counts: packCounts(store.library, pack.id) })),
  // The preview shows an older version or a new author, for the user to confirm before importing.
  'pack.preview': async ({ text, allowOlder }, { store, env, parseTimeoutMs }) => {
    const pack = await parseInWorker('pack', text, { what: 'the pack', timeoutMs: parseTimeoutMs })
    return mergePack(store.library, pack, env, { allowOlder: allowOlder ?? true, acceptNewAuthor: true }).plan
  },
  'pack.import': async ({ text, allowOlder, acceptNewAuthor }, { store, env, parseTimeoutMs }) => {
    // Read and check the whole file (on the parse worker) before touching the store: a bad pack writes nothing.
    const pack = await parseInWorker('pack', text, { what: 'the pack', timeoutMs: parseTimeoutMs })
    return store.update((library) => {
      const { library: next, plan } = mergePack(library, pack, env, { allowOlder, acceptNewAuthor })
      return { library: next, result: plan }
    })
  },
  'pack.starter': (_input, { store, env }) => {
    const pack = readPack(STARTER_PACK_TEXT)
    return store.update((library) => {
      // The bundled starter pack is Casebook's own: reinstalling it takes its id back from any impostor.
      const { library: next, plan } = mergePack(library, pack, env, { allowOlder: true, acceptNewAuthor: true })
      return { library: next, result: plan }
    })
  },
  'pack.export': (input, { store }) => {
    const pack = exportPack(store.library, input)
    const name = input.student ? `${pack.meta.title} (student edition)` : pack.meta.title
    return { fileName: fileNameFor(name, 'casebook'), mimeType: 'application/json', text: `${JSON.stringify(pack, null, 2)}\n` }
  },
  'pack.unlinkedCards': (_input, { store }) => unlinkedCardsBySource(store.library),
  'pack.remove': ({ packId }, { store, env }) =>
    store.update((library) => {
      const { library: next, plan } = removePack(library, packId, env)
      return { library: next, result: plan }
    }),
  'file.save': async ({ fileName, text, base64 }, { store, env, saveFile }) => {
    if (!saveFile) {
      throw new ApiError('forbidden', 'Saving through a dialog needs the desktop app; this page downloads the file instead', '')
    }
    if ((text === undefined) === (base64 === undefined)) {
      throw new ApiError('invalid_input', 'Give the file as text or as base64, not both or neither', 'text')
    }
    const bytes = text !== undefined ? new TextEncoder().encode(text) : Uint8Array.from(Buffer.from(base64 as string, 'base64'))
    const path = await saveFile(fileName, bytes)
    // Listed under "Recent exports", so the page can ask to show it in its folder by id. The
    // file is saved either way: a list that cannot be written is no reason to report a failure.
    if (path !== null) {
      await recentExportsOf(store)
        .record(path, env)
        .catch((error: unknown) => console.warn(`casebook: ${path} was saved but not added to the recent exports: ${String(error)}`))
    }
    return { path }
  }
}
