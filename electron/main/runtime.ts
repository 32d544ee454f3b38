import { systemEnv } from '../../shared/operations/change'
import { createApi, type Api } from './api'
import { warmSearch } from './api/search'
import type { LockHolder } from './store/lock'
import { Store } from './store/store'
import { APP_VERSION } from './version'

/** Opens the store in a data folder and binds the API to it: what every entry point starts with. */
export async function openRuntime(dataDir: string, holder: LockHolder): Promise<{ store: Store; api: Api }> {
  const store = await Store.open(dataDir, { holder })
  const api = createApi({ store, env: systemEnv, appVersion: APP_VERSION })
  warmSearch(store)
  return { store, api }
}
