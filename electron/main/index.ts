/** The Electron app: one window, one store, one IPC channel for calls and one for the library-changed event. */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type Session } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ApiError } from '../../shared/errors'
import { htmlToPdfWithElectron, printToBytes } from '../brief/pdf'
import type { Api } from './api'
import { devServerUrl as findDevServer } from './dev-server'
import { registerIpc, sendLibraryChange } from './ipc'
import { cliArgvFrom, runCliInApp } from './cli-mode'
import { menuTemplate, NEW_VERSIONS_MESSAGE } from './menu'
import { OPEN_PACK_HASH, packFileFromArgv, PendingPack } from './open-pack'
import { openRuntime } from './runtime'
import { saveWithDialog } from './save-dialog'
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppFiles } from './security/app-protocol'
import { refuseNetwork } from './security/offline'
import { dataFlag, resolveDataDir } from './store/data-folder'
import type { Store } from './store/store'
import { lockDownContents, lockDownSession } from './window'

refuseNetwork()
// Before the app is ready, or Chromium does not treat app:// as a secure origin of its own.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

const devServerUrl = findDevServer({ devBuild: import.meta.env.DEV, packaged: app.isPackaged, env: process.env })
/** The built page (out/renderer), served as app://casebook/. */
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url))
const appUrl = devServerUrl ?? APP_PAGE_URL
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

const defaultUserData = app.getPath('userData')
const dataDir = resolveDataDir({ flag: dataFlag(process.argv), fallback: defaultUserData })
// The single-instance lock is per user-data folder. For a library kept elsewhere, Chromium's
// profile moves into one subfolder of it, so two libraries can be open side by side (never
// the same one twice) and the library's folder holds nothing else of Chromium's.
if (dataDir !== defaultUserData) app.setPath('userData', join(dataDir, 'electron-profile'))

let mainWindow: BrowserWindow | null = null
const lockedSessions = new WeakSet<Session>()
/** lockDownContents hands it only http(s) links the user clicked, to open in their own browser. */
const openExternal = (url: string) => void shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
let store: Store | null = null
let api: Api | null = null
/** A double-clicked .casebook pack, until the page's import screen takes it. */
const pendingPack = new PendingPack()
/** Set when the app was started as `Casebook --cli <command>` (cli-mode.ts): it runs the command, and opens no window. */
const cliArgv = cliArgvFrom(process.argv)
// `--cli pack import lesson.casebook` names a pack for the command, not for the window.
const launchPack = cliArgv ? null : packFileFromArgv(process.argv, process.cwd())
if (launchPack) pendingPack.offer(launchPack)

/** Shows the import preview of a pack the system asked to open (the page asks for it on its Packs screen). */
function openPack(path: string): void {
  pendingPack.offer(path)
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  void mainWindow.loadURL(`${appUrl}${OPEN_PACK_HASH}`)
}

/** Help > Reinstall the Starter Pack: an update of the pack that never touches the user's own work. */
async function reinstallStarterPack(): Promise<void> {
  if (!api) return
  const outcome = await api('pack.starter', {})
  const message = outcome.ok ? 'The starter pack is installed. Your own work was not changed.' : `The starter pack could not be installed: ${outcome.error.message}`
  // The page hears of the pack's motions through the library-changed event, like any other write: no reload.
  if (mainWindow) await dialog.showMessageBox(mainWindow, { message, type: outcome.ok ? 'info' : 'error' })
}

/** Help > Restore from Backup: the page opens its restore screen when loaded at #restore (it has no other channel from the menu). */
function showRestoreFromBackup(): void {
  if (!mainWindow) return
  void mainWindow.loadURL(`${appUrl}#restore`)
}

function createWindow(): void {
  // The options are written here, at the call, so that a security scan (electronegativity) can read them.
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Casebook',
    autoHideMenuBar: false,
    webPreferences: {
      // It gives the page one function, invoke, and every call is checked here (ipc.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Only while developing: an installed app has no DevTools (its menu has no item for them either).
      devTools: devServerUrl !== undefined,
      // A middle click on a link would otherwise open it in a new window.
      disableBlinkFeatures: 'Auxclick',
      // Off: on Linux the spellchecker downloads dictionaries, and Casebook never uses the network.
      spellcheck: false
    }
  })
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => (mainWindow = null))
  void win.loadURL(pendingPack.waiting ? `${appUrl}${OPEN_PACK_HASH}` : appUrl)
  mainWindow = win
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, serveAppFiles(rendererDir))
  lockDownSession(session.defaultSession, devServerUrl)
  lockedSessions.add(session.defaultSession)
  try {
    const runtime = await openRuntime(dataDir, 'app', {
      saveFile: saveWithDialog(dialog, () => mainWindow, app.getPath('documents'), dataDir),
      // Briefs print in a hidden window of their own, with JavaScript off (see electron/brief/pdf.ts).
      printPdf: (html) => printToBytes((page, file) => htmlToPdfWithElectron({ BrowserWindow }, page, file), html),
      revealFile: (path) => shell.showItemInFolder(path),
      takeOpenedPack: () => pendingPack.take()
    })
    store = runtime.store
    api = runtime.api
    runtime.events.subscribe((change) => sendLibraryChange(BrowserWindow.getAllWindows(), change))
    registerIpc(ipcMain, runtime.api, () => appUrl)
  } catch (error) {
    const message = error instanceof ApiError ? error.message : String(error)
    dialog.showErrorBox('Casebook cannot open its data', message)
    app.exit(1)
    return
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, devServerUrl !== undefined, {
        openDataFolder: () => void shell.openPath(dataDir),
        reinstallStarterPack: () => void reinstallStarterPack(),
        restoreFromBackup: showRestoreFromBackup,
        showAbout: () => app.showAboutPanel(),
        showNewVersions: () => void dialog.showMessageBox({ type: 'info', message: 'New versions of Casebook', detail: NEW_VERSIONS_MESSAGE })
      })
    )
  )
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

if (cliArgv) {
  // No window and no single-instance lock: a command may run beside the open app, as the Node
  // CLI may (the store's own lock keeps two writers apart).
  app.dock?.hide()
  void runCliInApp(cliArgv, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env
  }).then((code) => app.exit(code))
} else if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // A second launch (a pack double-clicked while Casebook runs, on Windows and Linux) comes here, with its command line.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const pack = packFileFromArgv(argv, workingDirectory)
    if (pack) return openPack(pack)
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  // macOS hands a double-clicked pack to the running app, also before it is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openPack(path)
  })
  // Every web contents, not only the main window's (the print window, any a page might try to
  // open), and the session each one uses.
  app.on('web-contents-created', (_event, contents) => {
    lockDownContents(contents, { appUrl, openExternal })
    if (!lockedSessions.has(contents.session)) {
      lockDownSession(contents.session, devServerUrl)
      lockedSessions.add(contents.session)
    }
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Let pending writes reach the disk before the process ends.
  app.on('will-quit', (event) => {
    if (!store) return
    event.preventDefault()
    const closing = store
    store = null
    void closing.close().finally(() => app.quit())
  })
  void app.whenReady().then(start)
}
