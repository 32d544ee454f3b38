/**
 * The shapes practice operations exchange with the page (the practice.*, format.*, review.*,
 * flow.* and drill.* entries in shared/contract.ts). Imported by the contract and the main
 * process; the page imports only their types.
 */
import { z } from 'zod'
import { IdSchema, titleSchema } from '../model/ids'
import {
  DrillSchema,
  PracticeRecordSchema,
  TimingFormatSchema,
  CustomFormatSchema,
  type FlowSheet,
  type TimingFormatFields
} from '../model/practice'

/** A session to record: everything but its id, which the library gives it. */
export const PracticeRecordInputSchema = PracticeRecordSchema.omit({ id: true })

export const FormatListSchema = z.object({
  /** Policy, Lincoln-Douglas, Public Forum, British Parliamentary, World Schools. */
  presets: z.array(TimingFormatSchema),
  /** The user's own, by name. */
  custom: z.array(CustomFormatSchema)
})

/**
 * A custom format as the user typed it. Taken as it comes and checked whole by
 * validateCustomFormat, so the answer lists every problem ("Speech 3 "1NC": time must be more
 * than zero"), not only the first.
 */
export const FormatSaveInputSchema = z.object({
  /** The format to change; absent for a new one. */
  formatId: IdSchema.optional(),
  format: z.custom<TimingFormatFields>(() => true)
})

export const ReviewGradeInputSchema = z.object({
  quoteId: IdSchema,
  /** SM-2: 0–2 forgotten, 3 hard, 4 good, 5 easy. */
  grade: z.number().int('A grade is a whole number from 0 to 5').min(0).max(5)
})

/** A flow sheet to save: new (no flowId) or a change to one saved before. Checked whole against FlowSheetSchema. */
export const FlowSaveInputSchema = z.object({
  flowId: IdSchema.optional(),
  title: titleSchema('Flow title'),
  motionId: IdSchema.nullable(),
  formatId: IdSchema,
  columns: z.custom<FlowSheet['columns']>(() => true),
  rows: z.custom<FlowSheet['rows']>(() => true)
})

export const PackDrillSchema = z.object({
  drill: DrillSchema,
  motionTitle: z.string().nullable(),
  packTitle: z.string().nullable()
})
