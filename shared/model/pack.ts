import { z } from 'zod'
import { DEBATE_FORMATS } from './formats'
import { IdSchema, TimestampSchema, textSchema, titleSchema } from './ids'

/** A teacher's pack as recorded in the library once imported (the file format is shared/packs/format.ts). */
export const PackRecordSchema = z.object({
  id: IdSchema,
  title: titleSchema('Pack title'),
  author: z.string().max(300),
  organisation: z.string().max(300),
  version: z.string().min(1).max(40),
  license: z.string().max(300),
  description: textSchema(),
  debateFormat: z.enum(DEBATE_FORMATS).default('other'),
  level: z.string().max(100).default(''),
  edition: z.enum(['teacher', 'student']).default('teacher'),
  importedAt: TimestampSchema
})
export type PackRecord = z.infer<typeof PackRecordSchema>
