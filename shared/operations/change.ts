import type { Library } from '../model/library'

/** What a write operation returns: the next library (the input is never mutated) and its answer. */
export interface Change<T> {
  library: Library
  result: T
}

/** Clock and id source, passed in so operations stay pure and tests stay repeatable. */
export interface OperationEnv {
  now(): string
  newId(): string
}

export const systemEnv: OperationEnv = {
  now: () => new Date().toISOString(),
  newId: () => globalThis.crypto.randomUUID()
}

/** The list with the item of the same id swapped for `item`; the others stay the same objects. */
export function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.map((existing) => (existing.id === item.id ? item : existing))
}
