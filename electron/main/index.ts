/** The Electron app: one window, one store, one IPC channel. */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ApiError } from '../../shared/errors'
import { htmlToPdfWithElectron, printToBytes } from '../brief/pdf'
import type { Api } from './api'
import { registerIpc } from './ipc'
import { menuTemplate } from './menu'
import { openRuntime } from './runtime'
import { saveWithDialog } from './save-dialog'
import { dataFlag, resolveDataDir } from './store/data-folder'
import type { Store } from './store/store'
import { lockDownContents, lockDownSession, mainWindowOptions } from './window'

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
const appUrl = devServerUrl ?? pathToFileURL(rendererFile).href
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

const defaultUserData = app.getPath('userData')
const dataDir = resolveDataDir({ flag: dataFlag(process.argv), fallback: defaultUserData })
// The single-instance lock is per user-data folder. For a library kept elsewhere, Chromium's
// profile moves into one subfolder of it, so two libraries can be open side by side (never
// the same one twice) and the library's folder holds nothing else of Chromium's.
if (dataDir !== defaultUserData) app.setPath('userData', join(dataDir, 'electron-profile'))

let mainWindow: BrowserWindow | null = null
let store: Store | null = null
let api: Api | null = null

/** Help > Reinstall the Starter Pack: an update of the pack that never touches the user's own work. */
async function reinstallStarterPack(): Promise<void> {
  if (!api) return
  const outcome = await api('pack.starter', {})
  const message = outcome.ok ? 'The starter pack is installed. Your own work was not changed.' : `The starter pack could not be installed: ${outcome.error.message}`
  if (mainWindow) {
    await dialog.showMessageBox(mainWindow, { message, type: outcome.ok ? 'info' : 'error' })
    // The page reads the library afresh, so it shows the pack's motions.
    mainWindow.webContents.reload()
  }
}

/** Help > Restore from Backup: the page opens its restore screen when loaded at #restore (it has no other channel from the menu). */
function showRestoreFromBackup(): void {
  if (!mainWindow) return
  if (devServerUrl) void mainWindow.loadURL(`${devServerUrl}#restore`)
  else void mainWindow.loadFile(rendererFile, { hash: 'restore' })
}

function createWindow(): void {
  const win = new BrowserWindow(mainWindowOptions(preloadPath))
  lockDownContents(win.webContents, (url) => void shell.openExternal(url))
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => (mainWindow = null))
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadFile(rendererFile)
  mainWindow = win
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession, devServerUrl)
  try {
    const runtime = await openRuntime(dataDir, 'app', {
      saveFile: saveWithDialog(dialog, () => mainWindow, app.getPath('documents')),
      // Briefs print in a hidden window of their own, with JavaScript off (see electron/brief/pdf.ts).
      printPdf: (html) => printToBytes((page, file) => htmlToPdfWithElectron({ BrowserWindow }, page, file), html),
      revealFile: (path) => shell.showItemInFolder(path)
    })
    store = runtime.store
    api = runtime.api
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
        showAbout: () => app.showAboutPanel()
      })
    )
  )
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
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
