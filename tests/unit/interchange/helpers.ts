import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { ApiError } from '../../../shared/errors'
import { toMotionMap, type ImportedMotion } from '../../../shared/interchange/imported-motion'
import type { Claim } from '../../../shared/model/claim'
import { ClaimSchema } from '../../../shared/model/claim'
import { MotionSchema } from '../../../shared/model/motion'

export const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')

/** A fixed clock and counting ids, so records compare exactly. */
export function testEnv() {
  let next = 0
  return { now: () => '2025-03-01T12:00:00.000Z', newId: () => `id-${++next}` }
}

/** The ApiError `run` throws; fails the test when it returns. */
export function refusal(run: () => unknown): ApiError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('invalid_input')
    return error as ApiError
  }
  throw new Error('expected the import to be refused')
}

/** The import as stored records, each checked against the model's schemas. */
export function stored(imported: ImportedMotion) {
  const map = toMotionMap(imported, testEnv())
  expect(MotionSchema.safeParse(map.motion).success).toBe(true)
  for (const claim of map.claims) {
    const parsed = ClaimSchema.safeParse(claim)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  }
  return map
}

/** A tree as nested [stance, title] lines, for comparing shapes. */
export function outline(claims: ReadonlyArray<Pick<Claim, 'id' | 'parentId' | 'stance' | 'title' | 'order'>>): string[] {
  const lines: string[] = []
  const walk = (parentId: string | null, depth: number) => {
    for (const claim of claims.filter((c) => c.parentId === parentId).sort((a, b) => a.order - b.order)) {
      lines.push(`${'  '.repeat(depth)}${claim.stance} ${claim.title}`)
      walk(claim.id, depth + 1)
    }
  }
  walk(null, 0)
  return lines
}
