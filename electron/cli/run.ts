import { parseArgs } from 'node:util'
import { APP_VERSION } from '../main/version'
import type { CliIo } from './command'
import { COMMANDS } from './commands'

export type { CliIo } from './command'

function usage(): string {
  return [
    'Usage: casebook <command> [options]',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Options for every command:',
    '  --data DIR   data folder (default: $CASEBOOK_DATA, else the app\'s own folder)',
    '  --help       help for a command',
    '  --version    print the version'
  ].join('\n')
}

/** Runs one command line; resolves to the exit code. All output goes through `io`, so tests can read it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage())
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
    io.err(`casebook ${name}: ${(error as Error).message}. Run "casebook ${name} --help" for its usage.`)
    return 2
  }
  if (parsed.values.help) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}.`)
    return 0
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values }, io)
  } catch (error) {
    io.err(`casebook ${name}: ${(error as Error).message}`)
    return 1
  }
}
