/** How a runner ended: its exit status, or the signal that stopped it. */
export interface RunnerExit {
  code: number | null
  signal?: string | null
}

export interface RunnerOutcome {
  passed: number
  failed: number
  skipped: number
  /** Why tests were skipped, one line each. */
  reasons: string[]
  /** Failures outside any test: a non-zero exit, a set-up error, a missing report. */
  problems: string[]
  /** Each failed test: where, its name and its first error line. */
  failures: string[]
  /** Each end-to-end test that passed only on a retry (counted as passed): where, its name and the first error. Vitest's: none. */
  flaky: string[]
}

export function vitestOutcome(report: unknown, exit: RunnerExit): RunnerOutcome
export function playwrightOutcome(report: unknown, exit: RunnerExit): RunnerOutcome
export function summarize(suites: Array<[string, RunnerOutcome]>): { lines: string[]; exitCode: 0 | 1 }
