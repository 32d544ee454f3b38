import { z } from 'zod'
import type { CitationStyle } from '../citations/engine'
import { IdSchema } from '../model/ids'
import { SHRINK_SIZES } from './shrink-sizes'

/** Which side a brief argues: one side's case, or both sides one after the other. */
export const BRIEF_SIDES = ['pro', 'con', 'both'] as const
export type BriefSide = (typeof BRIEF_SIDES)[number]

/** The same list as shared/citations' CITATION_STYLES, kept here so the page's bundle need not load Citation.js for a form. */
export const BRIEF_STYLES = ['apa', 'mla', 'chicago'] as const satisfies readonly CitationStyle[]

/** The file formats a brief renders to. */
export const BRIEF_FORMATS = ['md', 'html', 'docx', 'pdf'] as const
export type BriefFormat = (typeof BRIEF_FORMATS)[number]

/** The deepest map level a brief can be limited to; deeper maps need "all" (null). */
export const MAX_BRIEF_DEPTH = 20

export { SHRINK_SIZES } from './shrink-sizes'

/** What goes into a brief. Every field has a default, so `{ motionId }` alone is a whole brief. */
export const BriefOptionsSchema = z.object({
  motionId: IdSchema,
  side: z.enum(BRIEF_SIDES).default('both'),
  /**
   * How many levels of the map to include, counted from the motion: 1 is the contentions only,
   * 2 adds the responses to them, and so on. Null: every level.
   */
  depth: z.number().int().min(1).max(MAX_BRIEF_DEPTH).nullable().default(null),
  /** Card text, or only each card's tag and cite. */
  includeCards: z.boolean().default(true),
  /** For each claim of the other side, our answers to it. */
  includeBlocks: z.boolean().default(true),
  /** The user's notes on claims and cards. */
  includeNotes: z.boolean().default(false),
  /**
   * Card text that is not underlined (not read aloud) printed this many points high, as
   * Verbatim's Shrink does; null leaves it full size. Text marked shrunk is always small.
   */
  shrinkUnreadTo: z
    .number()
    .int()
    .refine((size) => (SHRINK_SIZES as readonly number[]).includes(size), `a size of ${SHRINK_SIZES.join(', ')} points`)
    .nullable()
    .default(null),
  style: z.enum(BRIEF_STYLES).default('apa'),
  /** For the title page, as typed. */
  author: z.string().max(300).default(''),
  /** For the title page, as typed (no format is imposed: "14 March 2026" and "2026-03-14" both do). */
  date: z.string().max(40).default('')
})
export type BriefOptions = z.output<typeof BriefOptionsSchema>
export type BriefOptionsInput = z.input<typeof BriefOptionsSchema>
