/**
 * A pack the system asks Casebook to open: a double-clicked .casebook file arrives on the
 * command line (Windows, Linux: at launch, or in the second instance's argv while Casebook
 * runs) or as macOS's open-file event. The main process keeps its path until the page's import
 * screen takes it, reading the file here, so the page never names a path.
 */
import { readFileSync, statSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import { ApiError } from '../../shared/errors'
import { PACK_LIMITS } from '../../shared/packs/format'

export const PACK_EXTENSION = '.casebook'
/** The page at this hash opens its Packs screen, whose import asks for the pack (renderer/src/app/App.tsx). */
export const OPEN_PACK_HASH = '#open-pack'

/** The pack file named on a command line, or null: the last argument ending in .casebook that is not a flag or a flag's value. */
export function packFileFromArgv(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null
  // argv[0] is the executable (and, unpackaged, argv[1] the app's folder): neither ends in .casebook.
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--data') {
      i++
      continue
    }
    if (!arg.startsWith('-') && extname(arg).toLowerCase() === PACK_EXTENSION) found = resolve(cwd, arg)
  }
  return found
}

export interface OpenedPack {
  name: string
  text: string
}

/** The pack waiting for the page; offered by the system, taken once. */
export class PendingPack {
  #path: string | null = null

  offer(path: string): void {
    this.#path = path
  }

  get waiting(): boolean {
    return this.#path !== null
  }

  /** The waiting pack's name and text (then nothing waits), or null. A file that cannot be read is named in the error. */
  take(): OpenedPack | null {
    const path = this.#path
    this.#path = null
    if (path === null) return null
    const name = basename(path)
    let text: string
    try {
      if (statSync(path).size > PACK_LIMITS.bytes) throw new Error(`it is larger than ${PACK_LIMITS.bytes / 1024 / 1024} MB`)
      text = readFileSync(path, 'utf8')
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? `it cannot be read (${String(error.code)})` : (error as Error).message
      throw new ApiError('invalid_input', `${name} cannot be opened: ${reason}. Nothing was imported.`, '')
    }
    return { name, text }
  }
}
