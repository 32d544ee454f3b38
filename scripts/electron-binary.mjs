// Finds the Electron binary without triggering its download (requiring 'electron' would try one).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The path of the installed Electron executable, or null when only the npm package is here. */
export function findElectronBinary(env = process.env, electronDir = join(root, 'node_modules', 'electron')) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, readPathTxt(electronDir) ?? 'electron')
    return existsSync(overridden) ? overridden : null
  }
  const relative = readPathTxt(electronDir)
  if (!relative) return null
  const binary = join(electronDir, 'dist', relative)
  return existsSync(binary) ? binary : null
}

function readPathTxt(electronDir) {
  const file = join(electronDir, 'path.txt')
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null
}
