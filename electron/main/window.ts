import type { Session, WebContents } from 'electron'

/** True when `url` is on the app's own origin (app://casebook, or the dev server while developing). */
export function isAppOrigin(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url)
    const app = new URL(appUrl)
    // Compared by scheme and host: Node gives every non-web scheme (app:) the origin "null".
    return target.protocol === app.protocol && target.host === app.host
  } catch {
    return false
  }
}

/** The brief preview's sandboxed frame is an about:srcdoc document; a new frame starts as about:blank. */
const INLINE_FRAME = /^about:(srcdoc|blank)$/

export interface ContentsPolicy {
  /** The page's own URL: navigation may stay on its origin, never leave it. */
  appUrl: string
  /** Where web links the user clicks go instead: their own browser. */
  openExternal(url: string): void
}

/**
 * Every web contents the app creates (the main window, the hidden window that prints a PDF,
 * any frame or window a page might try to make) may never leave the app: no navigation or
 * redirect off its origin, no new windows, no webviews.
 */
export function lockDownContents(contents: WebContents, policy: ContentsPolicy): void {
  const offOrigin = (url: string) => !isAppOrigin(url, policy.appUrl)
  contents.on('will-navigate', (event, url) => {
    if (offOrigin(url)) event.preventDefault()
  })
  // Any frame, the brief preview's included: a link inside it must not load a web page there.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && INLINE_FRAME.test(event.url)) return
    if (offOrigin(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (offOrigin(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // Only web links, to the user's own browser: never file:, smb:, or a program's own scheme.
    if (/^https?:\/\//i.test(url)) policy.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' }
  })
}

/**
 * What a request may load: the app's own files, Chromium's devtools, the hidden print window's
 * temporary file, and data and blob URLs the page makes itself. Everything else (http, https,
 * ws, ftp, …) would reach the network.
 */
const LOCAL_SCHEMES = new Set(['app:', 'devtools:', 'file:', 'data:', 'blob:', 'about:'])

/**
 * No permissions (camera, notifications, ...) and no requests to the network, but for the dev
 * server. Only full screen is granted: the practice timer fills a classroom projector with it.
 */
export function lockDownSession(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'fullscreen'))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isLocalRequest(details.url, devServerUrl) })
  })
}

function isLocalRequest(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true
  // Hot reload talks to the dev server over a websocket.
  return devServerUrl !== undefined && isAppOrigin(url.replace(/^ws/i, 'http'), devServerUrl)
}
