/** A small brief document written out by hand, so renderer tests do not depend on assembly. */
import type { BriefCard, BriefClaim, BriefDocument } from '../../../shared/brief/document'
import { BriefOptionsSchema } from '../../../shared/brief/options'

export function sampleCard(overrides: Partial<BriefCard> = {}): BriefCard {
  return {
    id: 'card-1',
    tag: 'Consent can be withdrawn',
    cite: [
      { text: 'Smith 2024', emphasis: true },
      { text: ' [Ann Smith, Professor of Law, “On Consent”, Law Review, 2024-05-01, p. 4]', emphasis: false }
    ],
    text: [
      { text: 'The people ', underline: false, highlight: false },
      { text: 'may withdraw', underline: true, highlight: true },
      { text: ' what they ', underline: true, highlight: false },
      { text: 'gave.', underline: false, highlight: false }
    ],
    altered: false,
    paraphrase: false,
    note: null,
    ...overrides
  }
}

export function sampleClaim(overrides: Partial<BriefClaim> = {}): BriefClaim {
  return { id: 'c1', tag: 'Consent', body: '', notes: null, level: 1, cards: [], children: [], ...overrides }
}

export function sampleDocument(overrides: Partial<BriefDocument> = {}): BriefDocument {
  return {
    title: { motion: 'THBT states may secede', format: 'Lincoln-Douglas', side: 'pro', sideLabel: 'Aff', author: 'Zoë Ng', date: '14 March 2026' },
    options: BriefOptionsSchema.parse({ motionId: 'm1', side: 'pro' }),
    sections: [
      {
        side: 'pro',
        label: 'Aff',
        heading: 'Aff: for the motion',
        contentions: [
          sampleClaim({
            body: 'Why it holds.',
            cards: [sampleCard()],
            children: [sampleClaim({ id: 'c2', tag: 'Locke agrees', level: 2, children: [sampleClaim({ id: 'c3', tag: 'Second Treatise', level: 3 })] })]
          }),
          sampleClaim({ id: 'c4', tag: 'Self-determination' })
        ],
        blocks: [{ answering: { id: 'x1', tag: 'The union is perpetual' }, answers: [sampleClaim({ id: 'c5', tag: 'Perpetual is not forever', cards: [sampleCard({ id: 'card-2', altered: true })] })], unanswered: false }]
      }
    ],
    bibliography: { heading: 'References', entries: ['Smith, A. (2024). On consent. Law Review.'], legal: ['U.S. Const.'] },
    ...overrides
  }
}
