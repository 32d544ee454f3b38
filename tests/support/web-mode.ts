import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface RunningWebMode {
  /** The printed address with its one-time key: the first page.goto in a browser context lets that context in. */
  url: string
  output: () => string
  stop(): Promise<number | null>
}

// Servers still running when the test process ends (a test that failed before its stop()): ended
// with it, so no web mode outlives the run that started it.
const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM')
})

export function tempDataDir(prefix = 'casebook-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/**
 * Starts the built web mode (`out/main/web.js`) on a data folder and waits for it to print its URL.
 * A new data folder starts empty unless `starterPack` is set, so tests see only what they made.
 */
export function startWebMode(dataDir: string, extraArgs: string[] = [], options: { starterPack?: boolean; script?: string } = {}): Promise<RunningWebMode> {
  if (!options.starterPack) extraArgs = [...extraArgs, '--no-starter-pack']
  // Another build of web.js (the packaged app's) may be named; the checkout's out/ otherwise.
  const script = options.script ?? fileURLToPath(new URL('../../out/main/web.js', import.meta.url))
  const child: ChildProcess = spawn(process.execPath, [script, '--data', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  let output = ''
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`web mode did not start:\n${output}`))
    }, 15_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?key=[0-9a-f]+)\n/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveStart({
          url: match[1] as string,
          output: () => output,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done(child.exitCode)
              child.once('exit', (code) => done(code))
              child.kill('SIGTERM')
            })
        })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`web mode exited with ${code}:\n${output}`))
    })
  })
}
