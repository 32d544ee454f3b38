import { describe, expect, it } from 'vitest'
import { parseArgdown } from '../../../shared/interchange/argdown-import'
import { importSummary } from '../../../shared/interchange/import-summary'
import { toMotionMap } from '../../../shared/interchange/imported-motion'
import { testEnv } from './helpers'

describe('importSummary', () => {
  it('names a relation that could be neither in the tree nor a see-also link, and why', () => {
    // [M] and [A] answer each other: the circle is cut at [M], which becomes the motion.
    const imported = parseArgdown('[M]: The motion.\n  + [A]: A claim. #evidence\n    + [M]\n')
    const summary = importSummary('argdown', imported, toMotionMap(imported, testEnv()))
    expect(summary.added).toEqual({ motions: 1, claims: 1, arguments: 0, contentions: 1, tags: 1, sources: 0, cards: 0, seeAlsoLinks: 0 })
    expect(summary.skipped).toEqual([
      { entry: 'the relation [M] → [A]', reason: 'it joins a claim to the motion a second time; a see-also link can only point at a claim' }
    ])
    expect(summary.relations).toEqual({
      drawn: 2,
      inTree: 1,
      seeAlso: 0,
      repeated: 0,
      leftOut: [{ from: '[M]', to: '[A]', relation: 'support', reason: 'cycle' }]
    })
    expect(summary.warnings).toEqual(imported.warnings)
  })
})
