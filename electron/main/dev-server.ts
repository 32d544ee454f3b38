import { isLoopbackHost } from './security/offline'

export interface DevSignals {
  /** import.meta.env.DEV: true only in the bundle `electron-vite dev` builds; `npm start` and packages are production builds. */
  devBuild: boolean
  /** app.isPackaged */
  packaged: boolean
  env: NodeJS.ProcessEnv
}

/**
 * The dev server to load the page from instead of the built files, or undefined. Only while
 * developing: a development build (`electron-vite dev`, which also sets ELECTRON_RENDERER_URL)
 * run unpackaged. A production build never honours the variable, so nobody can point the
 * installed app, or `npm start`, at a page of their own by setting it. Only http(s) on this
 * computer, as electron-vite's dev server is.
 */
export function devServerUrl({ devBuild, packaged, env }: DevSignals): string | undefined {
  const url = env.ELECTRON_RENDERER_URL
  if (!devBuild || packaged || !url) return undefined
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && isLoopbackHost(parsed.hostname) ? url : undefined
  } catch {
    return undefined
  }
}
