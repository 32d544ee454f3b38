/**
 * Practice data in the library: the session history, custom timing formats, card review
 * schedules (SM-2), flow sheets, and the drills packs bring. Pure: each write returns the next
 * library and its answer.
 */
import type { OutputOf, ParsedInputOf } from '../contract'
import { ApiError, fromZodError } from '../errors'
import type { Library } from '../model/library'
import { FlowSheetSchema, type CardReview, type CustomFormat, type FlowSheet, type PracticeRecord } from '../model/practice'
import { PRESET_FORMATS } from '../practice/formats'
import { newCardReview, review, type Grade } from '../practice/spaced-repetition'
import { validateCustomFormat } from '../practice/validation'
import { replaceById, type Change, type OperationEnv } from './change'
import { findMotion } from './motions'
import { findQuote } from './quotes'

/** Enough for every club's house rules; more is a runaway script, not a user. */
export const MAX_CUSTOM_FORMATS = 500
export const MAX_FLOW_SHEETS = 2_000
export const MAX_PRACTICE_RECORDS = 100_000

export function listPractice(library: Library): PracticeRecord[] {
  return [...library.practice].sort((a, b) => b.startedAt.localeCompare(a.startedAt))
}

export function recordPractice(library: Library, input: ParsedInputOf<'practice.record'>, env: OperationEnv): Change<PracticeRecord> {
  if (input.motionId !== null) findMotion(library, input.motionId)
  if (input.drillId !== null && !library.drills.some((d) => d.id === input.drillId)) {
    throw new ApiError('not_found', `No drill with id "${input.drillId}"`, 'drillId')
  }
  if (library.practice.length >= MAX_PRACTICE_RECORDS) {
    throw new ApiError('conflict', `The practice history is full (${MAX_PRACTICE_RECORDS.toLocaleString('en')} sessions)`)
  }
  const record: PracticeRecord = { id: env.newId(), ...input }
  return { library: { ...library, practice: [...library.practice, record] }, result: record }
}

export function listFormats(library: Library): OutputOf<'format.list'> {
  const custom = [...library.customFormats].sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt))
  return { presets: Object.values(PRESET_FORMATS), custom }
}

/** Saves a custom format after checking all of it; the error lists every problem, one a line. */
export function saveFormat(library: Library, input: ParsedInputOf<'format.save'>, env: OperationEnv): Change<CustomFormat> {
  const checked = validateCustomFormat(input.format)
  if (!checked.ok) {
    throw new ApiError('invalid_input', checked.problems.map((p) => p.message).join('\n'), checked.problems[0]?.path ?? '')
  }
  const now = env.now()
  if (input.formatId === undefined) {
    if (library.customFormats.length >= MAX_CUSTOM_FORMATS) {
      throw new ApiError('conflict', `You can keep at most ${MAX_CUSTOM_FORMATS} custom formats; delete one you no longer use`)
    }
    const format: CustomFormat = { id: env.newId(), ...checked.format, createdAt: now, updatedAt: now }
    return { library: { ...library, customFormats: [...library.customFormats, format] }, result: format }
  }
  const existing = findFormat(library, input.formatId)
  const format: CustomFormat = { ...existing, ...checked.format, updatedAt: now }
  return { library: { ...library, customFormats: replaceById(library.customFormats, format) }, result: format }
}

function findFormat(library: Library, formatId: string): CustomFormat {
  const format = library.customFormats.find((f) => f.id === formatId)
  if (format) return format
  if (formatId in PRESET_FORMATS) {
    throw new ApiError('invalid_input', 'The preset formats cannot be changed; save your version as a new format', 'formatId')
  }
  throw new ApiError('not_found', `No custom format with id "${formatId}"`, 'formatId')
}

export function deleteFormat(library: Library, input: ParsedInputOf<'format.delete'>): Change<{ formatId: string }> {
  findFormat(library, input.formatId)
  return {
    library: { ...library, customFormats: library.customFormats.filter((f) => f.id !== input.formatId) },
    result: { formatId: input.formatId }
  }
}

/** Grades a card (SM-2) and stores when it is next due; a card never drilled starts fresh. */
export function gradeReview(library: Library, input: ParsedInputOf<'review.grade'>, env: OperationEnv): Change<CardReview> {
  findQuote(library, input.quoteId)
  const now = env.now()
  const current = library.cardReviews.find((r) => r.quoteId === input.quoteId)
  const next = review(current ?? newCardReview(input.quoteId, now), input.grade as Grade, now)
  const cardReviews = current
    ? library.cardReviews.map((r) => (r.quoteId === input.quoteId ? next : r))
    : [...library.cardReviews, next]
  return { library: { ...library, cardReviews }, result: next }
}

export function listFlows(library: Library): FlowSheet[] {
  return [...library.flowSheets].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

/** Saves a flow sheet whole, checked against its schema (a cell per column in every row, bounded text). */
export function saveFlow(library: Library, input: ParsedInputOf<'flow.save'>, env: OperationEnv): Change<FlowSheet> {
  const { flowId, ...given } = input
  // A flow outlives its motion: once the motion is deleted, the flow keeps its notes and drops the link.
  const fields = { ...given, motionId: given.motionId !== null && library.motions.some((m) => m.id === given.motionId) ? given.motionId : null }
  const now = env.now()
  const existing = flowId === undefined ? undefined : findFlow(library, flowId)
  if (!existing && library.flowSheets.length >= MAX_FLOW_SHEETS) {
    throw new ApiError('conflict', `You can keep at most ${MAX_FLOW_SHEETS.toLocaleString('en')} flow sheets; delete old ones first`)
  }
  const parsed = FlowSheetSchema.safeParse({
    ...fields,
    id: existing?.id ?? env.newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now
  })
  if (!parsed.success) throw fromZodError(parsed.error)
  const sheet = parsed.data
  const flowSheets = existing ? replaceById(library.flowSheets, sheet) : [...library.flowSheets, sheet]
  return { library: { ...library, flowSheets }, result: sheet }
}

export function findFlow(library: Library, flowId: string): FlowSheet {
  const sheet = library.flowSheets.find((f) => f.id === flowId)
  if (!sheet) throw new ApiError('not_found', `No flow sheet with id "${flowId}"`, 'flowId')
  return sheet
}

export function deleteFlow(library: Library, input: ParsedInputOf<'flow.delete'>): Change<{ flowId: string }> {
  findFlow(library, input.flowId)
  return { library: { ...library, flowSheets: library.flowSheets.filter((f) => f.id !== input.flowId) }, result: { flowId: input.flowId } }
}
