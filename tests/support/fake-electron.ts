import { vi } from 'vitest'

/*
 * A stand-in for the 'electron' module, for testing electron/main/index.ts where Electron's
 * binary is not installed: windows, app events, IPC, menus, dialogs, protocol, session and
 * shell, each a vi.fn the tests can inspect. The store, lock and API under it stay real.
 */

export type Listener = (...args: unknown[]) => unknown

export function createFakeElectron() {
  const state = { userData: '' }
  const appListeners = new Map<string, Listener[]>()
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() }
  }

  class FakeWebContents {
    listeners = new Map<string, Listener[]>()
    session = defaultSession
    windowOpenHandler: Listener | null = null
    mainFrame = { url: '', parent: null }
    on = vi.fn((event: string, fn: Listener) => {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn])
      return this
    })
    setWindowOpenHandler = vi.fn((fn: Listener) => {
      this.windowOpenHandler = fn
    })
    reload = vi.fn()
    /** What the main process sent the page (channel, payload), as ipcRenderer would receive it. */
    send = vi.fn((_channel: string, ..._args: unknown[]) => undefined)
    isDestroyed = vi.fn(() => false)
    printToPDF = vi.fn((options: Record<string, unknown>) => FakeBrowserWindow.printToPDF(options))
  }

  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = []
    static getAllWindows = vi.fn(() => FakeBrowserWindow.instances)
    /** What every window's webContents.printToPDF answers. */
    static printToPDF = vi.fn(async (_options: Record<string, unknown>): Promise<Uint8Array> => new TextEncoder().encode('%PDF-1.7 from Electron'))
    options: Record<string, unknown>
    webContents = new FakeWebContents()
    onceListeners = new Map<string, Listener>()
    once = vi.fn((event: string, fn: Listener) => {
      this.onceListeners.set(event, fn)
      return this
    })
    on = vi.fn(() => this)
    loadFile = vi.fn(async (_file: string) => undefined)
    loadURL = vi.fn(async (_url: string) => undefined)
    show = vi.fn()
    isMinimized = vi.fn(() => false)
    restore = vi.fn()
    focus = vi.fn()
    destroy = vi.fn()
    isDestroyed = vi.fn(() => false)
    constructor(options: Record<string, unknown>) {
      this.options = options
      FakeBrowserWindow.instances.push(this)
      // As Electron does for every new web contents.
      for (const fn of appListeners.get('web-contents-created') ?? []) fn({}, this.webContents)
    }
  }

  const app = {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((_name: string) => state.userData),
    setPath: vi.fn(),
    on: vi.fn((event: string, fn: Listener) => {
      appListeners.set(event, [...(appListeners.get(event) ?? []), fn])
      return app
    }),
    quit: vi.fn(),
    exit: vi.fn(),
    showAboutPanel: vi.fn()
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn()
    },
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 }))
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() }
  }
  return { state, appListeners, FakeBrowserWindow, electron }
}
