/**
 * What reading a Verbatim file found, for the preview and the CLI's --json: the file's structure
 * counts (Pocket, Hat, Block on Heading 1 to 3; each Tag on Heading 4 with card text is a card,
 * one without is an analytic) and what could not be read.
 */
import { z } from 'zod'

export const VerbatimCountsSchema = z.object({
  pockets: z.number().int().min(0),
  hats: z.number().int().min(0),
  blocks: z.number().int().min(0),
  cards: z.number().int().min(0),
  analytics: z.number().int().min(0)
})
export type VerbatimCounts = z.infer<typeof VerbatimCountsSchema>

/** Where a Verbatim file's structure goes: a new motion (blocks and tags as claims), or the card library only (headings as card tags). */
export const VerbatimTargetSchema = z.enum(['motion', 'cards'])
export type VerbatimTarget = z.infer<typeof VerbatimTargetSchema>

export const VerbatimPreviewSchema = z.object({
  title: z.string(),
  counts: VerbatimCountsSchema,
  /** Distinct sources the cite lines were read into. */
  sources: z.number().int().min(0),
  /** Cards whose cite line could not be parsed into a source: kept as the card's cite text. */
  unparsedCites: z.number().int().min(0),
  warnings: z.array(z.string())
})
export type VerbatimPreview = z.infer<typeof VerbatimPreviewSchema>
