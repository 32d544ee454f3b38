import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { OutgoingHttpHeaders, Server } from 'node:http'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Api } from '../../../electron/main/api'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'
import { API_PATH, MAX_BODY_BYTES, startWebServer, TOKEN_HEADER, type WebServer } from '../../../electron/web/server'
import type { Outcome } from '../../../shared/errors'

// Keeps a handle on the real node:http servers server.ts creates, to ask them where they listen.
const servers = vi.hoisted(() => [] as Server[])
vi.mock('node:http', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:http')>()
  const createServer = ((...args: Parameters<typeof actual.createServer>) => {
    const server = actual.createServer(...args)
    servers.push(server)
    return server
  }) as typeof actual.createServer
  return { ...actual, createServer, default: { ...actual, createServer } }
})

const TOKEN = 'a3f1c2d4e5b6a7988776655443322110ffeeddccbbaa9988'
const HTML = '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <title>Casebook</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n'
const SCRIPT = 'console.log("casebook")\n'
const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let root = ''
let server: WebServer
const api = vi.fn(async (name: unknown, input: unknown): Promise<Outcome<unknown>> => ({ ok: true, data: { echo: { name, input } } }))

/** A raw request, so the Host and Origin headers are exactly what the test says. */
function send(options: { method?: string; path?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer; port?: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: options.port ?? server.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers ?? {},
        // A fresh connection each time: a pooled one would outlive a closed server.
        agent: false
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function invoke(body: unknown, headers: OutgoingHttpHeaders = {}): Promise<Reply> {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return send({
    method: 'POST',
    path: API_PATH,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: text
  })
}

function errorCode(reply: Reply): string | undefined {
  return (JSON.parse(reply.body) as { error?: { code?: string } }).error?.code
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'casebook-web-'))
  const rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), HTML)
  writeFileSync(join(rendererDir, 'assets', 'app.js'), SCRIPT)
  // A file beside the renderer folder that no request may reach.
  writeFileSync(join(root, 'secret.txt'), SECRET)
  writeFileSync(join(root, 'renderer-secret.txt'), SECRET)
  server = await startWebServer({ api: api as unknown as Api, rendererDir, token: TOKEN })
})

afterAll(async () => {
  await server?.close()
  rmSync(root, { recursive: true, force: true })
})

beforeEach(() => {
  api.mockClear()
})

describe('startWebServer: where it listens', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(servers).toHaveLength(1)
    const address = servers[0]?.address()
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: server.port })
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
    expect(server.port).toBeGreaterThan(0)
  })
})

describe('startWebServer: the page', () => {
  it('serves index.html at / with this run’s token and a content security policy', async () => {
    const reply = await send({ path: '/' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^text\/html/)
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.headers['x-frame-options']).toBe('DENY')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.body).toContain(`<meta name="casebook-token" content="${TOKEN}"`)
    // The token is in the head, and the rest of the page is unchanged.
    const head = reply.body.slice(0, reply.body.indexOf('</head>'))
    expect(head).toContain(`content="${TOKEN}"`)
    expect(reply.body).toContain('<title>Casebook</title>')
    expect(reply.body).toContain('<div id="root"></div>')
  })

  it('serves /index.html the same way', async () => {
    const reply = await send({ path: '/index.html' })
    expect(reply.status).toBe(200)
    expect(reply.body).toContain(`<meta name="casebook-token" content="${TOKEN}"`)
  })

  it('serves an asset as it is, with its content type and the security headers', async () => {
    const reply = await send({ path: '/assets/app.js' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/)
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.body).toBe(SCRIPT)
  })

  it('answers 404 for a missing file', async () => {
    const reply = await send({ path: '/assets/missing.js' })
    expect(reply.status).toBe(404)
    expect(errorCode(reply)).toBe('not_found')
  })

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%2frenderer-secret.txt',
    '/..%5csecret.txt',
    '/.%2e/secret.txt'
  ])('refuses path traversal %s with a 404 and no file content', async (path) => {
    const reply = await send({ path })
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain(SECRET)
    expect(reply.body).not.toMatch(/root:.*:0:0:/)
  })

  it('refuses a non-GET method on a page', async () => {
    const reply = await send({ method: 'POST', path: '/index.html', body: 'x' })
    expect(reply.status).toBe(405)
  })
})

