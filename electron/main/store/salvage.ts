import type { z } from 'zod'
import { ClaimSchema } from '../../../shared/model/claim'
import { MotionSchema } from '../../../shared/model/motion'
import { PackRecordSchema } from '../../../shared/model/pack'
import { CardReviewSchema, CustomFormatSchema, DrillSchema, FlowSheetSchema, PracticeRecordSchema } from '../../../shared/model/practice'
import { QuoteSchema, SourceSchema } from '../../../shared/model/source'
import { keepValid, type BadItem } from '../../../shared/practice/validation'

/**
 * The practice collections of a store file, which a damaged item must not cost the whole
 * library: session history, saved timing formats, card review schedules and flow sheets.
 */
const PRACTICE_COLLECTIONS: ReadonlyArray<{ key: string; schema: z.ZodType; noun: string; what: string; keyOf: (item: unknown) => unknown }> = [
  { key: 'practice', schema: PracticeRecordSchema, noun: 'Practice record', what: 'Practice history', keyOf: (item) => field(item, 'id') },
  { key: 'customFormats', schema: CustomFormatSchema, noun: 'Timing format', what: 'The saved timing formats', keyOf: (item) => field(item, 'id') },
  { key: 'cardReviews', schema: CardReviewSchema, noun: 'Card review', what: 'The card review schedule', keyOf: (item) => field(item, 'quoteId') },
  { key: 'flowSheets', schema: FlowSheetSchema, noun: 'Flow sheet', what: 'The flow sheets', keyOf: (item) => field(item, 'id') }
]

/**
 * The library's own collections: an item that does not read is set aside (the file is kept
 * whole beside the library) rather than costing every other item. A collection that is not a
 * list at all is not an item's problem: the schema refuses the file, and a backup is restored.
 * Repeated ids here are mended, not dropped (shared/operations/repair.ts).
 */
const LIBRARY_COLLECTIONS: ReadonlyArray<{ key: string; schema: z.ZodType; noun: string }> = [
  { key: 'motions', schema: MotionSchema, noun: 'Motion' },
  { key: 'claims', schema: ClaimSchema, noun: 'Claim' },
  { key: 'sources', schema: SourceSchema, noun: 'Source' },
  { key: 'quotes', schema: QuoteSchema, noun: 'Card' },
  { key: 'packs', schema: PackRecordSchema, noun: 'Pack' },
  { key: 'drills', schema: DrillSchema, noun: 'Drill' }
]

function field(item: unknown, name: string): unknown {
  return typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[name] : undefined
}

export interface Salvaged {
  data: Record<string, unknown>
  /** One line per item left out, naming the collection, the item's place and id, and why. */
  dropped: string[]
}

/**
 * Drops the items that do not read (and practice items that repeat an id already kept),
 * keeping every other one and everything else in the file as it is. Collections the file does not have are
 * left absent, for the schema's defaults.
 */
export function salvageItems(data: Record<string, unknown>): Salvaged {
  let out = data
  const dropped: string[] = []
  for (const { key, schema, noun } of LIBRARY_COLLECTIONS) {
    if (!Array.isArray(data[key])) continue
    const { bad } = keepValid(data[key], schema, noun)
    if (bad.length === 0) continue
    // Kept as they were in the file (not as parsed): the schema parses the whole library next.
    const badIndexes = new Set(bad.map((b) => b.index))
    out = { ...out, [key]: (data[key] as unknown[]).filter((_, index) => !badIndexes.has(index)) }
    dropped.push(...bad.map((item) => `${describe(noun, item)}; it was set aside`))
  }
  for (const { key, schema, noun, what, keyOf } of PRACTICE_COLLECTIONS) {
    if (!(key in data)) continue
    const { valid, bad } = keepValid(data[key], schema, what)
    const seen = new Set<unknown>()
    const kept: unknown[] = []
    const raw = Array.isArray(data[key]) ? (data[key] as unknown[]) : []
    // keepValid keeps order, so the n-th valid item is the n-th raw item that passed.
    const passed = raw.map((_, index) => index).filter((index) => !bad.some((b) => b.index === index))
    valid.forEach((item, n) => {
      const id = keyOf(item)
      if (seen.has(id)) {
        bad.push({ index: passed[n] ?? -1, id: typeof id === 'string' ? id : null, message: 'the same id as an earlier one' })
        return
      }
      seen.add(id)
      kept.push(item)
    })
    if (bad.length === 0) continue
    out = { ...out, [key]: kept }
    dropped.push(...bad.sort((a, b) => a.index - b.index).map((item) => describe(noun, item)))
  }
  return { data: out, dropped }
}

function describe(noun: string, item: BadItem): string {
  return item.index < 0 ? `${item.message}, so it was left out` : `${noun} ${item.index + 1}${item.id ? ` (id "${item.id}")` : ''}: ${item.message}`
}
