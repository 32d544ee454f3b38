import type { IncomingMessage, ServerResponse } from 'node:http'
import type { LibraryChange } from '../../shared/bridge'

/** The web mode's library-changed event: Server-Sent Events, which the page's EventSource reads. */
export const EVENTS_PATH = '/api/events'
/** The name the page listens for (renderer/src/api/transport.ts). */
export const LIBRARY_CHANGED_EVENT = 'library-changed'
/** A comment this often keeps an idle stream open through anything that closes quiet connections. */
export const KEEP_ALIVE_MS = 15_000
/**
 * Each stream holds a connection for as long as its tab is open, and counts as a busy one
 * (connections.ts): capped well below MAX_CONNECTIONS, so streams can never lock the page out.
 */
export const MAX_EVENT_STREAMS = 16
/** How soon a browser reconnects after the stream drops. */
const RETRY_MS = 2_000

export interface LibraryChangeSource {
  subscribe(listener: (change: LibraryChange) => void): () => void
}

/** The open event streams of one server: each hears every committed write until its tab goes. */
export class EventStreams {
  readonly #open = new Set<ServerResponse>()
  readonly #source: LibraryChangeSource
  readonly #keepAliveMs: number

  constructor(source: LibraryChangeSource, keepAliveMs = KEEP_ALIVE_MS) {
    this.#source = source
    this.#keepAliveMs = keepAliveMs
  }

  get size(): number {
    return this.#open.size
  }

  /** Answers a GET of EVENTS_PATH (its session already checked) with a stream that stays open. */
  open(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): boolean {
    if (this.#open.size >= MAX_EVENT_STREAMS) return false
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' })
    res.write(`retry: ${RETRY_MS}\n\n`)
    this.#open.add(res)
    const unsubscribe = this.#source.subscribe((change) => {
      res.write(`event: ${LIBRARY_CHANGED_EVENT}\ndata: ${JSON.stringify(change)}\n\n`)
    })
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), this.#keepAliveMs)
    keepAlive.unref()
    const close = () => {
      clearInterval(keepAlive)
      unsubscribe()
      this.#open.delete(res)
    }
    req.once('close', close)
    res.once('close', close)
    return true
  }
}
