/** ELECTRON_RENDERER_URL is honoured only while developing: never by `npm start` or an installed app. */
import { describe, expect, it } from 'vitest'
import { devServerUrl } from '../../../electron/main/dev-server'

const DEV = 'http://localhost:5173/'

describe('devServerUrl', () => {
  it('uses the dev server of `electron-vite dev`: a development build, run unpackaged', () => {
    expect(devServerUrl({ devBuild: true, packaged: false, env: { ELECTRON_RENDERER_URL: DEV } })).toBe(DEV)
    expect(devServerUrl({ devBuild: true, packaged: false, env: { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' } })).toBe('http://127.0.0.1:5173')
  })

  it('ignores the variable in a production build run unpackaged (`npm start`)', () => {
    expect(devServerUrl({ devBuild: false, packaged: false, env: { ELECTRON_RENDERER_URL: 'https://evil.example/' } })).toBeUndefined()
    expect(devServerUrl({ devBuild: false, packaged: false, env: { ELECTRON_RENDERER_URL: DEV } })).toBeUndefined()
  })

  it('ignores the variable in a packaged app, whatever the build', () => {
    expect(devServerUrl({ devBuild: false, packaged: true, env: { ELECTRON_RENDERER_URL: DEV } })).toBeUndefined()
    expect(devServerUrl({ devBuild: true, packaged: true, env: { ELECTRON_RENDERER_URL: DEV } })).toBeUndefined()
  })

  it('loads a dev server only from this computer, over http(s)', () => {
    for (const url of ['http://evil.example:5173/', 'http://192.168.1.20:5173/', 'file:///tmp/page.html', 'javascript:alert(1)', 'not a url']) {
      expect(devServerUrl({ devBuild: true, packaged: false, env: { ELECTRON_RENDERER_URL: url } })).toBeUndefined()
    }
  })

  it('is undefined without the variable', () => {
    expect(devServerUrl({ devBuild: true, packaged: false, env: {} })).toBeUndefined()
    expect(devServerUrl({ devBuild: true, packaged: false, env: { ELECTRON_RENDERER_URL: '' } })).toBeUndefined()
  })
})
