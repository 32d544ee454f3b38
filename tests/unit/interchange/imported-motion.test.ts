import { describe, expect, it } from 'vitest'
import { descendants, graphToTree } from '../../../shared/interchange/graph-tree'
import { finishImport, toMotionMap, type ImportedClaim, type ImportedMotion } from '../../../shared/interchange/imported-motion'
import { refusal, stored, testEnv } from './helpers'

const claim = (key: string, parentKey: string | null, title = key, body = ''): ImportedClaim => ({
  key,
  parentKey,
  stance: 'pro',
  title,
  body
})

const imported = (claims: ImportedClaim[], title = 'Motion'): ImportedMotion => ({
  title,
  description: '',
  claims,
  sources: [],
  warnings: []
})

describe('toMotionMap', () => {
  it('makes a local motion of format "other" with its claims in order among siblings', () => {
    const { motion, claims } = stored(imported([claim('a', null), claim('b', null), claim('a1', 'a'), claim('a2', 'a'), claim('c', null)]))
    expect(motion).toEqual({
      id: 'id-1',
      title: 'Motion',
      format: 'other',
      sideLabels: { pro: 'Pro', con: 'Con' },
      description: '',
      origin: { kind: 'local' },
      archived: false,
      createdAt: '2025-03-01T12:00:00.000Z',
      updatedAt: '2025-03-01T12:00:00.000Z'
    })
    expect(claims.map((c) => [c.title, c.parentId, c.order])).toEqual([
      ['a', null, 0],
      ['b', null, 1],
      ['a1', 'id-2', 0],
      ['a2', 'id-2', 1],
      ['c', null, 2]
    ])
    expect(claims[0]).toMatchObject({ motionId: 'id-1', evidence: [], tags: [], strength: null, notes: '', origin: { kind: 'local' } })
  })

  it('cuts a title over 300 characters and keeps it whole at the top of the body', () => {
    const long = `${'x'.repeat(310)} end`
    const { motion, claims } = stored({ ...imported([claim('a', null, long, 'warrant')], long), description: 'why' })
    expect(claims[0].title.length).toBeLessThanOrEqual(300)
    expect(claims[0].body).toBe(`${long}\n\nwarrant`)
    expect(motion.description).toBe(`${long}\n\nwhy`)
  })

  it('stores control characters in titles as spaces, and a title with no visible text as "(no text)"', () => {
    const { claims } = stored(imported([claim('a', null, 'one\u0000two\nthree'), claim('b', null, ' \u200b ')]))
    expect(claims.map((c) => c.title)).toEqual(['one two three', '(no text)'])
  })

  it('cuts a body over 20,000 characters, and finishImport warns about it', () => {
    const big = imported([claim('a', null, 'Big', 'y'.repeat(25_000))])
    expect(finishImport(big, 'Kialo').warnings).toEqual(['"Big" is longer than 20,000 characters; the rest is cut.'])
    expect(stored(big).claims[0].body).toHaveLength(20_000)
  })

  it('refuses a repeated key, and a parent that is missing or comes later', () => {
    const env = testEnv()
    expect(refusal(() => toMotionMap(imported([claim('a', null), claim('a', null)]), env)).path).toBe('claims[1].key')
    expect(refusal(() => toMotionMap(imported([claim('a', 'b'), claim('b', null)]), env)).path).toBe('claims[0].parentKey')
    expect(refusal(() => toMotionMap(imported([claim('a', 'zz')]), env)).message).toBe(
      'Claim "a" names parent "zz", which does not come before it'
    )
  })
})

describe('graphToTree', () => {
  const node = (key: string, line: number) => ({ key, label: key, line })
  const edge = (from: string, to: string, line: number) => ({ from, to, stance: 'con' as const, line })

  it('breaks a longer cycle at the claim that comes first in the file', () => {
    const tree = graphToTree([node('c', 3), node('a', 1), node('b', 2)], [edge('a', 'b', 4), edge('b', 'c', 5), edge('c', 'a', 6)])
    expect(tree.roots).toEqual(['a'])
    expect(descendants(tree, 'a')).toEqual(['c', 'b'])
    expect(tree.warnings).toEqual(['Line 4: a, b, c answer each other in a circle; a is imported without its relation to b, kept as a see-also link.'])
  })

  it('leaves out a claim answering itself and relations to unknown claims', () => {
    const tree = graphToTree([node('a', 1), node('b', 2)], [edge('a', 'a', 3), edge('b', 'zz', 4), edge('b', 'a', 5)])
    expect(tree.roots).toEqual(['a'])
    expect(tree.parent.get('b')).toEqual({ key: 'a', stance: 'con' })
    expect(tree.warnings).toEqual(['Line 3: a answers itself; that relation was left out.'])
  })

  it('walks a deep chain without recursion', () => {
    const count = 50_000
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, i + 1))
    const edges = Array.from({ length: count - 1 }, (_, i) => edge(`n${i + 1}`, `n${i}`, i + 1))
    expect(descendants(graphToTree(nodes, edges), 'n0')).toHaveLength(count - 1)
  })
})
