import { timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname } from 'node:path'
import type { ErrorCode, Outcome } from '../../shared/errors'
import type { Api } from '../main/api'
import { CONTENT_SECURITY_POLICY } from '../main/security/csp'
import { CONTENT_TYPES, rendererFile } from '../renderer-files'

export const API_PATH = '/api/invoke'
export const TOKEN_HEADER = 'x-casebook-token'
/** Large enough for a 20 MB teacher pack as JSON, small enough that nobody can fill memory. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024

export interface WebServerOptions {
  api: Api
  rendererDir: string
  token: string
  port?: number
}

export interface WebServer {
  url: string
  port: number
  close(): Promise<void>
}

/**
 * Serves the built renderer and the API on 127.0.0.1 only. Every request must name this
 * server as its Host (no DNS rebinding), come from no other Origin, and API calls must carry
 * this run's token, which only the served page knows.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = 0
  const server = createServer((req, res) => {
    handle(req, res, options, port).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, failure('internal', `Server error: ${String(error)}`))
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, options: WebServerOptions, port: number): Promise<void> {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return sendJson(res, 403, failure('forbidden', `Refused: unexpected Host header "${req.headers.host ?? ''}"`))
  }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return sendJson(res, 403, failure('forbidden', `Refused: requests from ${origin} are not allowed`))
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
  if (url.pathname === API_PATH) return handleApi(req, res, options)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, failure('forbidden', `Method ${req.method} is not allowed here`))
  }
  return serveFile(res, options, url.pathname)
}

async function handleApi(req: IncomingMessage, res: ServerResponse, options: WebServerOptions): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, failure('forbidden', 'The API takes POST requests only'))
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
    return sendJson(res, 403, failure('forbidden', 'Refused: missing or wrong session token'))
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

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
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
  if (extname(file) === '.html') {
    // The page learns this run's token from the page itself; no other site can read it.
    const meta = `<meta name="casebook-token" content="${options.token}" />`
    content = Buffer.from(content.toString('utf8').replace('</head>', `  ${meta}\n  </head>`))
  }
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders() })
  res.end(JSON.stringify(body))
}
