import { z } from 'zod'
import { IdSchema, TimestampSchema, textSchema, titleSchema } from './ids'

/** A teacher's pack as recorded in the library once imported; the file format comes with the packs issue. */
export const PackRecordSchema = z.object({
  id: IdSchema,
  title: titleSchema('Pack title'),
  author: z.string().max(300),
  organisation: z.string().max(300),
  version: z.string().min(1).max(40),
  license: z.string().max(300),
  description: textSchema(),
  importedAt: TimestampSchema
})
export type PackRecord = z.infer<typeof PackRecordSchema>
