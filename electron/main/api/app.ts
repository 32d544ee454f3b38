import type { Handlers } from './handler'

export const appHandlers: Pick<Handlers, 'app.status'> = {
  'app.status': (_input, { store, appVersion }) => ({
    dataDir: store.dataDir,
    version: appVersion,
    notices: [...store.notices]
  })
}
