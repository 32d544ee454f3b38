import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES } from '../../../electron/main/security/app-protocol'
import type { Listener } from '../../support/fake-electron'
import { electronMainHarness } from './launch-main'

/*
 * electron/main/index.ts runs on import. Electron's binary is not installed, so the whole
 * 'electron' module is replaced by the fake in tests/support/fake-electron.ts; the store, lock
 * and API underneath are real (launch-main.ts beside it launches it).
 */

const fake = await vi.hoisted(async () => (await import('../../support/fake-electron')).createFakeElectron())

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

const { app, ipcMain, Menu, dialog, protocol, session, shell } = fake.electron
const { windows, emitApp, launch, started, quit, ipcHandler, libraryChanges, frame, dirs } = electronMainHarness(fake)

/** Where index.ts lives: it finds the renderer and preload relative to itself. */
const MAIN_DIR = dirname(fileURLToPath(new URL('../../../electron/main/index.ts', import.meta.url)))

let root = ''
let dataDir = ''
beforeEach(() => {
  ;({ root, dataDir } = dirs)
})

describe('electron/main/index.ts', () => {
  it('quits at once, opening nothing, when another instance already has the folder', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false)
    await launch()
    await new Promise((r) => setTimeout(r, 50))
    expect(app.quit).toHaveBeenCalled()
    expect(app.whenReady).not.toHaveBeenCalled()
    expect(windows).toHaveLength(0)
    expect(ipcMain.handle).not.toHaveBeenCalled()
    expect(existsSync(join(dataDir, 'casebook.json'))).toBe(false)
    expect(existsSync(join(dataDir, 'casebook.lock'))).toBe(false)
  })

  it('ties the single-instance lock to the data folder', async () => {
    await launch()
    expect(app.setPath).toHaveBeenCalledWith('userData', join(dataDir, 'electron-profile'))
    const setPathOrder = app.setPath.mock.invocationCallOrder[0] ?? Infinity
    const lockOrder = app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? -Infinity
    expect(setPathOrder).toBeLessThan(lockOrder)
    await started()
  })

  it('opens the store in the --data folder and shows a locked-down window', async () => {
    await launch()
    await started()
    expect(app.exit).not.toHaveBeenCalled()
    expect(existsSync(join(dataDir, 'casebook.json'))).toBe(true)
    expect(JSON.parse(readFileSync(join(dataDir, 'casebook.lock'), 'utf8'))).toMatchObject({ pid: process.pid, holder: 'app' })
    // Nothing lands in Electron's default folder when --data is given.
    expect(existsSync(join(fake.state.userData, 'casebook.json'))).toBe(false)

    expect(windows).toHaveLength(1)
    const win = windows[0]!
    expect(win.options.webPreferences).toEqual({
      preload: resolve(MAIN_DIR, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click would open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      // No DevTools in the installed app.
      devTools: false
    })
    expect(win.options.show).toBe(false)

    // The built page, from the app's own protocol rather than file://.
    expect(win.loadURL).toHaveBeenCalledTimes(1)
    expect(win.loadURL).toHaveBeenCalledWith('app://casebook/index.html')
    expect(win.loadFile).not.toHaveBeenCalled()
  })

  it('registers app:// as a privileged scheme before the app is ready, then serves only the built page through it', async () => {
    await launch()
    await started()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES])
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity
    expect(registered).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? -Infinity)

    expect(protocol.handle).toHaveBeenCalledTimes(1)
    const [scheme, handler] = protocol.handle.mock.calls[0] as unknown as [string, (request: Request) => Promise<Response>]
    expect(scheme).toBe('app')
    // Served from beside the main bundle (out/main -> out/renderer): nothing above it.
    for (const url of ['app://casebook/../main/index.ts', 'app://casebook/%2e%2e/main/index.ts', `app://casebook/${encodeURIComponent(join(MAIN_DIR, 'index.ts'))}`]) {
      const response = await handler(new Request(url))
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('electron')
    }
  })

  it('shows the window only once its page is ready', async () => {
    await launch()
    await started()
    const win = windows[0]!
    expect(win.show).not.toHaveBeenCalled()
    win.onceListeners.get('ready-to-show')?.()
    expect(win.show).toHaveBeenCalledTimes(1)
  })

  it('locks down the page and the session', async () => {
    await launch()
    await started()
    const contents = windows[0]!.webContents
    expect(contents.listeners.has('will-navigate')).toBe(true)
    expect(contents.windowOpenHandler).not.toBeNull()
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/')

    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    const onBeforeRequest = session.defaultSession.webRequest.onBeforeRequest.mock.calls[0]?.[1] as Listener
    const callback = vi.fn()
    onBeforeRequest({ url: 'https://example.com/' }, callback)
    expect(callback).toHaveBeenCalledWith({ cancel: true })
  })

  it('locks down every web contents the app creates, and its session, not only the main window', async () => {
    await launch()
    await started()
    // A web contents Electron makes on its own (a webview's, a window's a page opened), in a session of its own.
    const listeners = new Map<string, Listener>()
    const otherSession = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } }
    let openHandler: Listener | null = null
    const contents = {
      session: otherSession,
      on: (event: string, fn: Listener) => listeners.set(event, fn),
      setWindowOpenHandler: (fn: Listener) => (openHandler = fn)
    }
    emitApp('web-contents-created', {}, contents)

    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const evt = { preventDefault: vi.fn(), url: 'https://evil.example/', isMainFrame: true }
      listeners.get(event)?.(evt, 'https://evil.example/')
      expect(evt.preventDefault, event).toHaveBeenCalled()
    }
    const webview = { preventDefault: vi.fn() }
    listeners.get('will-attach-webview')?.(webview)
    expect(webview.preventDefault).toHaveBeenCalled()
    expect(openHandler).not.toBeNull()
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })

    const permission = vi.fn()
    ;(otherSession.setPermissionRequestHandler.mock.calls[0]?.[0] as Listener)(contents, 'media', permission)
    expect(permission).toHaveBeenCalledWith(false)
    const request = vi.fn()
    ;(otherSession.webRequest.onBeforeRequest.mock.calls[0]?.[1] as Listener)({ url: 'https://example.com/' }, request)
    expect(request).toHaveBeenCalledWith({ cancel: true })
  })

  it('refuses the network in the main process: a library’s fetch or http request never leaves the computer', async () => {
    await launch()
    await started()
    // (index.ts is loaded afresh for each test, so its OfflineError is another class object than this file's.)
    await expect(fetch('https://doi.org/10.1000/182')).rejects.toMatchObject({
      cause: { name: 'OfflineError', message: 'Casebook works offline and does not connect to doi.org' }
    })
  })

  it('serves the API on the casebook channel to the loaded page only', async () => {
    await launch()
    await started()
    expect(ipcMain.handle).toHaveBeenCalledTimes(1)
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe('casebook')

    const handler = ipcHandler()
    const status = await handler({ senderFrame: frame(APP_PAGE_URL) } as unknown as IpcMainInvokeEvent, 'app.status', {})
    expect(status).toMatchObject({ ok: true, data: { dataDir } })

    for (const url of ['https://evil.example/', 'file:///opt/Casebook/out/renderer/index.html', 'evil://casebook/index.html']) {
      const foreign = await handler({ senderFrame: frame(url) } as unknown as IpcMainInvokeEvent, 'app.status', {})
      expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  })

  it('sets the application menu, without developer items, and Show Data Folder opens the data folder', async () => {
    await launch()
    await started()
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value)

    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[]
    const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])])
    expect(all(template).map((item) => item.role)).not.toContain('toggleDevTools')
    const showData = all(template).find((item) => item.label === 'Show Data Folder')
    ;(showData?.click as unknown as () => void)()
    expect(shell.openPath).toHaveBeenCalledWith(dataDir)
  })

  it('saves a file the page made where the user chooses in the main process’s dialog, whole', async () => {
    await launch()
    await started()
    const event = { senderFrame: frame(APP_PAGE_URL) } as unknown as IpcMainInvokeEvent
    const target = join(root, 'chosen.casebook')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    expect(await ipcHandler()(event, 'file.save', { fileName: 'Unit.casebook', text: '{"format":"casebook-pack"}' })).toEqual({ ok: true, data: { path: target } })
    expect(readFileSync(target, 'utf8')).toBe('{"format":"casebook-pack"}')
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: expect.stringMatching(/Unit\.casebook$/) })
    // Cancelling writes nothing and says so.
    expect(await ipcHandler()(event, 'file.save', { fileName: 'Unit.casebook', text: 'x' })).toEqual({ ok: true, data: { path: null } })
  })

  it('refuses to save over the library, or anywhere in the data folder, when the dialog is pointed there', async () => {
    await launch()
    await started()
    const event = { senderFrame: frame(APP_PAGE_URL) } as unknown as IpcMainInvokeEvent
    const library = readFileSync(join(dataDir, 'casebook.json'), 'utf8')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dataDir, 'casebook.json') })
    const outcome = await ipcHandler()(event, 'file.save', { fileName: 'Unit.casebook', text: '{"format":"casebook-pack"}' })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(`inside the data folder ${dataDir}`) } })
    expect(readFileSync(join(dataDir, 'casebook.json'), 'utf8')).toBe(library)
  })

  it('prints a PDF brief in a hidden window with JavaScript off, and leaves no temporary file', async () => {
    await launch()
    await started()
    const event = { senderFrame: frame(APP_PAGE_URL) } as unknown as IpcMainInvokeEvent
    let printed = ''
    fake.FakeBrowserWindow.printToPDF.mockImplementationOnce(async () => {
      printed = readFileSync(windows[1]!.loadFile.mock.calls[0]?.[0] as string, 'utf8')
      return new TextEncoder().encode('%PDF-1.7 from Electron')
    })
    const outcome = await ipcHandler()(event, 'brief.export', { motionId: 'california-secession__bp-secede', format: 'pdf', side: 'pro' })
    if (!outcome.ok) throw new Error(outcome.error.message)
    const file = outcome.data as { fileName: string; mimeType: string; base64: string }
    expect(file).toMatchObject({ mimeType: 'application/pdf', fileName: expect.stringMatching(/-Gov\.pdf$/) })
    expect(Buffer.from(file.base64, 'base64').toString('latin1')).toBe('%PDF-1.7 from Electron')

    expect(windows).toHaveLength(2)
    const printer = windows[1]!
    expect(printer.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } })
    expect(fake.FakeBrowserWindow.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true, preferCSSPageSize: true }))
    expect(printed).toMatch(/^<!doctype html>/)
    expect(printed).toContain('Gov: for the motion')
    expect(printer.destroy).toHaveBeenCalledTimes(1)
    expect(existsSync(printer.loadFile.mock.calls[0]?.[0] as string)).toBe(false)
  })

  it('lists what the dialog saved and shows it in the system’s file manager by its id', async () => {
    await launch()
    await started()
    const event = { senderFrame: frame(APP_PAGE_URL) } as unknown as IpcMainInvokeEvent
    const target = join(root, 'brief.md')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    await ipcHandler()(event, 'file.save', { fileName: 'brief.md', text: '# Brief' })
    const recent = await ipcHandler()(event, 'file.recent', {})
    expect(recent).toMatchObject({ ok: true, data: [{ path: target, fileName: 'brief.md', format: 'md', exists: true }] })
    const [entry] = (recent as { data: Array<{ id: string }> }).data
    expect(await ipcHandler()(event, 'file.reveal', { exportId: entry!.id })).toEqual({ ok: true, data: { path: target } })
    expect(shell.showItemInFolder).toHaveBeenCalledWith(target)
    expect(existsSync(join(dataDir, 'recent-exports.json'))).toBe(true)
  })

  it('reinstalls the starter pack from Help, tells the user, and tells the page through the event instead of reloading it', async () => {
    await launch()
    await started()
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[]
    const help = template.find((item) => item.role === 'help')?.submenu as MenuItemConstructorOptions[]
    ;(help.find((item) => item.label === 'Reinstall the Starter Pack')?.click as unknown as () => void)()
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled())
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: expect.stringContaining('starter pack is installed') })
    const library = JSON.parse(readFileSync(join(dataDir, 'casebook.json'), 'utf8'))
    expect(library.packs.map((p: { id: string }) => p.id)).toEqual(['california-secession'])
    expect(libraryChanges(windows[0]!)).toEqual([{ operation: 'pack.starter', topics: expect.arrayContaining(['packs', 'motions', 'claims']) }])
    expect(windows[0]!.webContents.reload).not.toHaveBeenCalled()
  })

  it('tells every window after a committed write, with what it touched, and after a read or a refused write tells none', async () => {
    await launch()
    await started()
    // A second window: the event reaches every one, not only the one that wrote.
    const other = new fake.FakeBrowserWindow({})
    const event = { senderFrame: frame(APP_PAGE_URL) } as unknown as IpcMainInvokeEvent
    const created = await ipcHandler()(event, 'motion.create', { title: 'THBT the moon is cheese' })
    if (!created.ok) throw new Error(created.error.message)
    const motionId = (created.data as { id: string }).id
    const expected = { operation: 'motion.create', topics: ['motions'], motionId }
    expect(libraryChanges(windows[0]!)).toEqual([expected])
    expect(libraryChanges(other)).toEqual([expected])

    expect(await ipcHandler()(event, 'motion.list', {})).toMatchObject({ ok: true })
    expect(await ipcHandler()(event, 'motion.update', { motionId: 'no-such-motion', title: 'x' })).toMatchObject({ ok: false })
    expect(libraryChanges(windows[0]!)).toEqual([expected])

    // A window already closed is skipped, not sent to.
    other.isDestroyed.mockReturnValue(true)
    await ipcHandler()(event, 'claim.add', { motionId, parentId: null, stance: 'pro', title: 'Cheese is tasty' })
    expect(libraryChanges(windows[0]!)).toEqual([expected, { operation: 'claim.add', topics: ['claims'], motionId }])
    expect(libraryChanges(other)).toEqual([expected])
  })

  it('uses Electron’s user data folder when no --data is given', async () => {
    await launch([])
    await started()
    expect(windows).toHaveLength(1)
    expect(app.getPath).toHaveBeenCalledWith('userData')
    expect(existsSync(join(fake.state.userData, 'casebook.json'))).toBe(true)
  })

  it('never loads ELECTRON_RENDERER_URL in a packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    await launch()
    await started()
    expect(windows[0]!.loadURL.mock.calls).toEqual([[APP_PAGE_URL]])
  })

  it('loads the dev server, with developer menu items, when run unpackaged', async () => {
    app.isPackaged = false
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    await launch()
    await started()
    const win = windows[0]!
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(win.loadFile).not.toHaveBeenCalled()
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[]
    const view = template.find((item) => item.label === 'View')?.submenu as MenuItemConstructorOptions[]
    expect(view.map((item) => item.role)).toContain('toggleDevTools')
    expect(win.options.webPreferences).toMatchObject({ devTools: true })
  })

  it('on quit, holds the quit until the store has closed, then releases the lock', async () => {
    await launch()
    await started()
    expect(existsSync(join(dataDir, 'casebook.lock'))).toBe(true)
    const first = await quit()
    expect(first.preventDefault).toHaveBeenCalledTimes(1)
    expect(app.quit).toHaveBeenCalledTimes(1)
    expect(existsSync(join(dataDir, 'casebook.lock'))).toBe(false)
    // The second will-quit (from that app.quit) goes through.
    const second = await quit()
    expect(second.preventDefault).not.toHaveBeenCalled()
  })

  it('shows an error naming the folder and exits when another live process holds the data folder', async () => {
    mkdirSync(dataDir, { recursive: true })
    const lock = { pid: process.ppid, holder: 'web', since: '2026-01-01T00:00:00.000Z' }
    writeFileSync(join(dataDir, 'casebook.lock'), JSON.stringify(lock))
    await launch()
    await started()

    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1)
    const [title, message] = dialog.showErrorBox.mock.calls[0] as unknown as [string, string]
    expect(title).toMatch(/Casebook/)
    expect(message).toContain(dataDir)
    expect(message).toContain(String(process.ppid))
    expect(app.exit).toHaveBeenCalledWith(1)
    expect(windows).toHaveLength(0)
    expect(ipcMain.handle).not.toHaveBeenCalled()
    expect(Menu.setApplicationMenu).not.toHaveBeenCalled()
    // The other process's lock is left alone, and no store file was written.
    expect(JSON.parse(readFileSync(join(dataDir, 'casebook.lock'), 'utf8'))).toEqual(lock)
    expect(existsSync(join(dataDir, 'casebook.json'))).toBe(false)
  })
})
