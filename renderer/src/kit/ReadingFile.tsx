import { useMutation } from '../data/hooks'

/**
 * While a file is being read for an import (on the main process's parse worker, which can
 * take a while for a big or odd file), says so and offers Cancel: the import then fails as
 * cancelled and nothing is written.
 */
export function ReadingFile({ name }: { name: string | null }) {
  const cancel = useMutation('import.cancel')
  if (name === null) return null
  return (
    <p className="small cut-status" role="status">
      Reading {name}…{' '}
      <button type="button" className="link" onClick={() => cancel.mutate({})}>
        Cancel
      </button>
    </p>
  )
}
