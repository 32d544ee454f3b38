/**
 * Where the files Casebook ships in data/ are (the starter pack, the bundled texts' and styles'
 * provenance), in every layout it runs in:
 * - a checkout (`npm start`, `npm run dev`, the tests, the web mode and the CLI built there): its data/;
 * - the installed app: data/ beside app.asar in the package's resources folder
 *   (electron-builder's extraResources; Electron says where through process.resourcesPath);
 * - the web mode and the CLI run by Node from an installed app's files: the same folder,
 *   found from where the built code itself lies (resources/app.asar/out/main → resources/data).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface ResourceSignals {
  /** process.resourcesPath: set by Electron (in development it is Electron's own resources folder), undefined under Node. */
  resourcesPath?: string
  /** The URL of the module asking (import.meta.url): the built code lies in the checkout or in the package. */
  moduleUrl: string
}

/** What tells a data folder apart from any other folder called data. */
const MARKER = join('packs', 'california-secession.casebook')
/** out/main/chunks/x.js is three folders below the app's root; a little more leaves room for other layouts. */
const MAX_LEVELS = 6

function isDataFolder(folder: string): boolean {
  return existsSync(join(folder, MARKER))
}

function isAppRoot(folder: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown }
    return manifest.name === 'casebook'
  } catch {
    return false
  }
}

/** The places data/ may be, most specific first. */
export function dataFolderCandidates({ resourcesPath, moduleUrl }: ResourceSignals): string[] {
  const candidates: string[] = []
  if (resourcesPath) candidates.push(join(resourcesPath, 'data'))
  let folder = dirname(fileURLToPath(moduleUrl))
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (isAppRoot(folder)) {
      // A checkout holds data/ itself; a package's app (app.asar, or an app folder) has it beside.
      candidates.push(join(folder, 'data'), join(dirname(folder), 'data'))
      break
    }
    const parent = dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  return [...new Set(candidates)]
}

/** The data/ folder this process should read, or an error naming every place it looked. */
export function findDataFolder(signals: ResourceSignals): string {
  const candidates = dataFolderCandidates(signals)
  const found = candidates.find(isDataFolder)
  if (found) return found
  const looked = candidates.length ? candidates.join(', ') : `no Casebook package.json above ${dirname(fileURLToPath(signals.moduleUrl))}`
  throw new Error(`Casebook's bundled files (data/) are missing; looked in: ${looked}. Reinstall Casebook.`)
}

let cached: string | undefined

/** This process's data/ folder (found once). */
export function dataFolder(): string {
  cached ??= findDataFolder({ resourcesPath: (process as { resourcesPath?: string }).resourcesPath, moduleUrl: import.meta.url })
  return cached
}

/** A file shipped in data/, e.g. dataFile('packs', 'california-secession.casebook'). */
export function dataFile(...parts: string[]): string {
  const file = join(dataFolder(), ...parts)
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`Casebook's bundled file ${join(...parts)} is missing from ${dataFolder()}. Reinstall Casebook.`)
  return file
}
