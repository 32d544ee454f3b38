import { z } from 'zod'
import { IdSchema, OriginSchema, TimestampSchema, textSchema, titleSchema } from './ids'

export const DEBATE_FORMATS = ['policy', 'ld', 'pf', 'bp', 'wsdc', 'other'] as const
export const DebateFormatSchema = z.enum(DEBATE_FORMATS)
export type DebateFormat = z.infer<typeof DebateFormatSchema>

export const FORMAT_NAMES: Record<DebateFormat, string> = {
  policy: 'Policy',
  ld: 'Lincoln-Douglas',
  pf: 'Public Forum',
  bp: 'British Parliamentary',
  wsdc: 'World Schools',
  other: 'Other'
}

/** What each side is called in the motion's format (Aff/Neg, Prop/Opp, Gov/Opp, ...). */
export const SideLabelsSchema = z.object({
  pro: titleSchema('Side label', 40),
  con: titleSchema('Side label', 40)
})
export type SideLabels = z.infer<typeof SideLabelsSchema>

export const DEFAULT_SIDE_LABELS: Record<DebateFormat, SideLabels> = {
  policy: { pro: 'Aff', con: 'Neg' },
  ld: { pro: 'Aff', con: 'Neg' },
  pf: { pro: 'Pro', con: 'Con' },
  bp: { pro: 'Gov', con: 'Opp' },
  wsdc: { pro: 'Prop', con: 'Opp' },
  other: { pro: 'Pro', con: 'Con' }
}

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
