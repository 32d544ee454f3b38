import type { Server } from 'node:http'
import type { Socket } from 'node:net'

/** More than a few browser windows need (6 connections each), far fewer than a process may open files. */
export const MAX_CONNECTIONS = 64
/** Time for a client to send a request's headers, and the whole request (a 32 MB pack takes well under a second here). */
export const HEADERS_TIMEOUT_MS = 10_000
export const REQUEST_TIMEOUT_MS = 60_000
/** An idle keep-alive connection is closed after this. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000
/** How often Node checks those timeouts (its default, 30 s, would let a stalled client stay three times longer). */
export const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000

/**
 * Bounds what idle or slow clients can hold: short header and request timeouts, and at most
 * MAX_CONNECTIONS open sockets. A new connection beyond that closes the oldest one with no
 * request in progress, so that a pile of idle sockets (any local process can open them) never
 * locks the page out; when every connection is busy, the new one is refused.
 */
export function limitConnections(server: Server): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS
  server.requestTimeout = REQUEST_TIMEOUT_MS
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS

  // In insertion order, oldest first; the value says whether a request is in progress on it.
  const open = new Map<Socket, boolean>()
  server.on('connection', (socket: Socket) => {
    if (open.size >= MAX_CONNECTIONS) {
      const idle = [...open].find(([, busy]) => !busy)?.[0]
      if (!idle) {
        socket.destroy()
        return
      }
      idle.destroy()
      open.delete(idle)
    }
    open.set(socket, false)
    socket.once('close', () => open.delete(socket))
  })
  server.on('request', (req, res) => {
    const socket = req.socket
    if (!open.has(socket)) return
    open.set(socket, true)
    res.once('close', () => {
      if (open.has(socket)) open.set(socket, false)
    })
  })
}
