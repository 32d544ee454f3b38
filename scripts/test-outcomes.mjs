// How `npm test` counts each runner's outcome: from its JSON report AND its exit status, so a
// runner that failed outside its tests (an unhandled rejection after the tests passed, a
// global set-up that threw before any ran) counts as a failure instead of "0 failed"; and
// which tests failed or passed only on a retry, so a CI log's last lines name them.
// Pure: scripts/test-all.mjs runs the runners and prints what this returns.

import { stripVTControlCharacters } from 'node:util'

/** A runner that exited non-zero although its report names no failed test. */
function exitProblem(exit, failed) {
  if (exit.code === 0 && !exit.signal) return null
  if (failed > 0) return null
  return exit.signal ? `stopped by ${exit.signal} outside its tests` : `exited with ${exit.code} outside its tests`
}

/** Vitest's JSON report: counts, and each skipped test with its reason (meta.skipReason) or, lacking one, its name. */
export function vitestOutcome(report, exit) {
  if (!report) return missingReport(exit)
  const reasons = new Set()
  const problems = []
  const failures = []
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? []
    for (const test of tests) {
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') reasons.add(test.meta?.skipReason ?? `${test.fullName} (no reason given)`)
      if (test.status === 'failed') failures.push(`${projectPath(file.name)} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
    }
    // A file that failed with no failed test of its own: it did not load, or a hook threw.
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) problems.push(`${file.name}: ${firstLine(file.message)}`)
  }
  const failed = report.numFailedTests + problems.length
  return withExit({ passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests, reasons: [...reasons], problems, failures, flaky: [] }, exit)
}

/** Playwright's JSON report: counts, skip reasons, and the errors outside any test (a global set-up that threw). */
export function playwrightOutcome(report, exit) {
  if (!report) return missingReport(exit)
  const reasons = new Set()
  const failures = []
  const flaky = []
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const where = `${spec.file ?? suite.title}:${spec.line ?? '?'} > ${spec.title}`
        const error = (test.results ?? []).map((r) => r.error?.message ?? r.errors?.[0]?.message).find(Boolean)
        if (test.status === 'unexpected') failures.push(`${where}: ${firstLine(error)}`)
        // Passed on a retry: counted as passed, but named so a flaky test is seen.
        if (test.status === 'flaky') flaky.push(`${where}: passed on a retry after: ${firstLine(error)}`)
        if (test.status !== 'skipped') continue
        const described = (test.annotations ?? []).filter((a) => a.type === 'skip' && a.description)
        if (described.length === 0) reasons.add(`${spec.title} (no reason given)`)
        for (const a of described) reasons.add(a.description)
      }
    }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of report.suites ?? []) walk(suite)
  const s = report.stats
  const problems = (report.errors ?? []).map((e) => `error outside the tests: ${firstLine(e.message)}`)
  return withExit({ passed: s.expected + s.flaky, failed: s.unexpected + problems.length, skipped: s.skipped, reasons: [...reasons], problems, failures, flaky }, exit)
}

function withExit(outcome, exit) {
  const problem = exitProblem(exit, outcome.failed)
  return problem ? { ...outcome, failed: outcome.failed + 1, problems: [...outcome.problems, problem] } : outcome
}

function missingReport(exit) {
  const how = exit.signal ? `stopped by ${exit.signal}` : `exit ${exit.code}`
  return { passed: 0, failed: 1, skipped: 0, reasons: [], problems: [`did not run to the end (no report, ${how})`], failures: [], flaky: [] }
}

function firstLine(text) {
  // Reports colour their messages; a log line reads better plain.
  return stripVTControlCharacters(String(text ?? '')).split('\n')[0] || '(no error message)'
}

/** A test file's path from the project folder ("tests/unit/…"), as the log's other lines give it. */
function projectPath(name) {
  const path = String(name ?? '')
  const at = path.lastIndexOf('/tests/')
  return at >= 0 ? path.slice(at + 1) : path
}

/** The lines printed after every runner, the closing "Summary:" line last, and the exit status of `npm test`. */
export function summarize(suites) {
  let passed = 0
  let failed = 0
  let skipped = 0
  const lines = ['Results']
  for (const [name, outcome] of suites) {
    lines.push(`  ${name}: ${outcome.passed} passed, ${outcome.failed} failed, ${outcome.skipped} skipped`)
    for (const failure of outcome.failures) lines.push(`    failed test: ${failure}`)
    for (const flaky of outcome.flaky) lines.push(`    flaky test: ${flaky}`)
    for (const problem of outcome.problems) lines.push(`    failed: ${problem}`)
    for (const reason of outcome.reasons) lines.push(`    skipped: ${reason}`)
    passed += outcome.passed
    failed += outcome.failed
    skipped += outcome.skipped
  }
  lines.push(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  return { lines, exitCode: failed > 0 ? 1 : 0 }
}
