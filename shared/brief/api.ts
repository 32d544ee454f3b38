/** What the page and the main process exchange about briefs and the files saved from the app (see shared/contract.ts). */
import { z } from 'zod'
import { IdSchema } from '../model/ids'
import { BRIEF_FORMATS, BriefOptionsSchema } from './options'

/** The brief's options as the page sends them; a missing motion is named plainly rather than as a type error. */
export const BriefRequestSchema = BriefOptionsSchema.extend({
  motionId: z.string({ error: 'Choose the motion to make a brief of' }).pipe(IdSchema)
})

export const BriefExportInputSchema = BriefRequestSchema.extend({
  format: z.enum(BRIEF_FORMATS, { error: 'Choose the format: md, html, docx or pdf' })
})

export const BriefCountsSchema = z.object({
  contentions: z.number().int(),
  blocks: z.number().int(),
  cards: z.number().int(),
  sources: z.number().int()
})
export type BriefCounts = z.infer<typeof BriefCountsSchema>

/** The live preview: the brief's HTML body (shown in a sandboxed frame with BRIEF_CSS), and what it holds. */
export const BriefPreviewSchema = z.object({ html: z.string(), counts: BriefCountsSchema })

/** A file the page then saves: text for Markdown and HTML, base64 for Word and PDF. */
export const BriefFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  text: z.string().optional(),
  base64: z.string().optional()
})
export type BriefFile = z.infer<typeof BriefFileSchema>

/** A file saved through the main process's dialog, as recorded there (the page only ever names it by id). */
export const RecentExportSchema = z.object({
  id: IdSchema,
  path: z.string(),
  fileName: z.string(),
  /** The saved file's extension without the dot ("docx", "pdf", "casebook"), or "" for none. */
  format: z.string(),
  savedAt: z.string()
})
export type RecentExport = z.infer<typeof RecentExportSchema>

/** As listed to the page: whether the file is still where it was saved. */
export const RecentExportEntrySchema = RecentExportSchema.extend({ exists: z.boolean() })
export type RecentExportEntry = z.infer<typeof RecentExportEntrySchema>
