import type { IpcMainInvokeEvent } from 'electron'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { APP_PAGE_URL } from '../../../electron/main/security/app-protocol'
import { electronMainHarness } from './launch-main'

/* The app asked by the system to open a .casebook pack: electron/main/index.ts with electron faked (see main.test.ts). */

const fake = await vi.hoisted(async () => (await import('../../support/fake-electron')).createFakeElectron())

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

const { windows, emitApp, launch, started, ipcHandler, frame, dirs } = electronMainHarness(fake)

describe('a double-clicked .casebook pack', () => {
  function writePack(name: string): string {
    const file = join(dirs.root, name)
    writeFileSync(file, '{"format":"casebook-pack"}')
    return file
  }
  const takeOpened = () => ipcHandler()({ senderFrame: frame(APP_PAGE_URL) } as unknown as IpcMainInvokeEvent, 'pack.opened', {})

  it('named on the command line at launch (Windows, Linux): the page opens at the import preview and gets the file once', async () => {
    const pack = writePack('Class pack.casebook')
    await launch(['--data', dirs.dataDir, pack])
    await started()
    expect(windows[0]!.loadURL.mock.calls).toEqual([[`${APP_PAGE_URL}#open-pack`]])
    expect(await takeOpened()).toEqual({ ok: true, data: { name: 'Class pack.casebook', text: '{"format":"casebook-pack"}' } })
    expect(await takeOpened()).toEqual({ ok: true, data: null })
  })

  it('opened while Casebook runs (second instance, Windows and Linux): focuses the window and shows the preview', async () => {
    await launch()
    await started()
    const win = windows[0]!
    expect(await takeOpened()).toEqual({ ok: true, data: null })
    writePack('unit 3.CASEBOOK')
    emitApp('second-instance', {}, ['/opt/Casebook/casebook', 'unit 3.CASEBOOK'], dirs.root)
    expect(win.focus).toHaveBeenCalled()
    expect(win.loadURL).toHaveBeenLastCalledWith(`${APP_PAGE_URL}#open-pack`)
    expect(await takeOpened()).toMatchObject({ ok: true, data: { name: 'unit 3.CASEBOOK' } })
    // A second launch with no pack only brings the window forward.
    const loads = win.loadURL.mock.calls.length
    emitApp('second-instance', {}, ['/opt/Casebook/casebook'], dirs.root)
    expect(win.loadURL.mock.calls.length).toBe(loads)
  })

  it('handed over by macOS (open-file), before the window exists and after', async () => {
    const early = writePack('early.casebook')
    await launch()
    const event = { preventDefault: vi.fn() }
    emitApp('open-file', event, early)
    expect(event.preventDefault).toHaveBeenCalled()
    await started()
    expect(windows[0]!.loadURL.mock.calls).toEqual([[`${APP_PAGE_URL}#open-pack`]])
    expect(await takeOpened()).toMatchObject({ ok: true, data: { name: 'early.casebook' } })
    emitApp('open-file', { preventDefault: vi.fn() }, writePack('later.casebook'))
    expect(windows[0]!.loadURL).toHaveBeenLastCalledWith(`${APP_PAGE_URL}#open-pack`)
    expect(await takeOpened()).toMatchObject({ ok: true, data: { name: 'later.casebook' } })
  })

  it('a pack that cannot be read is named, and nothing waits after it', async () => {
    await launch(['--data', dirs.dataDir, join(dirs.root, 'gone.casebook')])
    await started()
    expect(await takeOpened()).toMatchObject({ ok: false, error: { message: 'gone.casebook cannot be opened: it cannot be read (ENOENT). Nothing was imported.' } })
    expect(await takeOpened()).toEqual({ ok: true, data: null })
  })
})
