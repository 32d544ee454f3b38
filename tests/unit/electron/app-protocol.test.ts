/** app://casebook/: the built page's files and nothing else, with the page's CSP as a header. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES, serveAppFiles } from '../../../electron/main/security/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'

const SECRET = 'not-for-the-page'
const PAGE = '<!doctype html><title>Casebook</title>'
let root = ''
let rendererDir = ''
let serve: (request: Request) => Promise<Response>

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'casebook-protocol-'))
  // out/renderer beside other files that must never be served: a sibling with the same prefix too.
  rendererDir = join(root, 'out', 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), PAGE)
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'out', 'secret.txt'), SECRET)
  writeFileSync(join(root, 'out', 'renderer-secret.txt'), SECRET)
  writeFileSync(join(root, 'secret.txt'), SECRET)
  serve = serveAppFiles(rendererDir)
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

async function get(url: string, method = 'GET') {
  const response = await serve(new Request(url, { method }))
  return { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), body: await response.text() }
}

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme that the page can fetch from, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } })
    expect(APP_PAGE_URL).toBe('app://casebook/index.html')
  })
})

describe('serveAppFiles', () => {
  it('serves the page with its content type and the Content-Security-Policy as a header', async () => {
    const reply = await get(APP_PAGE_URL)
    expect(reply).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY, body: PAGE })
  })

  it('serves the page for the bare origin, and its assets', async () => {
    expect((await get('app://casebook/')).body).toBe(PAGE)
    expect(await get('app://casebook/assets/index-abc.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log(1)' })
  })

  it.each([
    'app://casebook/../secret.txt',
    'app://casebook/../../secret.txt',
    'app://casebook/%2e%2e/secret.txt',
    'app://casebook/%2e%2e/%2e%2e/secret.txt',
    'app://casebook/%2E%2E/%2E%2E/secret.txt',
    'app://casebook/..%2fsecret.txt',
    'app://casebook/..%2f..%2fsecret.txt',
    'app://casebook/assets/..%2f..%2fsecret.txt',
    'app://casebook/..%2frenderer-secret.txt',
    'app://casebook/..%5csecret.txt',
    'app://casebook/.%2e/secret.txt',
    'app://casebook/%2e%2e%5c%2e%2e%5csecret.txt',
    `app://casebook/${encodeURIComponent(join(root, 'secret.txt'))}`,
    `app://casebook/${join(root, 'secret.txt')}`,
    `app://casebook//${join(root, 'secret.txt')}`,
    'app://casebook/index.html%00.js',
    'app://casebook/%E0%A4%A'
  ])('refuses %s with a 404 and none of the file', async (url) => {
    const reply = await get(url)
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain(SECRET)
    expect(reply.csp).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('app://casebook/missing.js')).status).toBe(404)
    expect((await get('app://casebook/assets')).status).toBe(404)
  })

  it('serves only its own host and scheme', async () => {
    expect((await get('app://other/index.html')).status).toBe(404)
    expect((await get('https://casebook/index.html')).status).toBe(404)
  })

  it('refuses anything but reading', async () => {
    expect((await get(APP_PAGE_URL, 'POST')).status).toBe(404)
    expect((await get(APP_PAGE_URL, 'PUT')).status).toBe(404)
  })
})
