import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { APP_PAGE_URL } from '../../../electron/main/security/app-protocol'
import { isAppOrigin, lockDownContents, lockDownSession } from '../../../electron/main/window'

// window.ts only imports Electron's types, so no Electron module is loaded here. (The main
// window's options are written at its call in index.ts, and tested in main.test.ts.)

type Listener = (...args: unknown[]) => unknown
type OpenHandler = (details: { url: string }) => { action: string }

/** A WebContents that records what lockDownContents installs on it. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>()
  let openHandler: OpenHandler | null = null
  const contents = {
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn])
      return contents
    },
    setWindowOpenHandler(fn: OpenHandler) {
      openHandler = fn
    }
  }
  return {
    contents: contents as unknown as WebContents,
    /** Emits an event the way Electron does, and returns the event object the handlers saw. */
    emit(event: string, url = 'https://example.com/') {
      const evt = { preventDefault: vi.fn() }
      for (const fn of listeners.get(event) ?? []) fn(evt, url)
      return evt
    },
    /** will-frame-navigate: Electron passes one event that carries the details. */
    emitFrame(url: string, isMainFrame: boolean) {
      const evt = { preventDefault: vi.fn(), url, isMainFrame }
      for (const fn of listeners.get('will-frame-navigate') ?? []) fn(evt)
      return evt
    },
    listenerCount: (event: string) => listeners.get(event)?.length ?? 0,
    openWindow(url: string) {
      if (!openHandler) throw new Error('no window open handler was set')
      return openHandler({ url })
    }
  }
}

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
type PermissionCheck = (...args: unknown[]) => boolean
type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void

/** A Session that records the handlers lockDownSession installs. */
function fakeSession() {
  const installed: {
    request?: PermissionRequest
    check?: PermissionCheck
    filter?: { urls: string[] }
    beforeRequest?: BeforeRequest
  } = {}
  const session = {
    setPermissionRequestHandler: (fn: PermissionRequest) => (installed.request = fn),
    setPermissionCheckHandler: (fn: PermissionCheck) => (installed.check = fn),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, fn: BeforeRequest) => {
        installed.filter = filter
        installed.beforeRequest = fn
      }
    }
  }
  return {
    session: session as unknown as Session,
    installed,
    /** What the session decides for a request to `url`: true when it is cancelled. */
    cancels(url: string): boolean {
      if (!installed.beforeRequest) throw new Error('no onBeforeRequest handler was set')
      const callback = vi.fn()
      installed.beforeRequest({ url }, callback)
      expect(callback).toHaveBeenCalledTimes(1)
      return (callback.mock.calls[0]?.[0] as { cancel?: boolean }).cancel === true
    }
  }
}

/** The policy lockDownContents is given in the app, with a spy for the user's browser. */
function appPolicy(openExternal = vi.fn()) {
  return { appUrl: APP_PAGE_URL, openExternal }
}

describe('isAppOrigin', () => {
  it('accepts the app’s own origin only, by scheme and host', () => {
    expect(isAppOrigin('app://casebook/index.html', APP_PAGE_URL)).toBe(true)
    expect(isAppOrigin('app://casebook/assets/index.js?x=1#y', APP_PAGE_URL)).toBe(true)
    // Node gives every non-web scheme the origin "null": comparing origins would let these in.
    expect(isAppOrigin('evil://casebook/index.html', APP_PAGE_URL)).toBe(false)
    expect(isAppOrigin('app://other/index.html', APP_PAGE_URL)).toBe(false)
    expect(isAppOrigin('file:///opt/Casebook/out/renderer/index.html', APP_PAGE_URL)).toBe(false)
    expect(isAppOrigin('not a url', APP_PAGE_URL)).toBe(false)
  })
})

