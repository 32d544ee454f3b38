/**
 * Casebook never uses the network, and the main process makes sure of it: every outgoing TCP
 * connection made by Node (http, https, fetch, WebSocket, raw sockets, whichever library asks)
 * passes through net.Socket.prototype.connect, which refuses any host but this computer's own.
 * The page's requests are Chromium's and are cancelled by the session (see window.ts).
 */
import net from 'node:net'

export class OfflineError extends Error {
  readonly code = 'CASEBOOK_OFFLINE'
  constructor(readonly host: string) {
    super(`Casebook works offline and does not connect to ${host}`)
    this.name = 'OfflineError'
  }
}

/** localhost, 127.0.0.0/8 and ::1 (also as ::ffff:127.x.y.z, and in [brackets]). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true
  const v4 = bare.replace(/^::ffff:/, '')
  return net.isIPv4(v4) && v4.startsWith('127.')
}

/** The host a call to socket.connect(...) is for, or null for a local (Unix or pipe) socket. */
function connectHost(args: unknown[]): string | null {
  // net.connect and tls.connect pass their arguments already normalised: [[options, callback]].
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0]
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: unknown; path?: unknown }
    if (typeof options.path === 'string') return null
    return typeof options.host === 'string' && options.host !== '' ? options.host : 'localhost'
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return typeof args[1] === 'string' && args[1] !== '' ? args[1] : 'localhost'
  }
  return null
}

type Connect = (this: net.Socket, ...args: unknown[]) => net.Socket
const GUARD = Symbol('casebook.offline')

/**
 * Refuses every outgoing connection to a host that is not this computer: the socket fails with
 * an OfflineError (so http, https and fetch reject with it as their cause) before any DNS look-up
 * or packet. Returns a function that lifts the refusal (for tests).
 */
export function refuseNetwork(): () => void {
  const prototype = net.Socket.prototype as unknown as { connect: Connect & { [GUARD]?: true } }
  const original = prototype.connect
  // Once is enough: a second call (the main module loaded again in tests) changes nothing.
  if (original[GUARD]) return () => {}
  const guarded = function (this: net.Socket, ...args: unknown[]): net.Socket {
    const host = connectHost(args)
    if (host === null || isLoopbackHost(host)) return original.apply(this, args)
    const error = new OfflineError(host)
    // As a failed connection does: the error arrives after the caller has added its listeners.
    process.nextTick(() => this.destroy(error))
    return this
  }
  prototype.connect = Object.assign(guarded, { [GUARD]: true as const })
  return () => {
    prototype.connect = original
  }
}
