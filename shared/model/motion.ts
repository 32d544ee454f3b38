import { z } from 'zod'
import { DEBATE_FORMATS, type SideLabels } from './formats'
import { IdSchema, OriginSchema, TimestampSchema, textSchema, titleSchema } from './ids'

export { DEBATE_FORMATS, DEFAULT_SIDE_LABELS, FORMAT_NAMES, type DebateFormat, type SideLabels } from './formats'

export const DebateFormatSchema = z.enum(DEBATE_FORMATS)

/** What each side is called in the motion's format (Aff/Neg, Prop/Opp, Gov/Opp, ...). */
export const SideLabelsSchema = z.object({
  pro: titleSchema('Side label', 40),
  con: titleSchema('Side label', 40)
}) satisfies z.ZodType<SideLabels>

export const MotionSchema = z.object({
  id: IdSchema,
  title: titleSchema('Motion title'),
  format: DebateFormatSchema,
  sideLabels: SideLabelsSchema,
  description: textSchema(),
  origin: OriginSchema,
  archived: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Motion = z.infer<typeof MotionSchema>
