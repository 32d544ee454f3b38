/**
 * Electron's fuses for the packaged app: switches in the Electron binary itself, flipped at
 * packaging time (before signing), that turn off what Casebook never uses so nobody else can
 * use it through the installed app. The packaging step applies them: electron-builder as
 * `electronFuses: CASEBOOK_FUSES`, anything else through applyFuses().
 */
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'

/** Named as electron-builder's `electronFuses` option names them. */
export interface FuseSettings {
  runAsNode: boolean
  enableCookieEncryption: boolean
  enableNodeOptionsEnvironmentVariable: boolean
  enableNodeCliInspectArguments: boolean
  enableEmbeddedAsarIntegrityValidation: boolean
  onlyLoadAppFromAsar: boolean
  loadBrowserProcessSpecificV8Snapshot: boolean
  grantFileProtocolExtraPrivileges: boolean
}

export const CASEBOOK_FUSES: FuseSettings = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script.
  runAsNode: false,
  // Chromium's cookie store encrypted with the system's keys, as Chrome does (the app keeps no cookies of its own).
  enableCookieEncryption: true,
  // NODE_OPTIONS (--require a script, ...) and --inspect would let anyone run code inside the app.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // The app's code only from its app.asar, checked against the hash recorded at packaging.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  // The page comes from app://casebook; file:// pages (the hidden print window's) need no extra powers.
  grantFileProtocolExtraPrivileges: false
}

const WIRE_POSITIONS: Record<keyof FuseSettings, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges
}

/** The settings as @electron/fuses writes them into the binary. */
export function fuseConfig(settings: FuseSettings = CASEBOOK_FUSES): FuseV1Config {
  const config: FuseV1Config = { version: FuseVersion.V1 }
  for (const [name, position] of Object.entries(WIRE_POSITIONS) as Array<[keyof FuseSettings, FuseV1Options]>) {
    config[position] = settings[name]
  }
  return config
}

/**
 * Flips Casebook's fuses in a packaged Electron binary (the app's executable; on macOS the
 * .app). Fuses newer than @electron/fuses knows keep Electron's defaults.
 */
export async function applyFuses(electronBinary: string): Promise<void> {
  await flipFuses(electronBinary, fuseConfig())
}
