import { systemEnv } from '../../shared/operations/change'
import { createApi, type Api } from './api'
import type { HandlerOptions } from './api/handler'
import { LibraryEvents } from './library-events'
import type { LockHolder } from './store/lock'
import { Store } from './store/store'
import { APP_VERSION } from './version'

export interface RuntimeOptions {
  /** Install the starter pack into a new library (default true; tests and `--no-starter-pack` turn it off). */
  starterPack?: boolean
  /** Build the search index soon after start (default true; a one-shot CLI command has no use for it). */
  warmSearch?: boolean
  saveFile?: HandlerOptions['saveFile']
  printPdf?: HandlerOptions['printPdf']
  revealFile?: HandlerOptions['revealFile']
  takeOpenedPack?: HandlerOptions['takeOpenedPack']
}

export interface Runtime {
  store: Store
  api: Api
  /** Every committed write made through `api`, for the windows or tabs to hear. */
  events: LibraryEvents
}

/** Opens the store in a data folder and binds the API to it: what every entry point starts with. */
export async function openRuntime(dataDir: string, holder: LockHolder, options: RuntimeOptions = {}): Promise<Runtime> {
  const store = await Store.open(dataDir, { holder })
  const { saveFile, printPdf, revealFile, takeOpenedPack } = options
  const events = new LibraryEvents()
  const api = createApi({
    store,
    env: systemEnv,
    appVersion: APP_VERSION,
    saveFile,
    printPdf,
    revealFile,
    takeOpenedPack,
    onLibraryChanged: (change) => events.emit(change),
    warmSearchAfterMs: options.warmSearch === false ? undefined : 1500
  })
  if (store.created && options.starterPack !== false) {
    // A new user's first screen shows a worked example rather than an empty list.
    const installed = await api('pack.starter', {})
    if (!installed.ok) console.error(`casebook: the starter pack was not installed: ${installed.error.message}`)
  }
  return { store, api, events }
}
