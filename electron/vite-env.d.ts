/** What Vite (electron-vite) fills in at build time in the main process's bundle. */
interface ImportMetaEnv {
  /** True in the bundle `electron-vite dev` builds; false in `electron-vite build` (npm start, packages). */
  readonly DEV: boolean
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
