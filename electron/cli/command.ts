/**
 * What every command shares. Kept light, like the command files: `casebook --help` loads
 * them all, so the store, zod and the handlers are imported only inside a command's run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { OperationName, OutputOf } from '../../shared/contract'
import type { Library } from '../../shared/model/library'
import { isInDataFolder, resolveDataDir, STORE_FILE } from '../main/store/data-folder'
import { writeFileAtomic } from '../write-whole'

/** Where a command writes; tests pass their own to read what was printed. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
  env: NodeJS.ProcessEnv
}

export type CliValues = Record<string, string | boolean | undefined>

/** One `casebook <name>` command: its usage line, its flags, and what it does (returns the exit code). */
export interface Command {
  usage: string
  summary: string
  options: Record<string, { type: 'string' | 'boolean' }>
  run(args: { positionals: string[]; values: CliValues }, io: CliIo): number | Promise<number>
}

/** A problem with what the user asked for: printed as one line after the command's name, exit 1. */
export class CliError extends Error {}

export function dataDirOf(values: CliValues, io: CliIo): string {
  return resolveDataDir({ flag: values.data as string | undefined, env: io.env })
}

/** Reads the library without taking the lock: reading never harms a store another process writes. */
export async function readLibrary(dataDir: string): Promise<Library> {
  const file = join(dataDir, STORE_FILE)
  if (!existsSync(file)) return (await import('../../shared/model/library')).emptyLibrary()
  const { parseLibrary, readStoreText } = await import('../main/store/load')
  const read = readStoreText(file)
  const loaded = read.ok ? parseLibrary(read.text) : read
  if (!loaded.ok) {
    throw new CliError(`cannot read ${file}: ${loaded.reason}. Open Casebook to restore it from a backup.`)
  }
  return loaded.library
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The motion named on the command line: by id, or by its exact title. */
export function findMotionArg(library: Library, idOrTitle: string | undefined): Library['motions'][number] {
  if (!idOrTitle) throw new CliError('say which motion with --motion <id or exact title>')
  const motion = library.motions.find((m) => m.id === idOrTitle) ?? library.motions.find((m) => m.title === idOrTitle)
  if (!motion) throw new CliError(`no motion with the id or exact title "${idOrTitle}". "casebook list motions" lists them.`)
  return motion
}

/** Refuses an output file inside the data folder: written there, it could replace the library the app holds open. */
export function refuseInDataFolder(out: string, dataDir: string): void {
  if (isInDataFolder(out, dataDir)) {
    throw new CliError(`cannot write ${out}: it is inside the data folder ${dataDir}, where Casebook keeps your library; choose a file outside it`)
  }
}

/** Writes a file whole or not at all; a failure is one line naming the file and why. */
export async function writeOutput(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, data)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message
    throw new CliError(`cannot write ${file}: ${reason}`)
  }
}

/** The library opened to change it, through the same handlers the app and the web mode use. */
export interface CliApi {
  /** Runs an operation; a refusal becomes a CliError, or what `describe` makes of it. */
  call<N extends OperationName>(name: N, input: unknown, describe?: (error: CliFailure) => string): Promise<OutputOf<N>>
  /** Waits for the writes to reach the disk, and gives up the lock. */
  close(): Promise<void>
}

export interface CliFailure {
  code: string
  message: string
  path: string
}

/** Opens the library to change it; refused in one line while the app or the web mode holds it. */
export async function openApiToWrite(values: CliValues, io: CliIo): Promise<CliApi> {
  const { openRuntime } = await import('../main/runtime')
  let runtime: Awaited<ReturnType<typeof openRuntime>>
  try {
    // A library the CLI creates starts empty: the starter pack is the app's welcome.
    runtime = await openRuntime(dataDirOf(values, io), 'cli', { starterPack: false, warmSearch: false })
  } catch (error) {
    throw new CliError((error as Error).message)
  }
  // Opening may have restored a backup or left out a damaged record: say so, as the app would.
  for (const notice of runtime.store.notices) io.err(`casebook: ${notice.message}`)
  return {
    async call(name, input, describe = (error) => error.message) {
      const outcome = await runtime.api(name, input)
      if (!outcome.ok) throw new CliError(describe(outcome.error))
      return outcome.data as never
    },
    close: () => runtime.store.close()
  }
}

/** A file the user named, read whole, after checking it is not larger than `maxBytes`. */
export function readInputFile(file: string | undefined, maxBytes: number, what: string): Buffer {
  if (!file) throw new CliError(`give the ${what} to read`)
  try {
    if (statSync(file).size > maxBytes) throw new CliError(`${file} is larger than ${maxBytes / 1024 / 1024} MB, the most a ${what} may be`)
    return readFileSync(file)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
}
