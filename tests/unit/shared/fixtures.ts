import type { OperationEnv } from '../../../shared/operations/change'

/** A clock and id source that count up, so operations give the same result every run. */
export function testEnv(): OperationEnv {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString(),
    newId: () => `id-${++id}`
  }
}
