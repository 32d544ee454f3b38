/** The shapes pack operations exchange with the page (see the pack.* entries in shared/contract.ts). */
import { z } from 'zod'
import { IdSchema } from '../model/ids'
import { PackRecordSchema } from '../model/pack'
import { PACK_ITEM_KINDS, PACK_LIMITS, PackMetaSchema } from './format'

const KindCountsSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  leftAlone: z.number().int(),
  inLibrary: z.number().int(),
  removed: z.number().int(),
  kept: z.number().int()
})

const PackAuthorSchema = z.object({ author: z.string(), organisation: z.string() })

export const PackImportPlanSchema = z.object({
  meta: PackMetaSchema,
  status: z.enum(['new', 'update', 'reinstall', 'older']),
  installedVersion: z.string().nullable(),
  authorChange: z.object({ installed: PackAuthorSchema, incoming: PackAuthorSchema }).nullable(),
  counts: z.object(Object.fromEntries(PACK_ITEM_KINDS.map((kind) => [kind, KindCountsSchema])) as Record<(typeof PACK_ITEM_KINDS)[number], typeof KindCountsSchema>),
  flaggedUserClaims: z.number().int(),
  motionIds: z.array(IdSchema)
})

/** The text of a pack file the user chose; the byte limit itself is checked when it is read. */
export const PackTextSchema = z.string().max(PACK_LIMITS.bytes * 1.5, 'The pack is larger than 20 MB')

export const PackSummarySchema = PackRecordSchema.extend({
  counts: z.object({ motions: z.number().int(), claims: z.number().int(), quotes: z.number().int(), drills: z.number().int() })
})

export const PackExportInputSchema = z.object({
  motionIds: z.array(IdSchema).min(1, 'Choose at least one motion for the pack').max(PACK_LIMITS.motions),
  meta: PackMetaSchema.omit({ edition: true }),
  student: z.boolean().default(false),
  studentKeepsRatingsAndTags: z.boolean().default(false),
  unlinkedCardSourceIds: z.array(IdSchema).max(PACK_LIMITS.sources).default([]),
  lock: z.object({
    motions: z.boolean().optional(),
    claims: z.boolean().optional(),
    sources: z.boolean().optional(),
    quotes: z.boolean().optional(),
    drills: z.boolean().optional()
  }).default({}),
  /** Send a document source whose text does not fit in the pack as citation only, instead of refusing the export. */
  leaveOutTextsThatDoNotFit: z.boolean().default(false)
})

export const UnlinkedCardsSchema = z.array(z.object({ sourceId: IdSchema, title: z.string(), cards: z.number().int() }))

/** A file for the page to save: through the main process's dialog in the app, as a download on the web. */
export const ExportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() })

/** A pack file to save, and the sources that go as citation only because their document's text was left out. */
export const PackExportFileSchema = ExportFileSchema.extend({ textsLeftOut: z.array(z.string()) })
