/**
 * `npm test` fails when any runner fails, including outside its tests, and prints why tests
 * were skipped. The fake reports below have the shapes vitest 4 and Playwright write (checked
 * against the real runners at the end of this file).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { playwrightOutcome, summarize, vitestOutcome } from '../../../scripts/test-outcomes.mjs'
import { sharedFile } from '../../support/shared-folder'

const ok = { code: 0 }

function vitestReport(tests: Array<{ fullName: string; status: string; meta?: Record<string, unknown> }>, success = true) {
  const count = (status: string) => tests.filter((t) => t.status === status).length
  return {
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('skipped'),
    numTodoTests: count('todo'),
    numFailedTestSuites: 0,
    success,
    testResults: [{ assertionResults: tests.map((t) => ({ meta: {}, ...t })) }]
  }
}

function playwrightReport(stats: { expected: number; unexpected: number; skipped: number }, errors: Array<{ message: string }> = [], specs: unknown[] = []) {
  return { stats: { flaky: 0, ...stats }, errors, suites: [{ title: 'a.spec.ts', specs, suites: [] }] }
}

describe('counting a runner’s outcome', () => {
  it('counts a vitest run that exited 1 after a leaked rejection as a failure, though its JSON says success', () => {
    const outcome = vitestOutcome(vitestReport([{ fullName: 'passes', status: 'passed' }]), { code: 1 })
    expect(outcome).toMatchObject({ passed: 1, failed: 1, problems: ['exited with 1 outside its tests'] })
    const { lines, exitCode } = summarize([['unit (vitest)', outcome]])
    expect(exitCode).toBe(1)
    expect(lines).toContain('    failed: exited with 1 outside its tests')
    expect(lines.at(-1)).toBe('Summary: 1 passed, 1 failed, 0 skipped')
  })

  it('counts a Playwright run whose global set-up threw as a failure, naming the error', () => {
    const report = playwrightReport({ expected: 0, unexpected: 0, skipped: 0 }, [{ message: 'Error: the build failed\n    at default (setup.ts:1:36)' }])
    const outcome = playwrightOutcome(report, { code: 1 })
    expect(outcome).toMatchObject({ passed: 0, failed: 1, problems: ['error outside the tests: Error: the build failed'] })
    expect(summarize([['end-to-end', outcome]])).toMatchObject({ exitCode: 1, lines: expect.arrayContaining(['Summary: 0 passed, 1 failed, 0 skipped']) })
  })

  it('counts a runner killed by a signal, or one that left no report, as a failure', () => {
    expect(vitestOutcome(vitestReport([{ fullName: 'passes', status: 'passed' }]), { code: null, signal: 'SIGKILL' })).toMatchObject({ failed: 1, problems: ['stopped by SIGKILL outside its tests'] })
    expect(playwrightOutcome(null, { code: 0 })).toMatchObject({ failed: 1, problems: ['did not run to the end (no report, exit 0)'] })
  })

  it('counts a failed test once, not again for its file and suites, nor for the exit it caused', () => {
    const report = { ...vitestReport([{ fullName: 'suite breaks', status: 'failed' }], false), numFailedTestSuites: 2 }
    report.testResults[0] = { ...report.testResults[0]!, name: 'a.test.ts', status: 'failed', message: '' } as never
    expect(vitestOutcome(report, { code: 1 })).toMatchObject({ failed: 1, problems: [] })
  })

  it('counts a test file that failed to load, naming it', () => {
    const report = { ...vitestReport([], false), numFailedTestSuites: 1 }
    report.testResults[0] = { name: '/x/broken.test.ts', status: 'failed', message: 'Failed to load url ./missing\nmore', assertionResults: [] } as never
    expect(vitestOutcome(report, { code: 1 })).toMatchObject({ failed: 1, problems: ['/x/broken.test.ts: Failed to load url ./missing'] })
  })

  it('names each failed test with its file and first error line, and apart from them a Playwright test that passed only on a retry', () => {
    const report = vitestReport([{ fullName: 'a cite line > keeps every character', status: 'failed' }], false)
    report.testResults[0] = {
      ...report.testResults[0]!,
      name: '/tmp/clone/project/tests/unit/verbatim/cite.test.ts',
      assertionResults: [{ meta: {}, fullName: 'a cite line > keeps every character', status: 'failed', failureMessages: ["\u001b[31mAssertionError: expected '!  !' to be '! !'\u001b[39m\n    at cite.test.ts:122"] }]
    } as never
    const unit = vitestOutcome(report, { code: 1 })
    expect(unit).toMatchObject({ failed: 1, problems: [], failures: ["tests/unit/verbatim/cite.test.ts > a cite line > keeps every character: AssertionError: expected '!  !' to be '! !'"] })

    const failing = { title: 'imports a file', file: 'imports.spec.ts', line: 12, tests: [{ status: 'unexpected', results: [{ error: { message: 'Error: element(s) not found\nCall log:' } }] }] }
    const flaky = { title: 'opens a dialog', file: 'dialogs.spec.ts', line: 40, tests: [{ status: 'flaky', results: [{ error: { message: 'Timeout 5000ms exceeded.' } }, { status: 'passed' }] }] }
    const e2e = playwrightOutcome({ ...playwrightReport({ expected: 0, unexpected: 1, skipped: 0 }, [], [failing, flaky]), stats: { expected: 0, unexpected: 1, skipped: 0, flaky: 1 } }, { code: 1 })
    expect(e2e).toMatchObject({ passed: 1, failed: 1 })
    const { lines } = summarize([['unit (vitest)', unit], ['end-to-end', e2e]])
    expect(lines).toEqual([
      'Results',
      '  unit (vitest): 0 passed, 1 failed, 0 skipped',
      "    failed test: tests/unit/verbatim/cite.test.ts > a cite line > keeps every character: AssertionError: expected '!  !' to be '! !'",
      '  end-to-end: 1 passed, 1 failed, 0 skipped',
      '    failed test: imports.spec.ts:12 > imports a file: Error: element(s) not found',
      '    flaky test: dialogs.spec.ts:40 > opens a dialog: passed on a retry after: Timeout 5000ms exceeded.',
      'Summary: 1 passed, 2 failed, 0 skipped'
    ])
  })

  it('prints every skip’s reason, and the name of a test skipped without one', () => {
    const unit = vitestOutcome(
      vitestReport([
        { fullName: 'passes', status: 'passed' },
        { fullName: 'compares with the reference', status: 'skipped', meta: { skipReason: '../shared/reference/us-constitution.json is not beside this checkout' } },
        { fullName: 'a test skipped by hand', status: 'skipped' }
      ]),
      ok
    )
    const skippedSpec = {
      title: 'opens the real app',
      tests: [{ status: 'skipped', annotations: [{ type: 'skip', description: "Electron's binary is not installed here" }] }]
    }
    const app = playwrightOutcome(playwrightReport({ expected: 0, unexpected: 0, skipped: 1 }, [], [skippedSpec]), ok)
    const { lines, exitCode } = summarize([['unit (vitest)', unit], ['real app (Electron)', app]])
    expect(exitCode).toBe(0)
    expect(lines).toEqual([
      'Results',
      '  unit (vitest): 1 passed, 0 failed, 2 skipped',
      '    skipped: ../shared/reference/us-constitution.json is not beside this checkout',
      '    skipped: a test skipped by hand (no reason given)',
      '  real app (Electron): 0 passed, 0 failed, 1 skipped',
      "    skipped: Electron's binary is not installed here",
      'Summary: 1 passed, 0 failed, 3 skipped'
    ])
  })
})

describe('a test that needs ../shared', () => {
  it('is skipped with the reason in its meta when the file is absent, and runs when it is there', () => {
    expect(sharedFile('no/such/file.json')).toMatchObject({ present: false, options: { skip: true, meta: { skipReason: '../shared/no/such/file.json is not beside this checkout' } } })
    const design = sharedFile('DESIGN.md')
    expect(design.options).toEqual(design.present ? {} : { skip: true, meta: { skipReason: '../shared/DESIGN.md is not beside this checkout' } })
  })
})

describe('the real runners, failing outside their tests', () => {
  const root = join(import.meta.dirname, '../../..')
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  const runIn = (dir: string, args: string[]) => {
    const result = spawnSync(npx, args, { cwd: dir, encoding: 'utf8', shell: process.platform === 'win32', env: { ...process.env, CI: '1' } })
    return { code: result.status, signal: result.signal }
  }
  const probeDir = () => {
    // Inside the checkout, so that the probes resolve vitest and Playwright from its node_modules.
    mkdirSync(join(root, 'test-results'), { recursive: true })
    return mkdtempSync(join(root, 'test-results', 'runner-probe-'))
  }

  it('vitest: a passing test that leaves a rejection behind makes the run fail', () => {
    const dir = probeDir()
    try {
      writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.ts'] } }\n")
      writeFileSync(join(dir, 'leak.test.ts'), "import { expect, it } from 'vitest'\nit('passes', () => { void Promise.reject(new Error('left behind')); expect(1).toBe(1) })\n")
      const exit = runIn(dir, ['vitest', 'run', '--reporter=json', '--outputFile=report.json'])
      expect(exit.code).toBe(1)
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))
      expect(report).toMatchObject({ success: true, numPassedTests: 1 })
      expect(vitestOutcome(report, exit)).toMatchObject({ passed: 1, failed: 1 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('vitest and Playwright: a failing test is named in the outcome, and a test that passed on a retry is named as flaky', () => {
    const dir = probeDir()
    try {
      writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.ts'] } }\n")
      writeFileSync(join(dir, 'sum.test.ts'), "import { expect, it } from 'vitest'\nit('adds', () => { expect(1 + 1).toBe(3) })\n")
      const unitExit = runIn(dir, ['vitest', 'run', '--reporter=json', '--outputFile=unit.json'])
      const unit = vitestOutcome(JSON.parse(readFileSync(join(dir, 'unit.json'), 'utf8')), unitExit)
      expect(unit.failed).toBe(1)
      expect(unit.failures).toEqual([expect.stringMatching(/sum\.test\.ts > adds: AssertionError: expected 2 to be 3/)])

      const config = { testDir: '.', testMatch: '*.spec.ts', outputDir: './out', retries: 1, reporter: [['json', { outputFile: 'e2e.json' }]] }
      writeFileSync(join(dir, 'pw.config.mjs'), `export default ${JSON.stringify(config)}\n`)
      writeFileSync(
        join(dir, 'a.spec.ts'),
        "import { expect, test } from '@playwright/test'\ntest('always fails', () => { expect(1).toBe(2) })\ntest('fails once', ({}, info) => { expect(info.retry).toBe(1) })\n"
      )
      const e2eExit = runIn(dir, ['playwright', 'test', '--config', 'pw.config.mjs'])
      const e2e = playwrightOutcome(JSON.parse(readFileSync(join(dir, 'e2e.json'), 'utf8')), e2eExit)
      expect(e2e).toMatchObject({ passed: 1, failed: 1 })
      expect(e2e.failures).toEqual([expect.stringMatching(/^a\.spec\.ts:2 > always fails: Error: expect\(received\)\.toBe\(expected\)/)])
      expect(e2e.flaky).toEqual([expect.stringMatching(/^a\.spec\.ts:3 > fails once: passed on a retry after: Error: expect/)])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 90_000)

  it('Playwright: a global set-up that throws makes the run fail', () => {
    const dir = probeDir()
    try {
      const config = { testDir: '.', testMatch: '*.spec.ts', outputDir: './out', globalSetup: './setup.mjs', reporter: [['json', { outputFile: 'report.json' }]] }
      writeFileSync(join(dir, 'pw.config.mjs'), `export default ${JSON.stringify(config)}\n`)
      writeFileSync(join(dir, 'setup.mjs'), "export default function () { throw new Error('the build failed') }\n")
      writeFileSync(join(dir, 'a.spec.ts'), "import { test } from '@playwright/test'\ntest('never runs', () => {})\n")
      const exit = runIn(dir, ['playwright', 'test', '--config', 'pw.config.mjs'])
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))
      expect(report.stats).toMatchObject({ expected: 0, unexpected: 0 })
      expect(exit.code).toBe(1)
      expect(playwrightOutcome(report, exit)).toMatchObject({ passed: 0, failed: 1, problems: ['error outside the tests: Error: the build failed'] })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
