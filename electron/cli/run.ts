import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { listMotions } from '../../shared/operations/motions'
import { checkQuotes } from '../../shared/operations/quotes'
import { FORMAT_NAMES } from '../../shared/model/motion'
import { emptyLibrary, type Library } from '../../shared/model/library'
import { resolveDataDir, STORE_FILE } from '../main/store/data-folder'
import { parseLibrary } from '../main/store/load'
import { APP_VERSION } from '../main/version'

export interface CliIo {
  out(line: string): void
  err(line: string): void
  env: NodeJS.ProcessEnv
}

interface Command {
  usage: string
  summary: string
  options: Record<string, { type: 'string' | 'boolean' }>
  run(args: { positionals: string[]; values: Record<string, string | boolean | undefined> }, io: CliIo): number
}

class CliError extends Error {}

const COMMANDS: Record<string, Command> = {
  check: {
    usage: 'casebook check [--data DIR]',
    summary: 'List every evidence card whose text no longer matches its source (exit 1 if any)',
    options: { data: { type: 'string' } },
    run({ positionals, values }, io) {
      if (positionals.length > 0) throw new CliError(`"check" takes no arguments; got "${positionals.join(' ')}"`)
      const dataDir = resolveDataDir({ flag: values.data as string | undefined, env: io.env })
      const library = readLibrary(dataDir)
      const problems = checkQuotes(library)
      if (problems.length === 0) {
        io.out(`All ${library.quotes.length} ${library.quotes.length === 1 ? 'card matches its source' : 'cards match their sources'}.`)
        return 0
      }
      for (const p of problems) io.out(`${p.quoteId}  “${p.tag || 'untagged'}” (${p.source}, ${p.pinpoint}): ${p.problem}`)
      io.err(`casebook check: ${problems.length} ${problems.length === 1 ? 'card does' : 'cards do'} not match ${problems.length === 1 ? 'its source' : 'their sources'}`)
      return 1
    }
  },
  list: {
    usage: 'casebook list motions [--data DIR] [--json]',
    summary: 'List the motions in the library',
    options: { data: { type: 'string' }, json: { type: 'boolean' } },
    run({ positionals, values }, io) {
      if (positionals[0] !== 'motions' || positionals.length > 1) {
        throw new CliError(`"list" takes one argument, "motions"; got "${positionals.join(' ')}"`)
      }
      const dataDir = resolveDataDir({ flag: values.data as string | undefined, env: io.env })
      const motions = listMotions(readLibrary(dataDir), { includeArchived: true })
      if (values.json) {
        io.out(JSON.stringify(motions, null, 2))
        return 0
      }
      if (motions.length === 0) {
        io.out(`No motions in ${dataDir}`)
        return 0
      }
      for (const m of motions) {
        const counts = `${m.claimCounts.pro} pro, ${m.claimCounts.con} con, ${m.claimCounts.total} claims`
        io.out(`${m.id}  ${m.title}  (${FORMAT_NAMES[m.format]}; ${counts}${m.archived ? '; archived' : ''})`)
      }
      return 0
    }
  }
}

const USAGE = [
  'Usage: casebook <command> [options]',
  '',
  'Commands:',
  ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(44)} ${c.summary}`),
  '',
  'Options for every command:',
  '  --data DIR   data folder (default: $CASEBOOK_DATA, else the app\'s own folder)',
  '  --help       help for a command',
  '  --version    print the version'
].join('\n')

/** Reads the library without taking the lock: reading never harms a store another process writes. */
function readLibrary(dataDir: string): Library {
  const file = join(dataDir, STORE_FILE)
  if (!existsSync(file)) return emptyLibrary()
  const loaded = parseLibrary(readFileSync(file, 'utf8'))
  if (!loaded.ok) {
    throw new CliError(`cannot read ${file}: ${loaded.reason}. Open Casebook to restore it from a backup.`)
  }
  return loaded.library
}

/** Runs one command line; returns the exit code. All output goes through `io`, so tests can read it. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE)
    return 0
  }
  if (name === '--version') {
    io.out(APP_VERSION)
    return 0
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    io.err(`casebook: unknown command "${name}". Run "casebook --help" for the list.`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean' } },
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    io.err(`casebook ${name}: ${(error as Error).message}. Usage: ${command.usage}`)
    return 2
  }
  if (parsed.values.help) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}.`)
    return 0
  }
  try {
    return command.run({ positionals: parsed.positionals, values: parsed.values }, io)
  } catch (error) {
    io.err(`casebook ${name}: ${(error as Error).message}`)
    return 1
  }
}
