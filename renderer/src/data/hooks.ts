/**
 * How a view reads and writes the library: `useQuery(operation, input)` and
 * `useMutation(operation)`, typed from the contract. Views never call the client themselves.
 */
import {
  keepPreviousData,
  notifyManager,
  useMutation as useTanstackMutation,
  useQueries,
  useQuery as useTanstackQuery,
  type UseMutationResult,
  type UseQueryResult
} from '@tanstack/react-query'
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract'
import { bridge } from '../api/transport'
import type { ApiFailure } from '../api/outcome'
import { createLibraryCache } from './cache'
import type { ReadName } from './operations'

// Answers reach views in a microtask rather than a timer: nothing the page shows waits on the
// clock (a paused clock in tests, a throttled background tab).
notifyManager.setScheduler(queueMicrotask)

/** One cache for the page, listening to the library-changed event for as long as the page is open. */
export const library = createLibraryCache(bridge)

interface QueryOptions {
  /** false: wait (an input not ready yet). */
  enabled?: boolean
  /** Keep showing the last answer while the next input's is on its way (search as you type). */
  keepPrevious?: boolean
  /** false: the view shows the failure itself; otherwise it is reported like any other (kit/errors listens). */
  report?: boolean
}

/** Reads from the library and stays true: refetched when a write (here or in another window) changes what it shows. */
export function useQuery<N extends ReadName>(name: N, input: InputOf<N>, options: QueryOptions = {}): UseQueryResult<OutputOf<N>, ApiFailure> {
  return useTanstackQuery(
    {
      ...library.options(name, input),
      enabled: options.enabled ?? true,
      placeholderData: options.keepPrevious ? keepPreviousData : undefined,
      meta: { report: options.report ?? true }
    },
    library.client
  ) as UseQueryResult<OutputOf<N>, ApiFailure>
}

/** The same read for each of several inputs (each cached on its own); data is null until all have answered. */
export function useQueryEach<N extends ReadName>(name: N, inputs: readonly InputOf<N>[]): { data: OutputOf<N>[] | null; error: ApiFailure | null } {
  const combined = useQueries(
    {
      queries: inputs.map((input) => library.options(name, input)),
      combine: (results) => ({
        data: results.every((r) => r.isSuccess) ? results.map((r) => r.data as OutputOf<N>) : null,
        error: (results.find((r) => r.error)?.error ?? null) as ApiFailure | null
      })
    },
    library.client
  )
  return combined
}

/**
 * Runs an operation on demand (a save, a delete, an export). After a write, the reads it
 * changed are refetched before `mutateAsync` resolves, so what the view shows next is true.
 */
export function useMutation<N extends OperationName>(name: N): UseMutationResult<OutputOf<N>, ApiFailure, InputOf<N>> {
  return useTanstackMutation<OutputOf<N>, ApiFailure, InputOf<N>>({ mutationFn: (input) => library.perform(name, input) }, library.client)
}
