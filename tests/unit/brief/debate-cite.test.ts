import { describe, expect, it } from 'vitest'
import { debateCite } from '../../../shared/brief/cite'
import type { Source } from '../../../shared/model/source'
import { source } from '../practice/fixtures'

const article = (extra: Partial<Source>): Source => ({ ...source('s', 'Why California stays'), ...extra })

describe('a card’s short cite, as debaters say it', () => {
  it('is the author’s surname and the two-digit year, then the pinpoint when there is one', () => {
    const patman = article({ authors: [{ family: 'Patman', given: 'Ann' }], date: '2025-01-09' })
    expect(debateCite(patman, '')).toBe('Patman 25')
    expect(debateCite(patman, ' p. 4 ')).toBe('Patman 25, p. 4')
    expect(debateCite(article({ authors: [{ family: 'Smith' }, { family: 'Jones' }], date: 'March 2009' }), 'p. 2')).toBe('Smith & Jones 09, p. 2')
    expect(debateCite(article({ authors: [{ family: 'A' }, { family: 'B' }, { family: 'C' }], date: '2024' }), '')).toBe('A et al. 24')
  })

  it('lets the outlet or title stand in for a missing author, leaves out a missing year, and invents nothing', () => {
    expect(debateCite(article({ container: 'The Economist', date: '2019-05-01' }), '')).toBe('The Economist 19')
    expect(debateCite(article({ authors: [{ literal: 'YouGov' }] }), 'p. 2')).toBe('YouGov, p. 2')
    expect(debateCite(article({}), '')).toBe('Why California stays')
  })

  it('gives constitutions and cases in their legal form', () => {
    const constitution: Source = { ...article({ title: 'Constitution of the United States' }), kind: 'constitution' }
    expect(debateCite(constitution, 'art. IV, § 3, cl. 1')).toBe('U.S. Const. art. IV, § 3, cl. 1')
  })
})
