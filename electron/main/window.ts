import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Casebook',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Off: on Linux the spellchecker downloads dictionaries, and Casebook never uses the network.
      spellcheck: false
    }
  }
}

/**
 * The page may never leave the app: no navigation, no redirects, no new windows, no webviews.
 * Web links the user clicks open in their own browser instead.
 */
export function lockDownContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) openExternal(url)
    return { action: 'deny' }
  })
}

/**
 * No permissions (camera, notifications, ...) and no requests to the network, but for the dev
 * server. Only full screen is granted: the practice timer fills a classroom projector with it.
 */
export function lockDownSession(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'fullscreen'))
  session.setPermissionCheckHandler(() => false)
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    const allowed = devOrigin !== null && new URL(details.url).origin.replace(/^ws/, 'http') === devOrigin
    callback({ cancel: !allowed })
  })
}
