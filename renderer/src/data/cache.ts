/**
 * The page's cache of what it has read from the library, kept true by the library-changed event.
 * TanStack Query holds the answers (keyed by operation and input), shares one request among
 * every view that asks for the same thing, and drops an answer whose request was superseded by
 * a refetch, so a late answer never overwrites newer data.
 */
import { isCancelledError, QueryCache, QueryClient, type Query } from '@tanstack/query-core'
import type { CasebookBridge, LibraryChange } from '../../../shared/bridge'
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract'
import { invokeOver } from '../api/outcome'
import { readIsStale } from '../../../shared/library-changes'
import { isOperation, OPERATION_KINDS, OPERATION_TOPICS, type ReadName } from './operations'

export type QueryKey<N extends ReadName = ReadName> = readonly [N, InputOf<N>]

export interface LibraryCache {
  client: QueryClient
  /** What useQuery needs for one read: its key and how to fetch it. */
  options<N extends ReadName>(name: N, input: InputOf<N>): { queryKey: QueryKey<N>; queryFn: () => Promise<OutputOf<N>> }
  /** Reads through the cache: a fresh answer if there is one, one shared request if not. */
  read<N extends ReadName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>
  /** Runs any operation; after a write, refetches what it changed (shown views) before resolving. */
  perform<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>
  /** Marks stale, and refetches where shown, every read the change touched. */
  changed(change: LibraryChange): Promise<void>
  /** Calls `listener` when a read fails, unless the view asked to show the failure itself (meta.report false); returns the unsubscribe. */
  onReadFailure(listener: (error: unknown) => void): () => void
  /** Calls `listener` with every library-changed event, after the cache has taken it; returns the unsubscribe. */
  onChange(listener: (change: LibraryChange) => void): () => void
  /** Stops listening to the library-changed event. */
  stop(): void
}

/** The motion a read or write is about, when its input names one. */
function motionOf(input: unknown): string | undefined {
  if (input && typeof input === 'object' && 'motionId' in input && typeof input.motionId === 'string') return input.motionId
  return undefined
}

/** A read is touched when it shows one of the topics, unless both it and the change name different motions. */
export function touches(key: readonly unknown[], change: Pick<LibraryChange, 'topics' | 'motionId'>): boolean {
  const [name, input] = key
  if (!isOperation(name) || !readIsStale(name, change)) return false
  const motionId = motionOf(input)
  return !(change.motionId && motionId && change.motionId !== motionId)
}

export function createLibraryCache(bridge: CasebookBridge): LibraryCache {
  const failureListeners = new Set<(error: unknown) => void>()
  const changeListeners = new Set<(change: LibraryChange) => void>()
  const queryCache = new QueryCache({
    onError(error, query) {
      if (query.meta?.report !== false) failureListeners.forEach((listener) => listener(error))
    }
  })
  const client = new QueryClient({
    queryCache,
    defaultOptions: {
      // Freshness comes from the library-changed event, not from timers or window focus.
      // The library is on this computer: whether the browser thinks it is online says nothing about it.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' }
    }
  })
  client.mount()

  const options = <N extends ReadName>(name: N, input: InputOf<N>) => ({
    queryKey: [name, input] as QueryKey<N>,
    queryFn: () => invokeOver(bridge, name, input)
  })

  const changed = async (change: LibraryChange) => {
    const predicate = (query: Query) => touches(query.queryKey, change)
    // A request already on its way was asked before this change: drop it (TanStack would
    // otherwise join a refetch to it when the read has no data yet), then ask again.
    await client.cancelQueries({ predicate, fetchStatus: 'fetching' })
    await client.invalidateQueries({ predicate }, { cancelRefetch: true, throwOnError: false })
  }

  const stopListening = bridge.onLibraryChanged((change) => {
    void changed(change)
    changeListeners.forEach((listener) => listener(change))
  })

  return {
    client,
    options,
    async read(name, input) {
      for (;;) {
        try {
          return await client.fetchQuery(options(name, input))
        } catch (error) {
          // Dropped because the library changed while it was on its way: ask again.
          if (!isCancelledError(error)) throw error
        }
      }
    },
    async perform(name, input) {
      const output = await invokeOver(bridge, name, input)
      // The event will say the same, to every window; refetching here too means the caller sees the change when this resolves.
      if (OPERATION_KINDS[name] === 'write') await changed({ operation: name, topics: [...OPERATION_TOPICS[name]], motionId: motionOf(input) })
      return output
    },
    changed,
    onReadFailure(listener) {
      failureListeners.add(listener)
      return () => void failureListeners.delete(listener)
    },
    onChange(listener) {
      changeListeners.add(listener)
      return () => void changeListeners.delete(listener)
    },
    stop() {
      stopListening()
      client.unmount()
      client.clear()
    }
  }
}
