/** The path of the installed Electron executable, or null when only the npm package is here. */
export function findElectronBinary(env?: NodeJS.ProcessEnv, electronDir?: string): string | null
