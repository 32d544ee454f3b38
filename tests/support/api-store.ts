import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { createApi, type Api } from '../../electron/main/api'
import { Store } from '../../electron/main/store/store'
import { testEnv } from '../unit/shared/fixtures'

/** A library in its own data folder, with the handlers the page and the CLI call, as a test sees it. */
export interface ApiStore {
  readonly dir: string
  readonly store: Store
  readonly api: Api
  /** Calls an operation and gives its data; a refusal throws, naming the operation and the message. */
  call<T>(name: string, input: unknown): Promise<T>
  /** Closes the library and opens it again, as the next launch would (which backs it up); `whileClosed` runs in between. */
  reopen(whileClosed?: () => void | Promise<void>): Promise<void>
}

/**
 * An empty data folder for each test of the file: opened before the test, closed and removed after
 * it. The fields are the current test's, so read them inside a test, not at the top of the file.
 */
export function apiStoreEachTest(folderPrefix: string): ApiStore {
  let dir = ''
  let store: Store | undefined
  let api: Api | undefined
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The test library is opened before each test; read it inside one')
    return value
  }
  const self: ApiStore = {
    get dir() {
      return dir
    },
    get store() {
      return opened(store)
    },
    get api() {
      return opened(api)
    },
    async call<T>(name: string, input: unknown): Promise<T> {
      const outcome = await self.api(name, input)
      if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`)
      return outcome.data as T
    },
    async reopen(whileClosed) {
      await opened(store).close()
      await whileClosed?.()
      await open()
    }
  }
  async function open(): Promise<void> {
    store = await Store.open(dir, { holder: 'cli' })
    api = createApi({ store, env: testEnv(), appVersion: '0' })
  }
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), folderPrefix))
    await open()
  })
  afterEach(async () => {
    await store?.close()
    store = undefined
    api = undefined
    rmSync(dir, { recursive: true, force: true })
  })
  return self
}
