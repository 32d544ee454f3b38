import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { lockDownContents, lockDownSession, mainWindowOptions } from '../../../electron/main/window'

// window.ts only imports Electron's types, so no Electron module is loaded here.

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

describe('mainWindowOptions', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences
    expect(prefs?.contextIsolation).toBe(true)
    expect(prefs?.sandbox).toBe(true)
    expect(prefs?.nodeIntegration).toBe(false)
    expect(prefs?.nodeIntegrationInWorker).toBe(false)
    expect(prefs?.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs?.webviewTag).toBe(false)
    expect(prefs?.webSecurity).toBe(true)
    expect(prefs?.allowRunningInsecureContent).toBe(false)
  })

  it('uses the preload path it is given', () => {
    expect(mainWindowOptions('/somewhere/preload/index.cjs').webPreferences?.preload).toBe('/somewhere/preload/index.cjs')
    expect(mainWindowOptions('C:\\Casebook\\preload.cjs').webPreferences?.preload).toBe('C:\\Casebook\\preload.cjs')
  })

  it('keeps the window hidden until the page is ready to show', () => {
    expect(mainWindowOptions('/p.cjs').show).toBe(false)
  })
})

describe('lockDownContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const fake = fakeContents()
    lockDownContents(fake.contents, vi.fn())
    expect(fake.listenerCount(event)).toBeGreaterThan(0)
    const evt = fake.emit(event, 'https://evil.example/')
    expect(evt.preventDefault).toHaveBeenCalled()
  })

  it('prevents navigation even to a local file', () => {
    const fake = fakeContents()
    lockDownContents(fake.contents, vi.fn())
    expect(fake.emit('will-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalled()
  })

  it.each(['https://example.com/article', 'http://example.com/', 'HTTPS://EXAMPLE.COM/Upper'])(
    'denies a new window for %s and opens it in the browser instead',
    (url) => {
      const fake = fakeContents()
      const openExternal = vi.fn()
      lockDownContents(fake.contents, openExternal)
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
    'smb://server/share/payload.exe',
    'mailto:someone@example.com',
    'ms-settings:',
    ' https://example.com/',
    'httpx://example.com/',
    ''
  ])('denies a new window for %j and never hands it to the system', (url) => {
    const fake = fakeContents()
    const openExternal = vi.fn()
    lockDownContents(fake.contents, openExternal)
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

  it('watches http, https and websocket requests', () => {
    const fake = fakeSession()
    lockDownSession(fake.session, undefined)
    expect(fake.installed.filter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']))
  })

  it('cancels every network request when there is no dev server', () => {
    const fake = fakeSession()
    lockDownSession(fake.session, undefined)
    expect(fake.cancels('http://example.com/')).toBe(true)
    expect(fake.cancels('https://example.com/tracker.js')).toBe(true)
    expect(fake.cancels('http://localhost:5173/')).toBe(true)
    expect(fake.cancels('http://127.0.0.1:8080/api')).toBe(true)
    expect(fake.cancels('wss://example.com/socket')).toBe(true)
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
