import type { PackFileInput } from '../../../shared/packs/format'

/** A small valid pack: one motion, a contention with an answer, a source, a card and a drill. */
export function smallPack(version = '1.0', overrides: Partial<PackFileInput> = {}): PackFileInput {
  return {
    format: 'casebook-pack',
    version: 1,
    meta: { id: 'civics-unit', title: 'Civics unit', version, author: 'Ms Rivera' },
    motions: [{ id: 'm1', title: 'THW abolish the electoral college', format: 'pf' }],
    claims: [
      { id: 'c1', motionId: 'm1', parentId: null, stance: 'pro', title: 'Every vote should count equally', order: 0, evidence: ['q1'], notes: 'Teacher: push for a warrant' },
      { id: 'c2', motionId: 'm1', parentId: 'c1', stance: 'con', title: 'States matter as states', order: 0 }
    ],
    sources: [{ id: 's1', kind: 'book', title: 'A civics reader', authors: [{ given: 'Ana', family: 'Lopez' }] }],
    quotes: [{ id: 'q1', sourceId: 's1', text: 'One person, one vote.', pinpoint: 'p. 12', tag: 'Equal votes' }],
    drills: [{ id: 'd1', motionId: 'm1', title: 'Answer the federalism claim', prompt: 'Answer “States matter as states”.', modelAnswer: 'Point to equal protection.' }],
    ...overrides
  }
}

export const json = (value: unknown): string => JSON.stringify(value)
