import type { InputOf } from '../../../shared/contract'
import { useMutation } from '../data/hooks'

export type ReaderName = InputOf<'import.prepare'>['reader']

/**
 * Asks the main process to get its reader for a kind of file ready (import.prepare) while the
 * user is still choosing one, so that the first import of a session is as quick as the next.
 * Nothing waits for the answer; a warm-up that fails only leaves the import as slow as before.
 */
export function usePrepareReader(): (reader: ReaderName) => void {
  const prepare = useMutation('import.prepare')
  return (reader) => prepare.mutate({ reader })
}
