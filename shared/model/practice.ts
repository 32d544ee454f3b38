import { z } from 'zod'
import { IdSchema, OriginSchema, TimestampSchema, textSchema, titleSchema } from './ids'

export const DrillSchema = z.object({
  id: IdSchema,
  motionId: IdSchema.nullable(),
  title: titleSchema('Drill title'),
  prompt: textSchema(),
  modelAnswer: textSchema(),
  origin: OriginSchema
})
export type Drill = z.infer<typeof DrillSchema>

/** One practice session: what was practised, when, for how long, and how it went. */
export const PracticeRecordSchema = z.object({
  id: IdSchema,
  kind: z.enum(['timer', 'rebuttal', 'evidence', 'pack-drill', 'flow']),
  motionId: IdSchema.nullable(),
  drillId: IdSchema.nullable(),
  startedAt: TimestampSchema,
  durationSeconds: z.number().min(0).max(86_400),
  rating: z.number().int().min(1).max(5).nullable(),
  notes: textSchema(),
  answers: z.array(textSchema()).max(200)
})
export type PracticeRecord = z.infer<typeof PracticeRecordSchema>
