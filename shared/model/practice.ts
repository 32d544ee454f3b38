import { z } from 'zod'
import { MAX_CELL_TEXT, MAX_FLOW_ROWS, MAX_INTERVAL_DAYS, MAX_PREP_SECONDS, MAX_SPEECHES, MAX_SPEECH_SECONDS } from '../practice/limits'
import { IdSchema, OriginSchema, TimestampSchema, textSchema, titleSchema } from './ids'

export { MAX_CELL_TEXT, MAX_FLOW_ROWS, MAX_INTERVAL_DAYS, MAX_PREP_SECONDS, MAX_SPEECHES, MAX_SPEECH_SECONDS }

export const DrillSchema = z.object({
  id: IdSchema,
  motionId: IdSchema.nullable(),
  title: titleSchema('Drill title'),
  prompt: textSchema(),
  modelAnswer: textSchema(),
  origin: OriginSchema
})
export type Drill = z.infer<typeof DrillSchema>

/** Fraction right in an evidence drill: `correct` of `total` questions. */
export const DrillScoreSchema = z
  .object({ correct: z.number().int().min(0), total: z.number().int().min(1).max(10_000) })
  .refine((score) => score.correct <= score.total, 'A score cannot have more right answers than questions')
export type DrillScore = z.infer<typeof DrillScoreSchema>

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
  answers: z.array(textSchema()).max(200),
  /** The claim a rebuttal drill asked the user to answer. Absent in older files: null. */
  claimId: IdSchema.nullable().default(null),
  /** How many questions an evidence drill got right. Absent in older files: null. */
  score: DrillScoreSchema.nullable().default(null)
})
export type PracticeRecord = z.infer<typeof PracticeRecordSchema>

// ---- Timing formats ----------------------------------------------------------------------

/** Who speaks: one side, or both at once (Public Forum's crossfires). For cross-ex: the side asking. */
export const SpeakerSideSchema = z.enum(['pro', 'con', 'both'])
export type SpeakerSide = z.infer<typeof SpeakerSideSchema>

/** Why a duration is not usable, or null when it is. */
function durationProblem(seconds: number, max: number, allowZero: boolean): string | null {
  if (!Number.isFinite(seconds)) return 'must be a number of seconds'
  if (!Number.isInteger(seconds)) return `must be a whole number of seconds (got ${seconds})`
  if (seconds < 0) return `must not be negative (got ${seconds} seconds)`
  if (seconds === 0 && !allowZero) return 'must be more than zero'
  if (seconds > max) return `must be at most ${max / 60} minutes (got ${asMinutes(seconds)})`
  return null
}

/** "61 minutes", or "60:01" when it is not a whole number of minutes. */
function asMinutes(seconds: number): string {
  const rest = seconds % 60
  return rest === 0 ? `${seconds / 60} minutes` : `${Math.floor(seconds / 60)}:${String(rest).padStart(2, '0')}`
}

export const SpeechSchema = z
  .object({
    name: titleSchema('Speech name', 80),
    side: z.enum(SpeakerSideSchema.options, { error: 'side must be pro, con or both' }),
    kind: z.enum(['speech', 'cross-ex'], { error: 'kind must be speech or cross-ex' }),
    seconds: z.number({ error: 'time must be a number of seconds' })
  })
  .superRefine((speech, ctx) => {
    const problem = durationProblem(speech.seconds, MAX_SPEECH_SECONDS, false)
    if (problem) ctx.addIssue({ code: 'custom', path: ['seconds'], message: `Speech "${speech.name}": time ${problem}` })
  })
export type Speech = z.infer<typeof SpeechSchema>

/**
 * Prep time: a bank for each side to spend during the round (Policy, LD, PF), or one period
 * before the round for everyone (British Parliamentary, World Schools).
 */
export const PrepSchema = z
  .object({
    mode: z.enum(['per-side', 'before-round'], { error: 'Prep mode must be per-side or before-round' }),
    seconds: z.number({ error: 'Prep time must be a number of seconds' })
  })
  .superRefine((prep, ctx) => {
    const problem = durationProblem(prep.seconds, MAX_PREP_SECONDS, true)
    if (problem) ctx.addIssue({ code: 'custom', path: ['seconds'], message: `Prep time ${problem}` })
  })
export type Prep = z.infer<typeof PrepSchema>

/** What the user gives for a custom format: everything but its id. */
export const TimingFormatFieldsSchema = z.object({
  name: titleSchema('Format name', 80),
  speeches: z
    .array(SpeechSchema)
    .min(1, 'A format needs at least one speech')
    .max(MAX_SPEECHES, `A format may have at most ${MAX_SPEECHES} speeches`),
  prep: PrepSchema
})
export type TimingFormatFields = z.infer<typeof TimingFormatFieldsSchema>

/** A speech order with its times: a preset (id = the debate format) or one the user saved. */
export const TimingFormatSchema = TimingFormatFieldsSchema.extend({ id: IdSchema })
export type TimingFormat = z.infer<typeof TimingFormatSchema>

/** A timing format the user made and saved. */
export const CustomFormatSchema = TimingFormatSchema.extend({
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type CustomFormat = z.infer<typeof CustomFormatSchema>

// ---- Spaced repetition --------------------------------------------------------------------

/** Where one evidence card stands in the user's review schedule (SM-2). */
export const CardReviewSchema = z.object({
  quoteId: IdSchema,
  /** SM-2's easiness factor: 2.5 for a new card, never below 1.3. */
  ease: z.number().min(1.3).max(10),
  intervalDays: z.number().int().min(0).max(MAX_INTERVAL_DAYS),
  /** Correct answers in a row since the last lapse. */
  repetitions: z.number().int().min(0),
  /** Times the card was forgotten after being learnt. */
  lapses: z.number().int().min(0),
  due: TimestampSchema,
  lastReviewedAt: TimestampSchema.nullable()
})
export type CardReview = z.infer<typeof CardReviewSchema>

// ---- Flow sheets --------------------------------------------------------------------------

export const FlowStatusSchema = z.enum(['open', 'answered', 'dropped'])
export type FlowStatus = z.infer<typeof FlowStatusSchema>

export const FlowCellSchema = z.object({
  text: textSchema(MAX_CELL_TEXT),
  /** The map claim this cell was pulled from, if any. */
  claimId: IdSchema.nullable(),
  status: FlowStatusSchema
})
export type FlowCell = z.infer<typeof FlowCellSchema>

export const FlowRowSchema = z.object({ id: IdSchema, cells: z.array(FlowCellSchema).max(MAX_SPEECHES) })
export type FlowRow = z.infer<typeof FlowRowSchema>

/** A practice round's flow: a column per speech of the format, a row per argument. */
export const FlowSheetSchema = z
  .object({
    id: IdSchema,
    title: titleSchema('Flow title'),
    motionId: IdSchema.nullable(),
    formatId: IdSchema,
    columns: z
      .array(z.object({ name: titleSchema('Speech name', 80), side: SpeakerSideSchema }))
      .min(1)
      .max(MAX_SPEECHES),
    rows: z.array(FlowRowSchema).max(MAX_FLOW_ROWS),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema
  })
  .refine((sheet) => sheet.rows.every((row) => row.cells.length === sheet.columns.length), {
    message: 'Every row of a flow needs one cell per column',
    path: ['rows']
  })
export type FlowSheet = z.infer<typeof FlowSheetSchema>
