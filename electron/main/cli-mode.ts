/**
 * `Casebook --cli <command> …`: the installed app runs the casebook command line instead of
 * opening a window. Its fuses forbid running as plain Node (ELECTRON_RUN_AS_NODE), so this is
 * how someone with no Node installed scripts their library (README: "The command line").
 */
import type { CliIo } from '../cli/command'

export const CLI_SWITCH = '--cli'

/** The command line after `--cli`, or null when the app was not asked to run one. */
export function cliArgvFrom(argv: readonly string[]): string[] | null {
  // argv[0] is the executable (and, unpackaged, argv[1] the app's folder); Chromium's own switches may come first.
  const at = argv.indexOf(CLI_SWITCH, 1)
  return at === -1 ? null : argv.slice(at + 1)
}

/** Runs one command line in the app's process and resolves to its exit code; output goes to the process's own streams. */
export async function runCliInApp(argv: readonly string[], io: CliIo): Promise<number> {
  // Loaded only in this mode: the window never pays for the command line's code.
  const { runCli } = await import('../cli/run')
  return runCli(argv, io)
}
