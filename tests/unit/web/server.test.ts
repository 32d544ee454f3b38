import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { OutgoingHttpHeaders, Server } from 'node:http'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Api } from '../../../electron/main/api'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'
import { API_PATH, MAX_BODY_BYTES, startWebServer, type WebServer } from '../../../electron/web/server'
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

const HTML = '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <title>Casebook</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n'
const SCRIPT = 'console.log("casebook")\n'
const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let root = ''
let rendererDir = ''
let server: WebServer
/** The session cookie (name=value) this suite's browser got for the printed address. */
let cookie = ''
const api = vi.fn(async (name: unknown, input: unknown): Promise<Outcome<unknown>> => ({ ok: true, data: { echo: { name, input } } }))

/**
 * A raw request, so the Host and Origin headers are exactly what the test says; with this
 * suite's session cookie unless `session: false`.
 */
function send(options: { method?: string; path?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer; port?: number; session?: boolean }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: options.port ?? server.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { ...(options.session === false ? {} : { cookie }), ...options.headers },
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

function invoke(body: unknown, headers: OutgoingHttpHeaders = {}, session = true): Promise<Reply> {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return send({ method: 'POST', path: API_PATH, headers: { 'content-type': 'application/json', ...headers }, body: text, session })
}

/** Opens the printed address as a browser would the first time: answers the cookie it sets (name=value). */
async function openPrintedAddress(running: WebServer): Promise<string> {
  const url = new URL(running.url)
  const reply = await send({ path: `${url.pathname}${url.search}`, port: running.port, session: false })
  expect(reply.status).toBe(303)
  expect(reply.headers.location).toBe('/')
  const setCookie = reply.headers['set-cookie'] as string[] | undefined
  expect(setCookie).toHaveLength(1)
  return (setCookie?.[0] ?? '').split(';')[0] as string
}

function errorCode(reply: Reply): string | undefined {
  return (JSON.parse(reply.body) as { error?: { code?: string } }).error?.code
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'casebook-web-'))
  rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), HTML)
  writeFileSync(join(rendererDir, 'assets', 'app.js'), SCRIPT)
  // A file beside the renderer folder that no request may reach.
  writeFileSync(join(root, 'secret.txt'), SECRET)
  writeFileSync(join(root, 'renderer-secret.txt'), SECRET)
  server = await startWebServer({ api: api as unknown as Api, changes: { subscribe: () => () => undefined }, rendererDir })
  cookie = await openPrintedAddress(server)
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
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?key=[0-9a-f]{48}$`))
    expect(server.port).toBeGreaterThan(0)
  })
})

describe('startWebServer: the page', () => {
  it('serves index.html at / as it is, with a content security policy', async () => {
    const reply = await send({ path: '/' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^text\/html/)
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.headers['x-frame-options']).toBe('DENY')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    // Nothing in the page lets another process in: it is the built file, byte for byte.
    expect(reply.body).toBe(HTML)
  })

  it('serves /index.html the same way', async () => {
    const reply = await send({ path: '/index.html' })
    expect(reply.status).toBe(200)
    expect(reply.body).toBe(HTML)
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

  it('refuses a call whose body is not declared JSON (a form from elsewhere), without calling the api', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
      const reply = await invoke({ name: 'app.status', input: {} }, { 'content-type': type })
      expect(reply.status, type).toBe(415)
    }
    expect(api).not.toHaveBeenCalled()
  })

  it('refuses GET on the API with 405', async () => {
    const reply = await send({ method: 'GET', path: API_PATH })
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

describe('startWebServer: the session (any local process can reach the port)', () => {
  it('gives a process without the session neither the page, nor an asset, nor the API', async () => {
    const page = await send({ path: '/', session: false })
    expect(page.status).toBe(403)
    expect(page.headers['content-type']).toMatch(/^text\/plain/)
    expect(page.body).toContain('Open the address it printed')
    expect(page.body).not.toContain('<title>')
    expect(page.headers['set-cookie']).toBeUndefined()
    expect((await send({ path: '/index.html', session: false })).status).toBe(403)
    expect((await send({ path: '/assets/app.js', session: false })).body).not.toContain(SCRIPT)
    const call = await invoke({ name: 'claim.delete', input: { claimId: 'c1' } }, {}, false)
    expect(call.status).toBe(403)
    expect(errorCode(call)).toBe('forbidden')
    expect(api).not.toHaveBeenCalled()
  })

  it('refuses a wrong session cookie, another run’s cookie name, and a guessed key', async () => {
    const [name, value] = cookie.split('=') as [string, string]
    const wrong = [`${name}=${value.replace(/.$/, value.endsWith('0') ? '1' : '0')}`, `${name}=`, `${name}=${value}0`, `casebook-1=${value}`, `x${name}=${value}`]
    for (const header of wrong) {
      expect((await send({ path: '/', headers: { cookie: header }, session: false })).status, header).toBe(403)
      expect((await invoke({ name: 'app.status', input: {} }, { cookie: header }, false)).status, header).toBe(403)
    }
    expect((await send({ path: `/?key=${'0'.repeat(48)}`, session: false })).status).toBe(403)
    expect(api).not.toHaveBeenCalled()
  })

  it('lets the printed address in once, as an HttpOnly SameSite=Strict cookie, and drops the key from the address bar', async () => {
    const other = await startWebServer({ api: api as unknown as Api, changes: { subscribe: () => () => undefined }, rendererDir })
    try {
      const url = new URL(other.url)
      // A HEAD (a link preview) does not spend the key.
      const peek = await send({ method: 'HEAD', path: `/${url.search}`, port: other.port, session: false })
      expect(peek.status).toBe(403)
      expect(peek.headers['set-cookie']).toBeUndefined()
      const first = await send({ path: `/${url.search}`, port: other.port, session: false })
      expect(first.status).toBe(303)
      expect(first.headers.location).toBe('/')
      const setCookie = (first.headers['set-cookie'] as string[])[0] as string
      expect(setCookie).toMatch(new RegExp(`^casebook-${other.port}=[0-9a-f]{64}; Path=/; HttpOnly; SameSite=Strict$`))
      const session = setCookie.split(';')[0] as string
      expect(session).not.toContain(url.searchParams.get('key'))
      expect((await send({ path: '/', port: other.port, headers: { cookie: session }, session: false })).body).toBe(HTML)

      // The key is spent: someone who read it from the terminal or the history gets nothing.
      const again = await send({ path: `/${url.search}`, port: other.port, session: false })
      expect(again.status).toBe(403)
      expect(again.headers['set-cookie']).toBeUndefined()
      // The browser that used it just goes to the page.
      const reload = await send({ path: `/${url.search}`, port: other.port, headers: { cookie: session }, session: false })
      expect(reload).toMatchObject({ status: 303, headers: { location: '/' } })
      expect(reload.headers['set-cookie']).toBeUndefined()
    } finally {
      await other.close()
    }
  })

  it('refuses, even with the session, what the browser says comes from another site (another port of this machine is the same site to cookies)', async () => {
    for (const site of ['same-site', 'cross-site']) {
      expect((await send({ path: '/', headers: { 'sec-fetch-site': site } })).status, site).toBe(403)
      expect((await invoke({ name: 'app.status', input: {} }, { 'sec-fetch-site': site })).status, site).toBe(403)
    }
    expect(api).not.toHaveBeenCalled()
    expect((await send({ path: '/', headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(200)
    expect((await send({ path: '/', headers: { 'sec-fetch-site': 'none' } })).status).toBe(200)
  })
})

describe('startWebServer: Host and Origin', () => {
  it('refuses a foreign Host header for the page (DNS rebinding)', async () => {
    const reply = await send({ path: '/', headers: { host: `evil.example:${server.port}` } })
    expect(reply.status).toBe(403)
    expect(reply.body).not.toContain('<title>')
  })

  it('refuses a foreign Host header for the API, even with the session', async () => {
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
    expect(page.body).toBe(HTML)
    const call = await invoke({ name: 'app.status', input: {} }, { host: `localhost:${server.port}` })
    expect(call.status).toBe(200)
    expect(api).toHaveBeenCalledTimes(1)
  })

  it('refuses a request from another Origin, even with the session', async () => {
    const reply = await invoke({ name: 'claim.delete', input: { claimId: 'c1' } }, { origin: 'http://evil.example' })
    expect(reply.status).toBe(403)
    expect(errorCode(reply)).toBe('forbidden')
    expect(api).not.toHaveBeenCalled()
    const page = await send({ path: '/', headers: { origin: 'http://evil.example' } })
    expect(page.status).toBe(403)
    expect(page.body).not.toContain('<title>')
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
      const other = await startWebServer({ api: api as unknown as Api, changes: { subscribe: () => () => undefined }, rendererDir })
      expect((await send({ path: '/', port: other.port, session: false })).status).toBe(403)
      await other.close()
      await expect(send({ path: '/', port: other.port })).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    } finally {
      rmSync(rendererDir, { recursive: true, force: true })
    }
  })
})
