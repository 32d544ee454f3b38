/** What the page says after a Verbatim import: the sentence the user lands on, from the import's answer. */
import { describe, expect, it } from 'vitest'
import type { OutputOf } from '../../../shared/contract'
import type { ImportSummary } from '../../../shared/interchange/import-summary'
import { importedSentence } from '../../../renderer/src/verbatim/verbatim-words'

const added = (counts: Partial<ImportSummary['added']>): ImportSummary['added'] => ({
  motions: 0,
  claims: 0,
  arguments: 0,
  contentions: 0,
  tags: 0,
  sources: 0,
  cards: 0,
  seeAlsoLinks: 0,
  ...counts
})

function answer(summary: Partial<ImportSummary>, motionTitle: string | null): OutputOf<'verbatim.import'> {
  const motion = motionTitle === null ? null : ({ id: 'm1', title: motionTitle } as OutputOf<'verbatim.import'>['motion'])
  return {
    motion,
    counts: { pockets: 1, hats: 1, blocks: 1, cards: 1, analytics: 0 },
    cards: [],
    summary: { format: 'verbatim', motion: motion && { id: 'm1', title: motionTitle ?? '' }, added: added({}), alreadyHad: { sources: 0, cards: 0 }, skipped: [], warnings: [], ...summary }
  }
}

describe('importedSentence', () => {
  it('says the motion made and what it holds', () => {
    expect(importedSentence('aff.docx', answer({ added: added({ motions: 1, claims: 1, cards: 1, sources: 1 }) }, '1AC'))).toBe('Imported aff.docx as the motion “1AC”: 1 claim, 1 card and 1 source added.')
  })

  it('says what the library had already, used again rather than added twice', () => {
    expect(importedSentence('neg.docx', answer({ added: added({ cards: 1 }), alreadyHad: { cards: 3, sources: 2 } }, null))).toBe(
      'Imported neg.docx into the card library: 1 card added. Already in your library, and used again: 3 cards and 2 sources.'
    )
  })

  it('names what was left out and why, or counts it when there is much', () => {
    const one = [{ entry: 'The card "Long"', reason: 'its text is longer than 100,000 characters, so it was not imported' }]
    expect(importedSentence('big.docx', answer({ skipped: one }, null))).toContain('Left out: The card "Long" (its text is longer than 100,000 characters, so it was not imported).')
    const many = Array.from({ length: 4 }, (_, i) => ({ entry: `The card "${i}"`, reason: 'too long' }))
    expect(importedSentence('big.docx', answer({ skipped: many }, null))).toContain('Left out: 4 entries.')
  })
})
