// `npm test`: every suite in turn (unit, end-to-end in Chromium, the real Electron app),
// then one closing line with the passed, failed and skipped counts of them all.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const env = { ...process.env, CASEBOOK_SKIP_BUILD: '1' }

function run(args) {
  console.log(`\n$ npx ${args.join(' ')}`)
  return spawnSync(npx, args, { stdio: 'inherit', env, shell: process.platform === 'win32' }).status
}

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

/** Playwright's JSON report: counts, and why tests were skipped. */
function playwrightCounts(report) {
  const reasons = new Set()
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(a.description)
      }
    }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of report.suites ?? []) walk(suite)
  const s = report.stats
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped, reasons: [...reasons] }
}

rmSync('test-results/unit-report.json', { force: true })
rmSync('test-results/e2e-report.json', { force: true })
rmSync('test-results/electron-report.json', { force: true })
mkdirSync('test-results', { recursive: true })

const suites = []
if (run(['electron-vite', 'build']) !== 0) {
  console.log('\nThe build failed, so no suite ran.\nSummary: 0 passed, 1 failed')
  process.exit(1)
}

run(['vitest', 'run'])
const unit = read('test-results/unit-report.json')
suites.push([
  'unit (vitest)',
  unit
    ? { passed: unit.numPassedTests, failed: unit.numFailedTests + (unit.success ? 0 : unit.numFailedTestSuites), skipped: unit.numPendingTests + unit.numTodoTests, reasons: [] }
    : null
])

for (const [name, config, file] of [
  ['end-to-end (Chromium, web mode)', 'tests/e2e/playwright.config.ts', 'test-results/e2e-report.json'],
  ['real app (Electron)', 'tests/electron/playwright.config.ts', 'test-results/electron-report.json']
]) {
  run(['playwright', 'test', '--config', config])
  const report = read(file)
  suites.push([name, report ? playwrightCounts(report) : null])
}

let passed = 0
let failed = 0
let skipped = 0
console.log('\nResults')
for (const [name, counts] of suites) {
  if (!counts) {
    console.log(`  ${name}: did not run to the end (no report)`)
    failed += 1
    continue
  }
  console.log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  for (const reason of counts.reasons) console.log(`    skipped: ${reason}`)
  passed += counts.passed
  failed += counts.failed
  skipped += counts.skipped
}
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
