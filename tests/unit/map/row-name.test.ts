import { describe, expect, it } from 'vitest'
import { rowName } from '../../../renderer/src/map/outline/row-name'

const labels = { pro: 'Aff', con: 'Neg' }

describe('an outline row’s accessible name', () => {
  it('says the stance first, so support is never heard as attack, then the tag, cards and weak spots', () => {
    expect(rowName({ title: 'Growth follows', stance: 'pro', parentId: 'p', evidence: ['q1', 'q2'] }, labels)).toBe('Supports: Growth follows, 2 cards')
    expect(rowName({ title: 'Debt rises', stance: 'con', parentId: 'p', evidence: ['q1'] }, labels, ['no-evidence', 'unanswered'])).toBe(
      'Attacks: Debt rises, 1 card (No evidence, Not answered)'
    )
    expect(rowName({ title: 'Jobs', stance: 'con', parentId: null, evidence: [] }, labels)).toBe('Neg: Jobs')
  })
})
