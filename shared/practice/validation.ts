/**
 * The practice checks that need zod, kept apart from the rest of shared/practice so the page's
 * practice screens do not pull zod into their bundle; the main process runs these.
 */
import type { z } from 'zod'
import { formatPath } from '../errors'
import { PracticeRecordSchema, TimingFormatFieldsSchema, type PracticeRecord, type TimingFormatFields } from '../model/practice'

export interface Problem {
  /** Where, such as "speeches[2].seconds"; "" for the whole. */
  path: string
  message: string
}

export type CustomFormatCheck = { ok: true; format: TimingFormatFields } | { ok: false; problems: Problem[] }

const SPEECH_FIELDS: Record<string, string> = { name: 'name', side: 'side', kind: 'kind', seconds: 'time' }

/**
 * Checks a custom format the user made: every problem, each naming the speech (by position
 * and name) and the field, such as `Speech 3 "1NC": time must be more than zero`.
 */
export function validateCustomFormat(input: unknown): CustomFormatCheck {
  const parsed = TimingFormatFieldsSchema.safeParse(input)
  if (parsed.success) return { ok: true, format: parsed.data }
  const speeches = rawSpeeches(input)
  const problems = parsed.error.issues.map((issue): Problem => {
    const path = formatPath(issue.path)
    const [top, index, field] = issue.path
    if (top !== 'speeches' || typeof index !== 'number') return { path, message: issue.message }
    const name = speechName(speeches[index])
    const where = `Speech ${index + 1}${name ? ` "${name}"` : ''}`
    // The schema's own duration messages already name the speech: keep only their reason.
    const reason = issue.message.replace(/^Speech "[^"]*": /, '')
    const label = typeof field === 'string' ? (SPEECH_FIELDS[field] ?? field) : ''
    const named = !label || reason.startsWith(`${label} `) || reason.startsWith(`Speech ${label} `)
    const message = named ? `${where}: ${reason}` : `${where}, ${label}: ${reason}`
    return { path, message }
  })
  return { ok: false, problems }
}

function rawSpeeches(input: unknown): unknown[] {
  if (typeof input !== 'object' || input === null) return []
  const speeches = (input as { speeches?: unknown }).speeches
  return Array.isArray(speeches) ? speeches : []
}

function speechName(speech: unknown): string {
  if (typeof speech !== 'object' || speech === null) return ''
  const name = (speech as { name?: unknown }).name
  return typeof name === 'string' ? name.trim().slice(0, 80) : ''
}

export interface BadItem {
  index: number
  /** The item's id when it has a readable one, to help find it in the file. */
  id: string | null
  message: string
}

export interface Checked<T> {
  valid: T[]
  bad: BadItem[]
}

/**
 * Keeps every item that passes the schema and reports each one that does not, by index and
 * reason; a bad item never costs the good ones. Input that is not a list is one bad item.
 */
export function keepValid<S extends z.ZodType>(input: unknown, schema: S, what: string): Checked<z.output<S>> {
  if (!Array.isArray(input)) return { valid: [], bad: [{ index: -1, id: null, message: `${what} is not a list` }] }
  const valid: z.output<S>[] = []
  const bad: BadItem[] = []
  input.forEach((item, index) => {
    const parsed = schema.safeParse(item)
    if (parsed.success) {
      valid.push(parsed.data)
      return
    }
    const issue = parsed.error.issues[0]
    const at = formatPath(issue?.path ?? [])
    const reason = issue?.message ?? 'not readable'
    bad.push({ index, id: readableId(item), message: at ? `${at}: ${reason}` : reason })
  })
  return { valid, bad }
}

function readableId(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null
  const id = (item as { id?: unknown }).id
  return typeof id === 'string' && id.length <= 80 ? id : null
}

/** Practice history as read from a file: the readable records, and which ones were not and why. */
export function validatePracticeRecords(input: unknown): Checked<PracticeRecord> {
  return keepValid(input, PracticeRecordSchema, 'Practice history')
}

/** One line per bad record, for telling the user: `Practice record 3 (id "r-3"): rating: ...`. */
export function describeBadRecords(bad: readonly BadItem[]): string[] {
  return bad.map((item) =>
    item.index < 0 ? item.message : `Practice record ${item.index + 1}${item.id ? ` (id "${item.id}")` : ''}: ${item.message}`
  )
}
