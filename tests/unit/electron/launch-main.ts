import type { IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import { LIBRARY_CHANGED_CHANNEL } from '../../../shared/bridge'
import type { Outcome } from '../../../shared/errors'
import type { createFakeElectron } from '../../support/fake-electron'

type FakeElectron = Awaited<ReturnType<typeof createFakeElectron>>

/*
 * Launching electron/main/index.ts under the fake 'electron' module (tests/support/fake-electron.ts).
 * index.ts runs on import, so each launch sets process.argv and imports it afresh; the store, lock
 * and API underneath are real, in a temporary folder made before each test and removed after.
 * The test file itself must mock 'electron' with the same fake (vi.mock is hoisted per file):
 *
 *   const fake = await vi.hoisted(async () => (await import('../../support/fake-electron')).createFakeElectron())
 *   vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))
 *   const main = electronMainHarness(fake)
 */
export function electronMainHarness(fake: FakeElectron) {
  const { app, ipcMain } = fake.electron
  const windows = fake.FakeBrowserWindow.instances
  const dirs = { root: '', dataDir: '' }
  const savedArgv = process.argv
  const savedEnv = { CASEBOOK_DATA: process.env.CASEBOOK_DATA, ELECTRON_RENDERER_URL: process.env.ELECTRON_RENDERER_URL }

  function emitApp(event: string, ...args: unknown[]): void {
    for (const fn of fake.appListeners.get(event) ?? []) fn(...args)
  }

  /** Starts the app as the installed one is started: the executable, then `argv`. */
  async function launch(argv: string[] = ['--data', dirs.dataDir]): Promise<void> {
    process.argv = [process.execPath, '/opt/Casebook/casebook', ...argv]
    vi.resetModules()
    await import('../../../electron/main/index')
  }

  /** Waits until start() has opened the window (or failed). */
  async function started(): Promise<void> {
    await vi.waitFor(() => expect(windows.length + app.exit.mock.calls.length).toBeGreaterThan(0), { timeout: 10_000 })
  }

  /** Quits the way Electron does: will-quit, which the app holds until the store is closed. */
  async function quit(): Promise<{ preventDefault: ReturnType<typeof vi.fn> }> {
    const event = { preventDefault: vi.fn() }
    const quitsBefore = app.quit.mock.calls.length
    emitApp('will-quit', event)
    if (event.preventDefault.mock.calls.length > 0) {
      await vi.waitFor(() => expect(app.quit.mock.calls.length).toBeGreaterThan(quitsBefore), { timeout: 10_000 })
    }
    return event
  }

  function ipcHandler(): (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<Outcome<unknown>> {
    const call = ipcMain.handle.mock.calls.find(([channel]) => channel === 'casebook')
    if (!call) throw new Error('no handler on the casebook channel')
    return call[1] as never
  }

  /** The changes the main process sent a window on the library-changed channel. */
  function libraryChanges(win: InstanceType<FakeElectron['FakeBrowserWindow']>): unknown[] {
    return win.webContents.send.mock.calls.filter(([channel]) => channel === LIBRARY_CHANGED_CHANNEL).map(([, change]) => change)
  }

  function frame(url: string): WebFrameMain {
    return { url, parent: null } as unknown as WebFrameMain
  }

  beforeEach(() => {
    vi.clearAllMocks()
    windows.length = 0
    fake.appListeners.clear()
    app.isPackaged = true
    dirs.root = mkdtempSync(join(tmpdir(), 'casebook-main-'))
    dirs.dataDir = join(dirs.root, 'library')
    fake.state.userData = join(dirs.root, 'user-data')
    mkdirSync(fake.state.userData)
    delete process.env.CASEBOOK_DATA
    delete process.env.ELECTRON_RENDERER_URL
  })

  afterEach(async () => {
    // Releases the store's lock (it holds this process's pid) if a test left the store open.
    await quit()
    process.argv = savedArgv
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    rmSync(dirs.root, { recursive: true, force: true })
  })

  return { dirs, windows, emitApp, launch, started, quit, ipcHandler, libraryChanges, frame }
}
