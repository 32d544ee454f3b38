import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cliArgvFrom } from '../../../electron/main/cli-mode'
import { electronMainHarness } from './launch-main'

/*
 * `Casebook --cli <command>`: the installed app (whose fuses forbid running as Node) runs the
 * command line in its own process. electron/main/index.ts with electron faked (see main.test.ts);
 * the CLI, the store and the files are real.
 */

const fake = await vi.hoisted(async () => (await import('../../support/fake-electron')).createFakeElectron())

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

const { app, ipcMain } = fake.electron
const { windows, launch, dirs } = electronMainHarness(fake)

let output: { out: string; err: string }
beforeEach(() => {
  output = { out: '', err: '' }
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((output.out += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((output.err += String(chunk)), true))
})
afterEach(() => vi.restoreAllMocks())

/** Launches `Casebook ...argv` and waits for the app to exit; answers the exit code. */
async function run(...argv: string[]): Promise<number> {
  await launch(argv)
  await vi.waitFor(() => expect(app.exit).toHaveBeenCalled(), { timeout: 20_000 })
  return app.exit.mock.calls[0]?.[0] as number
}

describe('the command line from the installed app', () => {
  it('finds the command after --cli, wherever Chromium put its own switches', () => {
    expect(cliArgvFrom(['/opt/Casebook/casebook', '--cli', 'list', '--json'])).toEqual(['list', '--json'])
    expect(cliArgvFrom(['/usr/bin/electron', '.', '--no-sandbox', '--cli', '--help'])).toEqual(['--help'])
    expect(cliArgvFrom(['/opt/Casebook/casebook', 'lesson.casebook'])).toBeNull()
    // The executable itself is never read as the switch.
    expect(cliArgvFrom(['--cli'])).toBeNull()
  })

  it('runs a command in the data folder through the same handlers as the app, prints to the terminal and exits with its code, opening no window', async () => {
    const file = join(dirs.root, 'debate.txt')
    writeFileSync(file, 'Discussion Title: Should schools ban phones?\n\n1. Should schools ban phones?\n1.1. Pro: Phones distract students.\n')
    expect(await run('--cli', 'import', 'kialo', file, '--data', dirs.dataDir)).toBe(0)
    expect(output.out).toMatch(/Should schools ban phones\?/)
    expect(windows).toHaveLength(0)
    expect(ipcMain.handle).not.toHaveBeenCalled()
    expect(app.requestSingleInstanceLock).not.toHaveBeenCalled()
    // The library it wrote is on disk and closed again: its lock is gone.
    const library = JSON.parse(readFileSync(join(dirs.dataDir, 'casebook.json'), 'utf8'))
    expect(library.motions.map((m: { title: string }) => m.title)).toEqual(['Should schools ban phones?'])
    expect(existsSync(join(dirs.dataDir, 'casebook.lock'))).toBe(false)
  })

  it('a wrong flag gets the CLI’s own message and exit code 2', async () => {
    expect(await run('--cli', 'list', '--colour')).toBe(2)
    expect(output.err).toMatch(/casebook list: .*--colour/)
    expect(windows).toHaveLength(0)
  })

  it('a pack named after --cli is the command’s, not a file for the window to open', async () => {
    expect(await run('--cli', 'pack', 'validate', join(dirs.root, 'missing.casebook'))).not.toBe(0)
    expect(output.err).toContain('missing.casebook')
    expect(windows).toHaveLength(0)
  })
})
