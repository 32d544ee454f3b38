/**
 * The app's page comes from app://casebook/, a protocol of its own, rather than file://: a
 * file:// page shares its origin with every file on the disk, while app://casebook serves only
 * the built page's own files, with the same Content-Security-Policy as a header.
 */
import type { CustomScheme } from 'electron'
import { readFile } from 'node:fs/promises'
import { rendererFile, contentType } from '../../renderer-files'
import { CONTENT_SECURITY_POLICY } from './csp'

export const APP_SCHEME = 'app'
export const APP_HOST = 'casebook'
/** What the window loads. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Registered before the app is ready. Standard and secure: the page gets an origin of its own
 * (app://casebook, so its CSP's 'self' means the app's files) and counts as a secure context;
 * supportFetchAPI lets it fetch its own files. Nothing else (no service workers, no CORS bypass).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store'
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } })
}

/**
 * The handler for protocol.handle('app', …): a GET of app://casebook/<path> answers the file at
 * <path> under `rendererDir` (the built page, out/renderer); any other host, method or a path
 * that leads outside that folder answers 404.
 */
export function serveAppFiles(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return notFound()
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound()
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound()
    const file = rendererFile(rendererDir, url.pathname)
    if (!file) return notFound()
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return notFound()
    }
    return new Response(new Uint8Array(body), { status: 200, headers: { 'content-type': contentType(file), ...SECURITY_HEADERS } })
  }
}
