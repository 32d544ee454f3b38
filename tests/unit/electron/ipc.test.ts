import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import type { Api } from '../../../electron/main/api'
import { isAppFrame, registerIpc } from '../../../electron/main/ipc'
import { APP_PAGE_URL } from '../../../electron/main/security/app-protocol'
import { IPC_CHANNEL } from '../../../shared/bridge'
import type { Outcome } from '../../../shared/errors'

// ipc.ts only imports Electron's types, so no Electron module is loaded here.

/** The built page, as the app loads it. */
const BUILT_PAGE = APP_PAGE_URL
/** The same page opened from the disk: any file:// page shares that origin, so it is not the app. */
const PAGE_ON_DISK = pathToFileURL('/opt/Casebook/resources/app/out/renderer/index.html').href
const DEV_SERVER = 'http://localhost:5173/'

function mainFrame(url: string): WebFrameMain {
  return { url, parent: null } as unknown as WebFrameMain
}

function subFrame(url: string): WebFrameMain {
  return { url, parent: mainFrame(url) } as unknown as WebFrameMain
}

describe('isAppFrame with the built page', () => {
  it('accepts the top frame of the built index.html', () => {
    expect(isAppFrame(mainFrame(BUILT_PAGE), BUILT_PAGE)).toBe(true)
  })

  it('refuses a subframe, even one showing the app page', () => {
    expect(isAppFrame(subFrame(BUILT_PAGE), BUILT_PAGE)).toBe(false)
  })

  it('refuses a missing frame (a frame that is gone)', () => {
    expect(isAppFrame(null, BUILT_PAGE)).toBe(false)
    expect(isAppFrame(undefined, BUILT_PAGE)).toBe(false)
  })

  it('accepts any page of the app’s own origin, which serves nothing but the built page', () => {
    expect(isAppFrame(mainFrame('app://casebook/index.html#motion/1'), BUILT_PAGE)).toBe(true)
  })

  it('refuses a file on disk, even the built page itself', () => {
    expect(isAppFrame(mainFrame('file:///etc/passwd'), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame(PAGE_ON_DISK), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame(pathToFileURL('/home/user/Downloads/index.html').href), BUILT_PAGE)).toBe(false)
  })

  it('refuses another scheme or host, though Node gives them all the origin "null"', () => {
    expect(isAppFrame(mainFrame('evil://casebook/index.html'), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame('evil://x/'), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame('app://other/index.html'), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame('app://casebook.evil.example/index.html'), BUILT_PAGE)).toBe(false)
  })

  it('refuses a web page', () => {
    expect(isAppFrame(mainFrame('http://localhost:5173/'), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame('https://evil.example/out/renderer/index.html'), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame('https://casebook/index.html'), BUILT_PAGE)).toBe(false)
  })

  it('refuses a frame whose URL does not parse, or an app URL that does not', () => {
    expect(isAppFrame(mainFrame('not a url'), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame(''), BUILT_PAGE)).toBe(false)
    expect(isAppFrame(mainFrame(BUILT_PAGE), 'not a url')).toBe(false)
  })
})

describe('isAppFrame with the dev server', () => {
  it('accepts any page of the dev server origin', () => {
    expect(isAppFrame(mainFrame('http://localhost:5173/'), DEV_SERVER)).toBe(true)
    expect(isAppFrame(mainFrame('http://localhost:5173/some/route?x=1#y'), DEV_SERVER)).toBe(true)
  })

  it('refuses other origins', () => {
    expect(isAppFrame(mainFrame('http://localhost:5174/'), DEV_SERVER)).toBe(false)
    expect(isAppFrame(mainFrame('https://localhost:5173/'), DEV_SERVER)).toBe(false)
    expect(isAppFrame(mainFrame('http://127.0.0.1:5173/'), DEV_SERVER)).toBe(false)
    expect(isAppFrame(mainFrame('https://evil.example/'), DEV_SERVER)).toBe(false)
    expect(isAppFrame(mainFrame(BUILT_PAGE), DEV_SERVER)).toBe(false)
  })

  it('refuses a subframe of the dev server', () => {
    expect(isAppFrame(subFrame('http://localhost:5173/'), DEV_SERVER)).toBe(false)
  })
})

type InvokeHandler = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<Outcome<unknown>>

function setup(appUrl = BUILT_PAGE) {
  const handle = vi.fn()
  const outcome: Outcome<unknown> = { ok: true, data: { motions: [] } }
  const api = vi.fn(async (_name: unknown, _input: unknown): Promise<Outcome<unknown>> => outcome)
  registerIpc({ handle } as unknown as Pick<IpcMain, 'handle'>, api as unknown as Api, () => appUrl)
  const handler = handle.mock.calls[0]?.[1] as InvokeHandler
  const call = (frame: WebFrameMain | null, name: unknown, input: unknown) =>
    handler({ senderFrame: frame } as unknown as IpcMainInvokeEvent, name, input)
  return { handle, api, outcome, call }
}

describe('registerIpc', () => {
  it('registers exactly one handler, on the bridge channel', () => {
    const { handle } = setup()
    expect(handle).toHaveBeenCalledTimes(1)
    expect(handle.mock.calls[0]?.[0]).toBe(IPC_CHANNEL)
    expect(typeof handle.mock.calls[0]?.[1]).toBe('function')
  })

  it('refuses a call from a foreign frame without calling the api', async () => {
    const { api, call } = setup()
    for (const frame of [mainFrame('https://evil.example/'), subFrame(BUILT_PAGE), mainFrame('file:///tmp/x.html'), null]) {
      const result = await call(frame, 'claim.delete', { claimId: 'c1' })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('forbidden')
        expect(typeof result.error.message).toBe('string')
        expect(result.error.path).toBe('')
      }
    }
    expect(api).not.toHaveBeenCalled()
  })

  it('passes the name and input of a call from the app frame to the api and returns its outcome', async () => {
    const { api, outcome, call } = setup()
    const input = { includeArchived: true }
    const result = await call(mainFrame(BUILT_PAGE), 'motion.list', input)
    expect(api).toHaveBeenCalledTimes(1)
    expect(api).toHaveBeenCalledWith('motion.list', input)
    expect(result).toBe(outcome)
  })

  it('returns a failed outcome from the api unchanged', async () => {
    const { api, call } = setup()
    const failed: Outcome<unknown> = { ok: false, error: { code: 'not_found', message: 'No such motion', path: 'motionId' } }
    api.mockResolvedValueOnce(failed)
    await expect(call(mainFrame(BUILT_PAGE), 'motion.get', { motionId: 'm1' })).resolves.toEqual(failed)
  })

  it('checks against the dev server when that is the app URL', async () => {
    const { api, call } = setup(DEV_SERVER)
    expect((await call(mainFrame('http://localhost:5173/'), 'app.status', {})).ok).toBe(true)
    expect((await call(mainFrame(BUILT_PAGE), 'app.status', {})).ok).toBe(false)
    expect(api).toHaveBeenCalledTimes(1)
  })
})
