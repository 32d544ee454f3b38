// How `npm test` counts each runner's outcome: from its JSON report AND its exit status, so a
// runner that failed outside its tests (an unhandled rejection after the tests passed, a
// global set-up that threw before any ran) counts as a failure instead of "0 failed".
// Pure: scripts/test-all.mjs runs the runners and prints what this returns.

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
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? []
    for (const test of tests) {
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') reasons.add(test.meta?.skipReason ?? `${test.fullName} (no reason given)`)
    }
    // A file that failed with no failed test of its own: it did not load, or a hook threw.
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) problems.push(`${file.name}: ${firstLine(file.message)}`)
  }
  const failed = report.numFailedTests + problems.length
  return withExit({ passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests, reasons: [...reasons], problems }, exit)
}

/** Playwright's JSON report: counts, skip reasons, and the errors outside any test (a global set-up that threw). */
export function playwrightOutcome(report, exit) {
  if (!report) return missingReport(exit)
  const reasons = new Set()
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
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
  return withExit({ passed: s.expected + s.flaky, failed: s.unexpected + problems.length, skipped: s.skipped, reasons: [...reasons], problems }, exit)
}

function withExit(outcome, exit) {
  const problem = exitProblem(exit, outcome.failed)
  return problem ? { ...outcome, failed: outcome.failed + 1, problems: [...outcome.problems, problem] } : outcome
}

function missingReport(exit) {
  const how = exit.signal ? `stopped by ${exit.signal}` : `exit ${exit.code}`
  return { passed: 0, failed: 1, skipped: 0, reasons: [], problems: [`did not run to the end (no report, ${how})`] }
}

function firstLine(text) {
  return String(text ?? '').split('\n')[0]
}

/** The lines printed after every runner, the closing "Summary:" line last, and the exit status of `npm test`. */
export function summarize(suites) {
  let passed = 0
  let failed = 0
  let skipped = 0
  const lines = ['Results']
  for (const [name, outcome] of suites) {
    lines.push(`  ${name}: ${outcome.passed} passed, ${outcome.failed} failed, ${outcome.skipped} skipped`)
    for (const problem of outcome.problems) lines.push(`    failed: ${problem}`)
    for (const reason of outcome.reasons) lines.push(`    skipped: ${reason}`)
    passed += outcome.passed
    failed += outcome.failed
    skipped += outcome.skipped
  }
  lines.push(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  return { lines, exitCode: failed > 0 ? 1 : 0 }
}