describe('startWebServer: the API', () => {
  it('passes the name and input of a call with the right token to the api and returns its outcome', async () => {
    const input = { title: 'This house would ban homework' }
    const reply = await invoke({ name: 'motion.create', input })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(api).toHaveBeenCalledTimes(1)
    expect(api).toHaveBeenCalledWith('motion.create', input)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { echo: { name: 'motion.create', input } } })
  })

  it('returns a failed outcome from the api as the answer, with status 200', async () => {
    const failed: Outcome<unknown> = { ok: false, error: { code: 'not_found', message: 'No such motion', path: 'motionId' } }
    api.mockResolvedValueOnce(failed)
    const reply = await invoke({ name: 'motion.get', input: { motionId: 'nope' } })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual(failed)
  })

  it.each([
    ['a wrong token of the same length', { [TOKEN_HEADER]: TOKEN.replace(/.$/, TOKEN.endsWith('0') ? '1' : '0') }],
    ['a wrong token of another length', { [TOKEN_HEADER]: 'guess' }],
    ['the token with extra characters', { [TOKEN_HEADER]: `${TOKEN}0` }],
    ['an empty token', { [TOKEN_HEADER]: '' }]
  ])('refuses %s with 403 and does not call the api', async (_label, headers) => {
    const reply = await invoke({ name: 'app.status', input: {} }, headers)
    expect(reply.status).toBe(403)
    expect(errorCode(reply)).toBe('forbidden')
    expect(api).not.toHaveBeenCalled()
  })

  it('refuses a call without a token with 403 and does not call the api', async () => {
    const reply = await send({
      method: 'POST',
      path: API_PATH,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'app.status', input: {} })
    })
    expect(reply.status).toBe(403)
    expect(errorCode(reply)).toBe('forbidden')
    expect(api).not.toHaveBeenCalled()
  })

  it('refuses GET on the API with 405', async () => {
    const reply = await send({ method: 'GET', path: API_PATH, headers: { [TOKEN_HEADER]: TOKEN } })
    expect(reply.status).toBe(405)
    expect(api).not.toHaveBeenCalled()
  })

  it('answers 400 invalid_input for a body that is not JSON', async () => {
    const reply = await invoke('{"name": "app.status", ')
    expect(reply.status).toBe(400)
    expect(errorCode(reply)).toBe('invalid_input')
    expect(api).not.toHaveBeenCalled()
  })

  it('answers 413 for a body over MAX_BODY_BYTES, without calling the api', async () => {
    const prefix = '{"name":"app.status","input":{"pad":"'
    const suffix = '"}}'
    const body = Buffer.alloc(MAX_BODY_BYTES + 1, 'a')
    body.write(prefix, 0)
    body.write(suffix, body.length - suffix.length)
    const reply = await invoke(body.toString('utf8'))
    expect(reply.status).toBe(413)
    expect(errorCode(reply)).toBe('invalid_input')
    expect(api).not.toHaveBeenCalled()
  })

  it('accepts a body of exactly MAX_BODY_BYTES', async () => {
    const prefix = '{"name":"app.status","input":{"pad":"'
    const suffix = '"}}'
    const body = Buffer.alloc(MAX_BODY_BYTES, 'a')
    body.write(prefix, 0)
    body.write(suffix, body.length - suffix.length)
    api.mockResolvedValueOnce({ ok: true, data: null })
    const reply = await invoke(body.toString('utf8'))
    expect(reply.status).toBe(200)
    expect(api).toHaveBeenCalledTimes(1)
    expect(api.mock.calls[0]?.[0]).toBe('app.status')
  })
})

describe('startWebServer: Host and Origin', () => {
  it('refuses a foreign Host header for the page (DNS rebinding)', async () => {
    const reply = await send({ path: '/', headers: { host: `evil.example:${server.port}` } })
    expect(reply.status).toBe(403)
    expect(reply.body).not.toContain(TOKEN)
  })

  it('refuses a foreign Host header for the API, even with the token', async () => {
    const reply = await invoke({ name: 'app.status', input: {} }, { host: `evil.example:${server.port}` })
    expect(reply.status).toBe(403)
    expect(api).not.toHaveBeenCalled()
  })

  it('refuses the right host name on the wrong port', async () => {
    const reply = await send({ path: '/', headers: { host: `127.0.0.1:${server.port + 1}` } })
    expect(reply.status).toBe(403)
  })

  it('accepts Host localhost:PORT', async () => {
    const page = await send({ path: '/', headers: { host: `localhost:${server.port}` } })
    expect(page.status).toBe(200)
    expect(page.body).toContain(TOKEN)
    const call = await invoke({ name: 'app.status', input: {} }, { host: `localhost:${server.port}` })
    expect(call.status).toBe(200)
    expect(api).toHaveBeenCalledTimes(1)
  })

  it('refuses a request from another Origin, even with the token', async () => {
    const reply = await invoke({ name: 'claim.delete', input: { claimId: 'c1' } }, { origin: 'http://evil.example' })
    expect(reply.status).toBe(403)
    expect(errorCode(reply)).toBe('forbidden')
    expect(api).not.toHaveBeenCalled()
    const page = await send({ path: '/', headers: { origin: 'http://evil.example' } })
    expect(page.status).toBe(403)
    expect(page.body).not.toContain(TOKEN)
  })

  it('refuses Origin null, https on the same host, and the same host without the port', async () => {
    for (const origin of ['null', `https://127.0.0.1:${server.port}`, 'http://127.0.0.1', `http://127.0.0.1:${server.port}.evil.example`]) {
      const reply = await invoke({ name: 'app.status', input: {} }, { origin })
      expect(reply.status, origin).toBe(403)
    }
    expect(api).not.toHaveBeenCalled()
  })

  it('accepts Origin http://127.0.0.1:PORT and http://localhost:PORT', async () => {
    const first = await invoke({ name: 'app.status', input: {} }, { origin: `http://127.0.0.1:${server.port}` })
    expect(first.status).toBe(200)
    const second = await invoke(
      { name: 'app.status', input: {} },
      { origin: `http://localhost:${server.port}`, host: `localhost:${server.port}` }
    )
    expect(second.status).toBe(200)
    expect(api).toHaveBeenCalledTimes(2)
  })
})

describe('startWebServer: close', () => {
  it('stops accepting connections once closed', async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'casebook-web-close-'))
    try {
      writeFileSync(join(rendererDir, 'index.html'), HTML)
      const other = await startWebServer({ api: api as unknown as Api, rendererDir, token: TOKEN })
      expect((await send({ path: '/', port: other.port })).status).toBe(200)
      await other.close()
      await expect(send({ path: '/', port: other.port })).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    } finally {
      rmSync(rendererDir, { recursive: true, force: true })
    }
  })
})
