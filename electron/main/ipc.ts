import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { IPC_CHANNEL } from '../../shared/bridge'
import type { Outcome } from '../../shared/errors'
import type { Api } from './api'

/**
 * True only for the top frame of a page loaded from the app's own renderer: the built
 * index.html on disk, or the dev server while developing.
 */
export function isAppFrame(frame: WebFrameMain | null | undefined, appUrl: string): boolean {
  if (!frame || frame.parent !== null) return false
  let url: URL
  let app: URL
  try {
    url = new URL(frame.url)
    app = new URL(appUrl)
  } catch {
    return false
  }
  // file://server/share/... is another machine's file: the host must match (empty) too.
  if (app.protocol === 'file:') {
    // Compared decoded: Chromium and Node escape characters such as "%" in a path differently.
    return url.protocol === 'file:' && url.host === app.host && safeDecode(url.pathname) === safeDecode(app.pathname)
  }
  return url.origin === app.origin
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

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}
