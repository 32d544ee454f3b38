import { realpathSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

export const STORE_FILE = 'casebook.json'
export const LOCK_FILE = 'casebook.lock'
export const BACKUP_FOLDER = 'backups'

/**
 * Where Casebook keeps its data: `--data DIR` first, then CASEBOOK_DATA, then the platform's
 * per-user application folder (the same one Electron's app.getPath('userData') gives).
 */
export function resolveDataDir(options: {
  flag?: string | undefined
  env?: NodeJS.ProcessEnv
  /** The app passes app.getPath('userData'); plain Node works it out the same way. */
  fallback?: string
}): string {
  if (options.flag) return resolve(options.flag)
  const env = options.env ?? process.env
  if (env.CASEBOOK_DATA) return resolve(env.CASEBOOK_DATA)
  return options.fallback ?? defaultDataDir(process.platform, env, homedir())
}

export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Casebook')
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Casebook')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Casebook')
}

/** Finds `--data DIR` or `--data=DIR` in an argument list. */
export function dataFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--data') return argv[i + 1]
    if (arg.startsWith('--data=')) return arg.slice('--data='.length)
  }
  return undefined
}

/** A timestamp that sorts as text and is safe in a file name on every platform. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/** The path with every link in its existing part resolved, so that two spellings of one place compare equal. */
function realPath(path: string): string {
  const absolute = resolve(path)
  try {
    return realpathSync.native(absolute)
  } catch {
    const parent = dirname(absolute)
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute))
  }
}

/**
 * Whether `file` is the data folder or inside it (through links and `..` too). Exports are
 * refused there: one written over casebook.json would replace the library under the app.
 */
export function isInDataFolder(file: string, dataDir: string): boolean {
  const caseless = process.platform === 'win32' || process.platform === 'darwin'
  const fold = (path: string) => (caseless ? path.toLowerCase() : path)
  const inside = relative(fold(realPath(dataDir)), fold(realPath(file)))
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside))
}
