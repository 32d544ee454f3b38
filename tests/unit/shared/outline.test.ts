import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/model/claim'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import { addClaim, moveClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import { dropTarget, indentTarget, outdentTarget, reorderTarget } from '../../../shared/operations/outline'
import { treeProblem } from '../../../shared/operations/tree'
import { testEnv } from './fixtures'

/** a, b (b1, b2 (b2x)), c */
function sample() {
  const env = testEnv()
  const created = createMotion(emptyLibrary(), { title: 'M' }, env)
  let library: Library = created.library
  const ids: Record<string, string> = {}
  const add = (name: string, parent: string | null) => {
    const change = addClaim(library, { motionId: created.result.id, parentId: parent ? ids[parent]! : null, stance: 'pro', title: name }, env)
    library = change.library
    ids[name] = change.result.id
  }
  add('a', null)
  add('b', null)
  add('b1', 'b')
  add('b2', 'b')
  add('b2x', 'b2')
  add('c', null)
  const titleOf = (id: string | null) => (id === null ? null : library.claims.find((c) => c.id === id)?.title)
  return { env, library, ids, titleOf }
}

describe('outline moves', () => {
  it('indents under the sibling above, as its last response', () => {
    const { library, ids, titleOf } = sample()
    const target = indentTarget(library.claims, ids.c!)!
    expect(titleOf(target.parentId)).toBe('b')
    expect(target.index).toBe(2)
    expect(indentTarget(library.claims, ids.a!)).toBeNull()
    expect(indentTarget(library.claims, ids.b1!)).toBeNull()
  })

  it('outdents to just after the parent', () => {
    const { library, ids, titleOf } = sample()
    const target = outdentTarget(library.claims, ids.b2x!)!
    expect(titleOf(target.parentId)).toBe('b')
    expect(target.index).toBe(2)
    expect(outdentTarget(library.claims, ids.a!)).toBeNull()
  })

  it('reorders within the siblings, stopping at the ends', () => {
    const { library, ids } = sample()
    expect(reorderTarget(library.claims, ids.b2!, -1)).toMatchObject({ index: 0 })
    expect(reorderTarget(library.claims, ids.b2!, 1)).toBeNull()
    expect(reorderTarget(library.claims, ids.a!, -1)).toBeNull()
  })

  it('drops before, after or inside another claim, never into its own subtree', () => {
    const { env, library, ids, titleOf } = sample()
    const after = dropTarget(library.claims, ids.a!, ids.b1!, 'after')!
    expect(titleOf(after.parentId)).toBe('b')
    expect(after.index).toBe(1)
    const moved = moveClaim(library, after, env).library
    const order = moved.claims.filter((c) => c.parentId === ids.b).sort((x, y) => x.order - y.order).map((c) => c.title)
    expect(order).toEqual(['b1', 'a', 'b2'])
    // Moving down among the same siblings counts positions without the moving claim.
    const down = dropTarget(library.claims, ids.a!, ids.c!, 'after')!
    const top = moveClaim(library, down, env).library.claims.filter((c) => c.parentId === null).sort((x, y) => x.order - y.order)
    expect(top.map((c) => c.title)).toEqual(['b', 'c', 'a'])
    expect(dropTarget(library.claims, ids.b!, ids.b2x!, 'inside')).toBeNull()
    expect(dropTarget(library.claims, ids.b!, ids.b!, 'before')).toBeNull()
  })

  it('every target it offers is a legal move that keeps the tree whole (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('indent', 'outdent', 'up', 'down', 'before', 'after', 'inside'), fc.nat(), fc.nat()), { maxLength: 40 }),
        (steps) => {
          const { env } = sample()
          let { library } = sample()
          for (const [kind, i, j] of steps) {
            const claims = library.claims
            const a = claims[i % claims.length] as Claim
            const b = claims[j % claims.length] as Claim
            const target =
              kind === 'indent' ? indentTarget(claims, a.id)
              : kind === 'outdent' ? outdentTarget(claims, a.id)
              : kind === 'up' ? reorderTarget(claims, a.id, -1)
              : kind === 'down' ? reorderTarget(claims, a.id, 1)
              : dropTarget(claims, a.id, b.id, kind as 'before' | 'after' | 'inside')
            if (!target) continue
            library = moveClaim(library, target, env).library
            expect(treeProblem(library.claims)).toBeNull()
            expect(library.claims).toHaveLength(6)
          }
        }
      ),
      { numRuns: 200 }
    )
  })
})
