import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron'
import { IPC_CHANNEL, LIBRARY_CHANGED_CHANNEL, type LibraryChange } from '../../shared/bridge'
import type { Outcome } from '../../shared/errors'
import type { Api } from './api'
import { isAppOrigin } from './window'

/**
 * True only for the top frame of a page on the app's own origin: app://casebook, which serves
 * nothing but the built page, or the dev server while developing.
 */
export function isAppFrame(frame: WebFrameMain | null | undefined, appUrl: string): boolean {
  return !!frame && frame.parent === null && isAppOrigin(frame.url, appUrl)
}

/** Binds the API to the one IPC channel, refusing calls from any frame that is not the app's own. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, api: Api, appUrl: () => string): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<Outcome<unknown>> => {
    if (!isAppFrame(event.senderFrame, appUrl())) {
      return { ok: false, error: { code: 'forbidden', message: 'Refused: call from outside the app', path: '' } }
    }
    return api(name, input)
  })
}

/** Tells every open window that the library changed, whichever window (or the menu) changed it. */
export function sendLibraryChange(windows: ReadonlyArray<{ isDestroyed(): boolean; webContents: Pick<WebContents, 'send' | 'isDestroyed'> }>, change: LibraryChange): void {
  for (const win of windows) {
    if (win.isDestroyed() || win.webContents.isDestroyed()) continue
    win.webContents.send(LIBRARY_CHANGED_CHANNEL, change)
  }
}