describe('lockDownContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s to a web page', (event) => {
    const fake = fakeContents()
    lockDownContents(fake.contents, appPolicy())
    expect(fake.listenerCount(event)).toBeGreaterThan(0)
    const evt = fake.emit(event, 'https://evil.example/')
    expect(evt.preventDefault).toHaveBeenCalled()
  })

  it.each(['file:///etc/passwd', 'app://other/index.html', 'evil://casebook/index.html', 'javascript:alert(1)', 'data:text/html,<b>x</b>'])(
    'prevents navigation and redirects to %s',
    (url) => {
      const fake = fakeContents()
      lockDownContents(fake.contents, appPolicy())
      expect(fake.emit('will-navigate', url).preventDefault).toHaveBeenCalled()
      expect(fake.emit('will-redirect', url).preventDefault).toHaveBeenCalled()
      expect(fake.emitFrame(url, true).preventDefault).toHaveBeenCalled()
    }
  )

  it('lets the page move within its own origin', () => {
    const fake = fakeContents()
    lockDownContents(fake.contents, appPolicy())
    expect(fake.emit('will-navigate', 'app://casebook/index.html').preventDefault).not.toHaveBeenCalled()
    expect(fake.emitFrame('app://casebook/index.html', true).preventDefault).not.toHaveBeenCalled()
  })

  it('prevents a link inside a frame (the brief preview) from loading a web page there', () => {
    const fake = fakeContents()
    lockDownContents(fake.contents, appPolicy())
    expect(fake.emitFrame('https://example.com/source', false).preventDefault).toHaveBeenCalled()
    expect(fake.emitFrame('file:///etc/passwd', false).preventDefault).toHaveBeenCalled()
    // The preview frame's own document, written by the page, still loads.
    expect(fake.emitFrame('about:srcdoc', false).preventDefault).not.toHaveBeenCalled()
    expect(fake.emitFrame('about:blank', false).preventDefault).not.toHaveBeenCalled()
  })

  it('always prevents a webview, even of the app’s own page', () => {
    const fake = fakeContents()
    lockDownContents(fake.contents, appPolicy())
    expect(fake.emit('will-attach-webview', APP_PAGE_URL).preventDefault).toHaveBeenCalled()
  })

  it.each(['https://example.com/article', 'http://example.com/', 'HTTPS://EXAMPLE.COM/Upper'])(
    'denies a new window for %s and opens it in the browser instead',
    (url) => {
      const fake = fakeContents()
      const openExternal = vi.fn()
      lockDownContents(fake.contents, appPolicy(openExternal))
      expect(fake.openWindow(url)).toEqual({ action: 'deny' })
      expect(openExternal).toHaveBeenCalledTimes(1)
      expect(openExternal).toHaveBeenCalledWith(url)
    }
  )

  it.each([
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'app://casebook/index.html',
    'smb://server/share/payload.exe',
    'mailto:someone@example.com',
    'ms-settings:',
    ' https://example.com/',
    'httpx://example.com/',
    ''
  ])('denies a new window for %j and never hands it to the system', (url) => {
    const fake = fakeContents()
    const openExternal = vi.fn()
    lockDownContents(fake.contents, appPolicy(openExternal))
    expect(fake.openWindow(url)).toEqual({ action: 'deny' })
    expect(openExternal).not.toHaveBeenCalled()
  })
})

describe('lockDownSession', () => {
  it('refuses every permission request but full screen (the practice timer on a projector)', () => {
    const fake = fakeSession()
    lockDownSession(fake.session, undefined)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      fake.installed.request?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(fake.installed.request).toBeDefined()
    const fullscreen = vi.fn()
    fake.installed.request?.({}, 'fullscreen', fullscreen)
    expect(fullscreen).toHaveBeenCalledWith(true)
  })

  it('answers no to every permission check', () => {
    const fake = fakeSession()
    lockDownSession(fake.session, undefined)
    expect(fake.installed.check).toBeDefined()
    expect(fake.installed.check?.({}, 'media', 'file://', {})).toBe(false)
    expect(fake.installed.check?.(null, 'clipboard-sanitized-write', 'https://example.com', {})).toBe(false)
  })

  it('watches every request, whatever its scheme', () => {
    const fake = fakeSession()
    lockDownSession(fake.session, undefined)
    expect(fake.installed.filter?.urls).toEqual(['<all_urls>'])
  })

  it('lets through what stays on this computer: the app’s files, devtools, the print window’s file, data and blob URLs', () => {
    const fake = fakeSession()
    lockDownSession(fake.session, undefined)
    expect(fake.cancels('app://casebook/index.html')).toBe(false)
    expect(fake.cancels('app://casebook/assets/index-abc.js')).toBe(false)
    expect(fake.cancels('devtools://devtools/bundled/inspector.html')).toBe(false)
    expect(fake.cancels('file:///tmp/casebook-pdf-x/brief.html')).toBe(false)
    expect(fake.cancels('data:image/png;base64,AAAA')).toBe(false)
    expect(fake.cancels('blob:app://casebook/5f1c')).toBe(false)
  })

  it('cancels every network request when there is no dev server', () => {
    const fake = fakeSession()
    lockDownSession(fake.session, undefined)
    expect(fake.cancels('http://example.com/')).toBe(true)
    expect(fake.cancels('https://example.com/tracker.js')).toBe(true)
    expect(fake.cancels('http://localhost:5173/')).toBe(true)
    expect(fake.cancels('http://127.0.0.1:8080/api')).toBe(true)
    expect(fake.cancels('wss://example.com/socket')).toBe(true)
    expect(fake.cancels('ftp://example.com/file')).toBe(true)
    expect(fake.cancels('chrome-extension://abc/page.html')).toBe(true)
    expect(fake.cancels('not a url')).toBe(true)
  })

  it('lets through only the dev server origin while developing', () => {
    const fake = fakeSession()
    lockDownSession(fake.session, 'http://localhost:5173/')
    expect(fake.cancels('http://localhost:5173/')).toBe(false)
    expect(fake.cancels('http://localhost:5173/src/main.tsx?t=1')).toBe(false)
    // Hot reload talks to the dev server over a websocket.
    expect(fake.cancels('ws://localhost:5173/')).toBe(false)

    expect(fake.cancels('http://localhost:5174/')).toBe(true)
    expect(fake.cancels('https://localhost:5173/')).toBe(true)
    expect(fake.cancels('http://127.0.0.1:5173/')).toBe(true)
    expect(fake.cancels('https://example.com/')).toBe(true)
    expect(fake.cancels('http://localhost.evil.example:5173/')).toBe(true)
  })
})
