// `npm test`: every suite in turn (unit, end-to-end in Chromium, the real Electron app),
// then one closing line with the passed, failed and skipped counts of them all. Each runner's
// exit status counts as well as its report, and every skip's reason is printed (test-outcomes.mjs).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { playwrightOutcome, summarize, vitestOutcome } from './test-outcomes.mjs'

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const env = { ...process.env, CASEBOOK_SKIP_BUILD: '1' }

/** Runs one runner in the foreground; its exit status counts as much as its report. */
function run(args) {
  console.log(`\n$ npx ${args.join(' ')}`)
  const result = spawnSync(npx, args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
  return { code: result.status, signal: result.signal }
}

function read(file) {
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

rmSync('test-results/unit-report.json', { force: true })
rmSync('test-results/e2e-report.json', { force: true })
rmSync('test-results/electron-report.json', { force: true })
mkdirSync('test-results', { recursive: true })

const suites = []
// CI builds once, before the security scan and the benchmarks, and says so (CASEBOOK_SKIP_BUILD=1).
const builtAlready = process.env.CASEBOOK_SKIP_BUILD === '1'
if (!builtAlready && run(['electron-vite', 'build']).code !== 0) {
  console.log('\nThe build failed, so no suite ran.\nSummary: 0 passed, 1 failed')
  process.exit(1)
}

const unitExit = run(['vitest', 'run'])
suites.push(['unit (vitest)', vitestOutcome(read('test-results/unit-report.json'), unitExit)])

for (const [name, config, file] of [
  ['end-to-end (Chromium, web mode)', 'tests/e2e/playwright.config.ts', 'test-results/e2e-report.json'],
  ['real app (Electron)', 'tests/electron/playwright.config.ts', 'test-results/electron-report.json']
]) {
  const exit = run(['playwright', 'test', '--config', config])
  suites.push([name, playwrightOutcome(read(file), exit)])
}

const { lines, exitCode } = summarize(suites)
console.log(`\n${lines.join('\n')}`)
process.exit(exitCode)
