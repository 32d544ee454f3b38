import { z } from 'zod'
import { SCHEMA_VERSION } from './schema-version'
import { ClaimSchema } from './claim'
import { MotionSchema } from './motion'
import { PackRecordSchema } from './pack'
import { CardReviewSchema, CustomFormatSchema, DrillSchema, FlowSheetSchema, PracticeRecordSchema } from './practice'
import { QuoteSchema, SourceSchema } from './source'

export { SCHEMA_VERSION } from './schema-version'

/** Everything the user has: the whole content of the store file. */
export const LibrarySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  motions: z.array(MotionSchema),
  claims: z.array(ClaimSchema),
  sources: z.array(SourceSchema),
  quotes: z.array(QuoteSchema),
  packs: z.array(PackRecordSchema),
  drills: z.array(DrillSchema),
  practice: z.array(PracticeRecordSchema),
  // Added after version 1 went out: files without them read as empty, so no migration is needed.
  customFormats: z.array(CustomFormatSchema).default([]),
  cardReviews: z.array(CardReviewSchema).default([]),
  flowSheets: z.array(FlowSheetSchema).default([])
})
export type Library = z.infer<typeof LibrarySchema>

export function emptyLibrary(): Library {
  return {
    schemaVersion: SCHEMA_VERSION,
    motions: [],
    claims: [],
    sources: [],
    quotes: [],
    packs: [],
    drills: [],
    practice: [],
    customFormats: [],
    cardReviews: [],
    flowSheets: []
  }
}

/** The case-building lists a change may add to: motions, their claims, sources and cards. */
type Additions = Partial<Pick<Library, 'motions' | 'claims' | 'sources' | 'quotes'>>

/** The library with `added` appended after what it had, each list in its order; the rest unchanged. */
export function withAdded(library: Library, added: Additions): Library {
  return {
    ...library,
    motions: added.motions?.length ? [...library.motions, ...added.motions] : library.motions,
    claims: added.claims?.length ? [...library.claims, ...added.claims] : library.claims,
    sources: added.sources?.length ? [...library.sources, ...added.sources] : library.sources,
    quotes: added.quotes?.length ? [...library.quotes, ...added.quotes] : library.quotes
  }
}
