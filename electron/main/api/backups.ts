import { describeBackups } from '../store/restore'
import type { Handlers } from './handler'

export const backupHandlers: Pick<Handlers, 'backup.list' | 'backup.restore'> = {
  'backup.list': (_input, { store }) => describeBackups(store.dataDir),
  'backup.restore': (input, { store }) => store.restoreBackup(input.id)
}
