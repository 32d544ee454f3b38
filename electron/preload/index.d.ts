import type { CasebookBridge } from '../../shared/bridge'

declare global {
  interface Window {
    /** Present in the Electron app (from the preload); absent in the web mode. */
    casebook?: CasebookBridge
  }
}
