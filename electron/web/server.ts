import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname } from 'node:path'
import type { ErrorCode, Outcome } from '../../shared/errors'
import type { Api } from '../main/api'
import { CONTENT_SECURITY_POLICY } from '../main/security/csp'
import { CONTENT_TYPES, rendererFile } from '../renderer-files'
import { CONNECTIONS_CHECKING_INTERVAL_MS, limitConnections } from './connections'
import { EVENTS_PATH, EventStreams, MAX_EVENT_STREAMS, type LibraryChangeSource } from './events'
import { KEY_PARAM, WebSession } from './session'

export const API_PATH = '/api/invoke'
/** Large enough for a 20 MB teacher pack as JSON, small enough that nobody can fill memory. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024

export interface WebServerOptions {
  api: Api
  /** The runtime's committed writes, streamed to every tab at EVENTS_PATH. */
  changes: LibraryChangeSource
  rendererDir: string
  port?: number
}

export interface WebServer {
  /** The address to open, with this run's one-time key. */
  url: string
  port: number
  close(): Promise<void>
}

/**
 * Serves the built renderer and the API on 127.0.0.1 only. Every request must name this
 * server as its Host (no DNS rebinding), come from no other site, and carry the session
 * cookie that opening the printed address gave (see session.ts).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = 0
  let session: WebSession | null = null
  const streams = new EventStreams(options.changes)
  const server = createServer({ connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS }, (req, res) => {
    if (!session) return sendJson(res, 503, failure('internal', 'Casebook is still starting'))
    handle(req, res, options, { port, session, streams }).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, failure('internal', `Server error: ${String(error)}`))
      else res.end()
    })
  })
  limitConnections(server)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  port = (server.address() as AddressInfo).port
  session = new WebSession(port)
  return {
    url: `http://127.0.0.1:${port}/?${KEY_PARAM}=${session.key}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

interface ServerState {
  port: number
  session: WebSession
  streams: EventStreams
}

async function handle(req: IncomingMessage, res: ServerResponse, options: WebServerOptions, { port, session, streams }: ServerState): Promise<void> {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return sendJson(res, 403, failure('forbidden', `Refused: unexpected Host header "${req.headers.host ?? ''}"`))
  }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return sendJson(res, 403, failure('forbidden', `Refused: requests from ${origin} are not allowed`))
  }
  // Another site, even another port of this machine (cookies ignore ports), gets nothing.
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return sendJson(res, 403, failure('forbidden', `Refused: a request from another site (${String(site)})`))
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
  const key = url.searchParams.get(KEY_PARAM)
  // GET only: a HEAD (a link preview, say) must not spend the key.
  if (key !== null && req.method === 'GET') return exchangeKey(req, res, session, key)
  if (!session.admits(req.headers.cookie)) {
    if (url.pathname === API_PATH || url.pathname === EVENTS_PATH) {
      return sendJson(res, 403, failure('forbidden', 'Refused: no session. Open the address the web mode printed.'))
    }
    return sendText(res, 403, NO_SESSION)
  }
  if (url.pathname === API_PATH) return handleApi(req, res, options)
  if (url.pathname === EVENTS_PATH) return openEventStream(req, res, streams)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, failure('forbidden', `Method ${req.method} is not allowed here`))
  }
  return serveFile(res, options, url.pathname)
}

const NO_SESSION =
  'Casebook: this browser has no session with this web mode.\n' +
  'Open the address it printed when it started (http://127.0.0.1:PORT/?key=...). Each address works once:\n' +
  'if it has been used (or the browser was closed), stop the web mode and start it again for a new one.\n'

/** Trades the printed address's one-time key for the session cookie, then drops the key from the address bar. */
function exchangeKey(req: IncomingMessage, res: ServerResponse, session: WebSession, key: string): void {
  const cookie = session.exchange(key)
  if (cookie === null && !session.admits(req.headers.cookie)) return sendText(res, 403, NO_SESSION)
  res.writeHead(303, { location: '/', 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}), ...securityHeaders() })
  res.end()
}

async function handleApi(req: IncomingMessage, res: ServerResponse, options: WebServerOptions): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, failure('forbidden', 'The API takes POST requests only'))
  // A form or a no-cors fetch from elsewhere cannot send this type.
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    return sendJson(res, 415, failure('invalid_input', 'The API takes JSON (content-type: application/json)'))
  }
  const body = await readBody(req)
  if (body === null) {
    return sendJson(res, 413, failure('invalid_input', `Request larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`))
  }
  let call: { name?: unknown; input?: unknown }
  try {
    call = JSON.parse(body) as typeof call
  } catch {
    return sendJson(res, 400, failure('invalid_input', 'Request body is not valid JSON'))
  }
  // The call reached the API: its outcome, failed or not, is the answer (as over IPC), so 200.
  sendJson(res, 200, await options.api(call?.name, call?.input))
}

function openEventStream(req: IncomingMessage, res: ServerResponse, streams: EventStreams): void {
  if (req.method !== 'GET') return sendJson(res, 405, failure('forbidden', 'The event stream takes GET requests only'))
  if (!streams.open(req, res, securityHeaders())) {
    sendJson(res, 503, failure('internal', `Refused: ${MAX_EVENT_STREAMS} tabs already follow the library; close one`))
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooBig = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooBig = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

async function serveFile(res: ServerResponse, options: WebServerOptions, pathname: string): Promise<void> {
  const file = rendererFile(options.rendererDir, pathname)
  if (!file) return sendJson(res, 404, failure('not_found', 'Not found'))
  let content: Buffer
  try {
    content = await readFile(file)
  } catch {
    return sendJson(res, 404, failure('not_found', `Not found: ${pathname}`))
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...securityHeaders() })
  res.end(content)
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin'
  }
}

function failure(code: ErrorCode, message: string): Outcome<never> {
  return { ok: false, error: { code, message, path: '' } }
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders() })
  res.end(text)
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders() })
  res.end(JSON.stringify(body))
}
