import type { Claim, Stance } from '../../../shared/model/claim'
import type { PracticeRecord } from '../../../shared/model/practice'
import { QuoteSchema, type Quote, type Source } from '../../../shared/model/source'

const T = '2026-01-01T00:00:00.000Z'

/** A claim of motion "m"; order is its position among siblings as given. */
export function claim(id: string, parentId: string | null, stance: Stance, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    motionId: 'm',
    parentId,
    stance,
    title: id,
    body: '',
    order: 0,
    evidence: [],
    tags: [],
    strength: null,
    notes: '',
    origin: { kind: 'local' },
    createdAt: T,
    updatedAt: T,
    ...extra
  }
}

export function source(id: string, title: string): Source {
  return {
    id,
    kind: 'article',
    title,
    authors: [],
    publisher: '',
    container: '',
    date: '',
    url: '',
    accessed: '',
    reporterCitation: '',
    qualifications: '',
    origin: { kind: 'local' },
    createdAt: T,
    updatedAt: T
  }
}

/** A card; parsed, so fields with defaults (alteration and the like) are filled in as the store would. */
export function quote(id: string, sourceId: string, pinpoint: string, text = `Text of ${id}`): Quote {
  return QuoteSchema.parse({
    id,
    sourceId,
    unitId: null,
    range: null,
    text,
    pinpoint,
    speaker: '',
    tag: `Tag of ${id}`,
    highlights: [],
    note: '',
    origin: { kind: 'local' },
    createdAt: T,
    updatedAt: T
  })
}

export function record(id: string, extra: Partial<PracticeRecord> = {}): PracticeRecord {
  return {
    id,
    kind: 'timer',
    motionId: 'm',
    drillId: null,
    startedAt: T,
    durationSeconds: 600,
    rating: null,
    notes: '',
    answers: [],
    claimId: null,
    score: null,
    ...extra
  }
}
